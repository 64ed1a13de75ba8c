import type { SimError } from '../core/errors.ts';
import type { CallContext } from '../core/context.ts';
import { own } from '../core/own.ts';
import { done, type Handler, type HandlerEnv } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, requiredString, validationMessage } from '../core/validate.ts';
import { changeOwnPassword } from '../iam/login-profiles.ts';
import { findUser } from '../iam/lookup.ts';
import { verifyPassword } from '../iam/passwords.ts';
import { checkSingleCode } from '../mfa/codes.ts';
import type { Principal, SimState } from '../state.ts';
import { identityOf } from '../trail.ts';
import { promptForMfaRegistration } from './mfa-registration.ts';
import { enabledSerials, NO_PENDING_SIGN_IN, startSession } from './session.ts';

/** The sign-in page's message for a wrong email, user name, account or password. */
export const AUTHENTICATION_FAILED = 'Your authentication information is incorrect. Please try again.';
/** The sign-in page's message for a wrong MFA code. UNCONFIRMED wording (see coverage doc). */
export const MFA_CODE_INCORRECT =
	'The MFA code you entered is not valid. Enter the code your authenticator app shows now, then try again.';
/**
 * The message for a current code from a device that is out of sync. UNCONFIRMED wording (see
 * coverage doc): AWS says only that IAM prompts you to resynchronize the device.
 */
export const MFA_DEVICE_OUT_OF_SYNC =
	'The MFA code you entered is not valid. Your MFA device may be out of sync: choose Resync MFA device and enter two consecutive codes.';

function needsPasswordReset(state: SimState, principal: Principal): boolean {
	return (
		principal.type === 'IAMUser' &&
		own(state.iam.users, principal.userName)?.loginProfile?.PasswordResetRequired === true
	);
}

function loginTrail(
	state: SimState,
	principal: Principal,
	result: string,
	mfaUsed: boolean,
	eventName = 'ConsoleLogin',
) {
	return {
		eventName,
		userIdentity: identityOf(state, principal),
		responseElements: { [eventName]: result, MFAUsed: mfaUsed ? 'Yes' : 'No' },
	};
}

/** Who the password matches, or `undefined`. The same failure is returned for every mismatch. */
function authenticate(
	state: SimState,
	input: unknown,
	ctx: CallContext,
): { ok: true; principal: Principal } | { ok: false; error: SimError<'ValidationError' | 'AuthenticationFailed'> } {
	const record = asRecord(input);
	const loginType = record['LoginType'];
	if (loginType !== 'Root' && loginType !== 'IAMUser') {
		return fail(
			'ValidationError',
			validationMessage(
				'LoginType',
				typeof loginType === 'string' ? loginType : null,
				'Member must satisfy enum value set: [Root, IAMUser]',
			),
		);
	}
	const password = requiredString(input, 'Password', { max: 128, secret: true });
	if (!password.ok) return password;
	if (loginType === 'Root') {
		const email = requiredString(input, 'Email', { max: 254 });
		if (!email.ok) return email;
		const matches =
			email.value.trim().toLowerCase() === state.root.email.toLowerCase() &&
			verifyPassword(password.value, state.root.password, ctx);
		return matches ? { ok: true, principal: { type: 'Root' } } : fail('AuthenticationFailed', AUTHENTICATION_FAILED);
	}
	const account = requiredString(input, 'Account', { max: 63 });
	if (!account.ok) return account;
	const userName = requiredString(input, 'UserName', { max: 64 });
	if (!userName.ok) return userName;
	const typed = account.value.trim().toLowerCase();
	const accountMatches =
		typed.replace(/-/g, '') === state.account.accountId ||
		(state.account.alias !== undefined && typed === state.account.alias);
	const user = accountMatches ? findUser(state, userName.value.trim()) : undefined;
	if (!user?.loginProfile || !verifyPassword(password.value, user.loginProfile.password, ctx)) {
		// SIMPLIFIED: AWS does not publish the IAM-user failure text; the root user's is reused.
		return fail('AuthenticationFailed', AUTHENTICATION_FAILED);
	}
	return { ok: true, principal: { type: 'IAMUser', userName: user.UserName } };
}

/**
 * The console sign-in page's password step for the root user (email + password) or an IAM user
 * (account ID or alias, user name ignoring case, password). Next comes the MFA step if the
 * identity has an MFA device, the prompt to register MFA for a root user without one, or the
 * new-password step if an IAM user must reset the password.
 * @see https://docs.aws.amazon.com/signin/latest/userguide/how-to-sign-in.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html
 */
