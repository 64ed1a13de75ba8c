/** What the sign-in page's steps after the password show. */
import { own } from '../core/own.ts';
import { isFidoSerial } from '../mfa/fido/serial.ts';
import { mfaRegistrationDaysLeft } from '../signin/mfa-grace.ts';
import type { SimState } from '../state.ts';

/**
 * Which kinds of MFA device can finish the sign-in waiting at the MFA step: a code from an
 * authenticator app, a passkey or security key, or both. Both false when no sign-in waits there.
 */
export function selectSignInMfaOptions(state: SimState): { readonly code: boolean; readonly fido: boolean } {
	const pending = state.pendingSignIn;
	if (pending?.step !== 'mfa') return { code: false, fido: false };
	const serials =
		pending.principal.type === 'Root'
			? state.root.mfaSerials
			: (own(state.iam.users, pending.principal.userName)?.mfaSerials ?? []);
	return { code: serials.some((serial) => !isFidoSerial(serial)), fido: serials.some(isFidoSerial) };
}

/** The root user's prompt to register MFA at sign-in, as the sign-in page shows it. */
export interface MfaRegistrationPromptView {
	/** Days left to skip the prompt, counting today, on the billing clock; 0 from day 36 on. */
	readonly daysLeft: number;
	/** Whether the prompt can still be skipped (days are left). */
	readonly canSkip: boolean;
}

/**
 * The prompt a root user without MFA meets after the password: how many days are left to skip it.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html
 */
export function selectMfaRegistrationPrompt(state: SimState): MfaRegistrationPromptView {
	const daysLeft = mfaRegistrationDaysLeft(state);
	return { daysLeft, canSkip: daysLeft > 0 };
}
