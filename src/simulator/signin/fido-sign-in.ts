/**
 * The sign-in page's MFA step with a passkey or security key: the page asks for a challenge, the
 * browser asks the authenticator to sign it (`navigator.credentials.get()`), and the answer is
 * checked against the public key stored at registration. Console only (no public API).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/console_sign-in-mfa.html
 * @see https://www.w3.org/TR/webauthn-3/#sctn-verifying-assertion
 */
import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { requiredString, type Read } from '../core/validate.ts';
import {
	CEREMONY_TIMEOUT_MS,
	endCeremony,
	expectationOf,
	fidoDevicesOf,
	putFidoDevice,
	readWebAuthnSetup,
	sameOwner,
	startCeremony,
} from '../mfa/fido/ceremony.ts';
import { signInRefused } from '../mfa/fido/messages.ts';
import type { AssertionResponse } from '../mfa/fido/types.ts';
import type { Principal, SimState } from '../state.ts';
import { afterSecondFactor } from './console-login.ts';
import { enabledSerials, NO_PENDING_SIGN_IN } from './session.ts';

/** UNCONFIRMED wording (ours): the identity has no passkey or security key. */
export const NO_FIDO_DEVICE =
	'No passkey or security key is assigned to this user. Use the code from your authenticator app instead.';
/** UNCONFIRMED wording (ours): the answer came from a credential this identity does not have. */
export const FIDO_NOT_ASSIGNED =
	'Your passkey or security key could not be verified. This passkey or security key is not assigned to the user signing in: use one you registered for this user.';
/** UNCONFIRMED wording (ours): the signature counter did not move forward. */
export const FIDO_COUNTER_REPLAYED =
	'Your passkey or security key could not be verified. Its signature counter went backwards, which happens when a key has been copied. Use another MFA device and remove this one.';
/** UNCONFIRMED wording (ours): the answer arrived when no challenge was waiting. */
export const FIDO_NO_CHALLENGE = 'The request to your passkey or security key has expired. Try again.';

const BASE64URL_RULE = { min: 1, max: 8192, pattern: /^[A-Za-z0-9_-]+$/, patternText: '[A-Za-z0-9_-]+' };

function waitingForMfa(state: SimState): Principal | undefined {
	const pending = state.pendingSignIn;
	return pending?.step === 'mfa' ? pending.principal : undefined;
}

function readAssertion(input: unknown): Read<AssertionResponse> {
	const values: Partial<Record<keyof AssertionResponse, string>> = {};
	for (const member of ['CredentialId', 'ClientDataJSON', 'AuthenticatorData', 'Signature'] as const) {
		const read = requiredString(input, member, BASE64URL_RULE);
		if (!read.ok) return read;
		values[member] = read.value;
	}
	return { ok: true, value: values as AssertionResponse };
}

/**
 * The MFA step's **Passkey or security key**: the options for `navigator.credentials.get()`, with
 * a fresh challenge and the identity's passkeys and security keys as the allowed credentials.
 */
export const startFidoSignIn: Handler<'StartFIDOSignIn'> = (state, _input, env) => {
	const principal = waitingForMfa(state);
	if (!principal) return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	const setup = readWebAuthnSetup(env);
	if (!setup.ok) return setup;
	const devices = fidoDevicesOf(state, enabledSerials(state, principal));
	if (devices.length === 0) return fail('NoSuchEntity', NO_FIDO_DEVICE);
	const started = startCeremony(state, env, setup.value, 'authentication', principal);
	return done(started.state, {
		RequestOptions: {
			challenge: started.ceremony.challenge,
			rpId: setup.value.rpId,
			timeout: CEREMONY_TIMEOUT_MS,
			allowCredentials: devices.map((device) => ({ type: 'public-key' as const, id: device.credentialId })),
			userVerification: 'preferred',
		},
	});
};

/**
 * Completes the MFA step with the authenticator's answer: the credential must be one of the
 * identity's, the signature must verify over the authenticator data and the client data's hash,
 * the challenge, origin and RP ID must be this ceremony's, someone must have been present, and the
 * signature counter must move forward (authenticators that keep no counter always send 0).
 */
export const consoleLoginFido: Handler<'ConsoleLoginFIDO'> = (state, input, env) => {
	const principal = waitingForMfa(state);
	if (!principal) return fail('NoPendingSignIn', NO_PENDING_SIGN_IN);
	const response = readAssertion(input);
	if (!response.ok) return response;
	const setup = readWebAuthnSetup(env);
	if (!setup.ok) return setup;
	const ceremony = state.fidoCeremony;
	if (ceremony?.kind !== 'authentication' || !sameOwner(ceremony.owner, principal))
		return fail('AuthenticationFailed', FIDO_NO_CHALLENGE);
	const device = fidoDevicesOf(state, enabledSerials(state, principal)).find(
		(candidate) => candidate.credentialId === response.value.CredentialId,
	);
	if (!device) return fail('AuthenticationFailed', FIDO_NOT_ASSIGNED);
	const verdict = setup.value.verifier.verifyAssertion(expectationOf(ceremony), device.publicKey, response.value);
	if (!verdict.ok) return fail('AuthenticationFailed', signInRefused(verdict.reason));
	const { signCount } = verdict.value;
	// WebAuthn §7.2 step 21: a counter that does not grow may mean a cloned authenticator.
	if ((signCount !== 0 || device.signCount !== 0) && signCount <= device.signCount)
		return fail('AuthenticationFailed', FIDO_COUNTER_REPLAYED);
	const used = endCeremony(putFidoDevice(state, { ...device, signCount }));
	const result = afterSecondFactor(used, principal, true, env);
	if (!result.ok) return result;
	const output =
		result.value.output.Result === 'Success'
			? { Result: 'Success' as const }
			: { Result: 'PasswordResetRequired' as const };
	return done(result.value.state, output, result.value.trail);
};
