/** Who is signed in to the console, and what restricts them. */
import { own } from '../core/own.ts';
import { rootArn } from '../core/arn.ts';
import type { SimState } from '../state.ts';

/** Who is signed in, or `null`. */
export type SignedInIdentity =
	| {
			readonly type: 'Root';
			readonly arn: string;
			readonly email: string;
			readonly accountId: string;
			readonly withMfa: boolean;
			readonly since: number;
	  }
	| {
			readonly type: 'IAMUser';
			readonly arn: string;
			readonly userName: string;
			readonly accountId: string;
			readonly accountAlias?: string;
			readonly withMfa: boolean;
			readonly since: number;
	  };

/**
 * The signed-in identity, as the console's navigation bar shows it.
 * @see https://docs.aws.amazon.com/signin/latest/userguide/introduction-to-iam-user-sign-in-tutorial.html
 */
export function selectSignedInIdentity(state: SimState): SignedInIdentity | null {
	const session = state.session;
	if (!session) return null;
	const accountId = state.account.accountId;
	if (session.principal.type === 'Root') {
		return {
			type: 'Root',
			arn: rootArn(accountId),
			email: state.root.email,
			accountId,
			withMfa: session.withMfa,
			since: session.since,
		};
	}
	const user = own(state.iam.users, session.principal.userName);
	const base = {
		type: 'IAMUser' as const,
		arn: user?.Arn ?? '',
		userName: session.principal.userName,
		accountId,
		withMfa: session.withMfa,
		since: session.since,
	};
	return state.account.alias === undefined ? base : { ...base, accountAlias: state.account.alias };
}

/**
 * Whether the signed-in root user must register an MFA device before doing anything else (signed
 * in after the 35 days to skip the prompt were over).
 */
export function selectMfaRegistrationRequired(state: SimState): boolean {
	return state.session?.mfaRegistrationRequired === true;
}

/**
 * Whether the signed-in identity is the root user with nothing restricting it (not held to
 * registering MFA first). IAM policies do not apply to the root user, so every IAM read such a
 * session makes is allowed: a screen may show what the account holds without running the call.
 */
export function selectSignedInAsUnrestrictedRoot(state: SimState): boolean {
	return state.session?.principal.type === 'Root' && state.session.mfaRegistrationRequired !== true;
}
