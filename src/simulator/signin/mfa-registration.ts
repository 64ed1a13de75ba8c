import { done, type Handler, type HandlerEnv } from '../core/handler.ts';
import { simError, type SimError } from '../core/errors.ts';
import { fail } from '../core/result.ts';
import { asRecord } from '../core/validate.ts';
import type { SimState } from '../state.ts';
import { mfaRegistrationDaysLeft } from './mfa-grace.ts';
import { NO_PENDING_SIGN_IN, startSession } from './session.ts';

/** UNCONFIRMED wording (see coverage doc): skipping the prompt after the 35 days. */
export const MFA_REGISTRATION_NO_LONGER_SKIPPABLE =
	'The 35 days to skip registering MFA are over. Register an MFA device for the root user to sign in.';

/** UNCONFIRMED wording (see coverage doc): any other call while registration is required. */
export const MFA_REGISTRATION_REQUIRED =
	'Register an MFA device for the root user first: the 35 days to skip this are over.';

/**
 * The sign-in page's prompt for a root user without MFA, after a correct password: the sign-in
 * waits for the learner to register MFA or skip. The first showing starts the 35 days (billing clock).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html
 */
export function promptForMfaRegistration(state: SimState, env: HandlerEnv): SimState {
	return {
		...state,
		root: { ...state.root, mfaPromptFirstShownAt: state.root.mfaPromptFirstShownAt ?? state.billing.clock },
		session: null,
		pendingSignIn: { principal: { type: 'Root' }, step: 'mfaRegistration', withMfa: false, startedAt: env.now },
	};
}

function waitingAtPrompt(state: SimState): boolean {
	return state.pendingSignIn?.step === 'mfaRegistration' && state.pendingSignIn.principal.type === 'Root';
}

/**
 * The prompt's skip button: signs in without MFA, as long as days are left to skip.
 * Console only (no public API).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html
 */
export const skipMfaRegistration: Handler<'SkipMFARegistration'> = (state, _input, env) => {
	if (!waitingAtPrompt(state)) return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	const daysLeft = mfaRegistrationDaysLeft(state);
	if (daysLeft === 0) return fail('MFARegistrationRequired', MFA_REGISTRATION_NO_LONGER_SKIPPABLE);
	return done(startSession(state, { type: 'Root' }, false, env.now), { Result: 'Success', DaysLeft: daysLeft });
};

/**
 * The prompt's register button: signs in and leads to **Assign MFA device**. After the 35 days the
 * session may do nothing but register a device until one is assigned. Console only (no public API).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-virt-mfa-for-root.html
 */
export const startMfaRegistration: Handler<'StartMFARegistration'> = (state, _input, env) => {
	if (!waitingAtPrompt(state)) return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	const required = mfaRegistrationDaysLeft(state) === 0;
	const signedIn = startSession(
		state,
		{ type: 'Root' },
		false,
		env.now,
		required ? { mfaRegistrationRequired: true } : {},
	);
	return done(signedIn, { Result: 'Success', MFARegistrationRequired: required });
};

/** What a session that must register MFA may still do: assign an MFA device to the root user, and sign out. */
const ALLOWED_WHILE_REGISTERING: ReadonlySet<string> = new Set([
	'CreateVirtualMFADevice',
	'EnableMFADevice',
	// The Assign MFA wizard deletes the device it created when the learner goes back or leaves.
	'DeleteVirtualMFADevice',
	// … or a passkey or security key.
	'StartFIDORegistration',
	'CompleteFIDORegistration',
	'ConsoleLogout',
]);

/**
 * The error for a call made in a session that must register MFA first, or `undefined` when the
 * call may go ahead. Calls about an IAM user's devices (a `UserName`) are refused too.
 */
export function mfaRegistrationRefusal(state: SimState, op: string, input: unknown): SimError | undefined {
	if (state.session?.mfaRegistrationRequired !== true) return undefined;
	if (ALLOWED_WHILE_REGISTERING.has(op) && asRecord(input)['UserName'] === undefined) return undefined;
	return simError('MFARegistrationRequired', MFA_REGISTRATION_REQUIRED);
}

/** Once the root user has an MFA device, a session restricted to registering one is free again. */
export function afterRootMfaEnabled(state: SimState): SimState {
	const session = state.session;
	if (session?.mfaRegistrationRequired === undefined) return state;
	const { mfaRegistrationRequired: _done, ...free } = session;
	return { ...state, session: free };
}