export const consoleLogin: Handler<'ConsoleLogin'> = (state, input, env) => {
	const who = authenticate(state, input, env.ctx);
	if (!who.ok) return who;
	const principal = who.principal;
	if (enabledSerials(state, principal).length > 0) {
		const next: SimState = {
			...state,
			session: null,
			pendingSignIn: { principal, step: 'mfa', withMfa: false, startedAt: env.now },
		};
		return done(next, { Result: 'MFARequired' }, loginTrail(state, principal, 'Success', false, 'CheckMfa'));
	}
	if (principal.type === 'Root') {
		// SIMPLIFIED: the password step is the ConsoleLogin event; the prompt's answers are not
		// recorded, as no CloudTrail event for them is documented.
		return done(
			promptForMfaRegistration(state, env),
			{ Result: 'MFARegistrationPrompt' },
			loginTrail(state, principal, 'Success', false),
		);
	}
	return afterSecondFactor(state, principal, false, env);
};

/**
 * After the password and any MFA step: the forced new-password step if the IAM user must change
 * the password, else a session starts. Records the `ConsoleLogin` event.
 */
export function afterSecondFactor(state: SimState, principal: Principal, withMfa: boolean, env: HandlerEnv) {
	if (needsPasswordReset(state, principal)) {
		const next: SimState = {
			...state,
			session: null,
			pendingSignIn: { principal, step: 'passwordReset', withMfa, startedAt: env.now },
		};
		return done(next, { Result: 'PasswordResetRequired' as const }, loginTrail(state, principal, 'Success', withMfa));
	}
	return done(
		startSession(state, principal, withMfa, env.now),
		{ Result: 'Success' as const },
		loginTrail(state, principal, 'Success', withMfa),
	);
}

/**
 * The sign-in page's MFA step: one current code from any MFA device enabled for the identity.
 * A code already used cannot be used again. A device out of sync expects codes as far behind as
 * the ones it was enabled with; a current code from it fails with a prompt to resynchronize.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/console_sign-in-mfa.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html
 */
export const consoleLoginMfa: Handler<'ConsoleLoginMFA'> = (state, input, env) => {
	// SIMPLIFIED: a pending sign-in does not time out; CancelSignIn or a new ConsoleLogin replaces it.
	const pending = state.pendingSignIn;
	if (!pending || pending.step !== 'mfa') return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	const code = requiredString(input, 'AuthenticationCode', {
		min: 6,
		max: 6,
		pattern: /^[\d]+$/,
		patternText: '[\\d]+',
	});
	if (!code.ok) return fail('ValidationError', 'Enter the 6-digit code from your authenticator app.');
	let outOfSync = false;
	for (const serial of enabledSerials(state, pending.principal)) {
		const device = own(state.iam.mfaDevices, serial);
		if (!device) continue;
		const behind = device.clockOffsetSteps ?? 0;
		const step = checkSingleCode(device.Base32StringSeed, code.value, env.ctx.now, device.lastUsedStep, behind);
		if (step === undefined) {
			// The code is right for now, but the device is believed to be elsewhere: it is out of sync.
			if (behind !== 0 && checkSingleCode(device.Base32StringSeed, code.value, env.ctx.now, undefined) !== undefined)
				outOfSync = true;
			continue;
		}
		const used: SimState = {
			...state,
			iam: { ...state.iam, mfaDevices: { ...state.iam.mfaDevices, [serial]: { ...device, lastUsedStep: step } } },
		};
		const result = afterSecondFactor(used, pending.principal, true, env);
		if (!result.ok) return result;
		const output =
			result.value.output.Result === 'Success'
				? { Result: 'Success' as const }
				: { Result: 'PasswordResetRequired' as const };
		return done(result.value.state, output, result.value.trail);
	}
	return fail('AuthenticationFailed', outOfSync ? MFA_DEVICE_OUT_OF_SYNC : MFA_CODE_INCORRECT);
};

/**
 * The forced new-password step after signing in with a password that must be changed: checks the
 * old password and the password policy, then signs in.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_user-change-own.html
 */
export const changeExpiredPassword: Handler<'ChangeExpiredPassword'> = (state, input, env) => {
	const pending = state.pendingSignIn;
	if (!pending || pending.step !== 'passwordReset' || pending.principal.type !== 'IAMUser') {
		return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	}
	const changed = changeOwnPassword(state, pending.principal.userName, input, env);
	if (!changed.ok) return changed;
	return done(
		startSession(changed.state, pending.principal, pending.withMfa, env.now),
		{ Result: 'Success' },
		{
			eventName: 'ChangePassword',
			userIdentity: identityOf(state, pending.principal),
			responseElements: null,
		},
	);
};

/** Leaves the sign-in page's MFA, new-password or MFA-registration step without signing in. */
export const cancelSignIn: Handler<'CancelSignIn'> = (state) => done({ ...state, pendingSignIn: null }, {});

/**
 * **Sign out**: ends the console session.
 * @see https://docs.aws.amazon.com/signin/latest/userguide/aws-access-portal-signing-out-iam-identity-center-user.html
 */
export const consoleLogout: Handler<'ConsoleLogout'> = (state) =>
	done({ ...state, session: null, pendingSignIn: null }, {});
