import { own } from '../core/own.ts';
import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { CODE_NOT_VALID } from '../mfa/codes.ts';
import { readCodePair, resyncDevice } from '../mfa/virtual-devices.ts';
import { enabledSerials, NO_PENDING_SIGN_IN } from './session.ts';

/**
 * The sign-in page's **Resync MFA device**: while a sign-in waits for an MFA code, two consecutive
 * codes bring the identity's device back in sync without a session (the root user can resync
 * "with or without completing the sign-in process"). The device the codes belong to is the one
 * resynchronized; the sign-in still waits for a new code. Console only (no public API).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html
 */
export const resyncMfaDeviceAtSignIn: Handler<'ResyncMFADeviceAtSignIn'> = (state, input, env) => {
	const pending = state.pendingSignIn;
	if (!pending || pending.step !== 'mfa') return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	const codes = readCodePair(input);
	if (!codes.ok) return codes;
	let message = CODE_NOT_VALID;
	for (const serial of enabledSerials(state, pending.principal)) {
		const device = own(state.iam.mfaDevices, serial);
		if (!device) continue;
		const resynced = resyncDevice(state, device, codes.value[0], codes.value[1], env.ctx.now);
		if (resynced.ok) return done(resynced.state, { SerialNumber: serial });
		// With several devices, the most helpful reason is one that recognised the codes.
		if (resynced.message !== CODE_NOT_VALID) message = resynced.message;
	}
	return fail('InvalidAuthenticationCode', message);
};
