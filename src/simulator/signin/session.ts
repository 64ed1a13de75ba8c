import { own } from '../core/own.ts';
import { putUser } from '../iam/lookup.ts';
import type { Principal, Session, SimState } from '../state.ts';

/** The message when an MFA, new-password or MFA-registration step is attempted with no sign-in under way. */
export const NO_PENDING_SIGN_IN = 'Your sign-in session has expired. Sign in again.';

/** Serial numbers of the MFA devices enabled for the root user or an IAM user. */
export function enabledSerials(state: SimState, principal: Principal): readonly string[] {
	if (principal.type === 'Root') return state.root.mfaSerials;
	return own(state.iam.users, principal.userName)?.mfaSerials ?? [];
}

/** Completes a sign-in: a session starts and the last sign-in time is recorded. */
export function startSession(
	state: SimState,
	principal: Principal,
	withMfa: boolean,
	now: number,
	restrictions: Pick<Session, 'mfaRegistrationRequired'> = {},
): SimState {
	const session: Session = { principal, withMfa, since: now, ...restrictions };
	const signedIn: SimState = { ...state, session, pendingSignIn: null };
	if (principal.type === 'Root') {
		// Keys in the order the saved shape lists them, so a save reads back exactly as written.
		const { mfaPromptFirstShownAt, ...root } = signedIn.root;
		return {
			...signedIn,
			root: { ...root, lastSignIn: now, ...(mfaPromptFirstShownAt === undefined ? {} : { mfaPromptFirstShownAt }) },
		};
	}
	const user = own(signedIn.iam.users, principal.userName);
	return user ? putUser(signedIn, { ...user, lastSignIn: now, lastActivity: now }) : signedIn;
}
