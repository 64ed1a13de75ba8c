import type { FidoFailure } from './types.ts';

/**
 * What the console says when a passkey or security key response is refused. AWS does not publish
 * these texts; the wording is ours (UNCONFIRMED, see docs/simulator-coverage.md).
 */
const REASONS: Readonly<Record<FidoFailure, string>> = {
	malformed: 'The answer from the passkey or security key could not be read.',
	type: 'The answer from the passkey or security key was made for another kind of request.',
	challenge: 'The passkey or security key signed a different request (an old or someone else’s challenge). Try again.',
	origin: 'The passkey or security key answered for another website. Only passkeys made on this site work here.',
	rpId: 'The passkey or security key belongs to another website. Only passkeys made on this site work here.',
	userPresence:
		'The passkey or security key did not confirm that someone was there. Touch the key, or confirm with your fingerprint, face, PIN or screen lock.',
	credential: 'The passkey or security key did not send the new credential it was asked to create.',
	algorithm:
		'This passkey or security key uses a kind of key this console does not accept (it accepts ES256 keys). Try another passkey or security key.',
	attestation: 'The security key’s attestation statement is not valid.',
	signature: 'The signature from the passkey or security key is not valid.',
};

/** The message for a refused registration (`CompleteFIDORegistration`). */
export function registrationRefused(reason: FidoFailure): string {
	return `The passkey or security key could not be registered. ${REASONS[reason]}`;
}

/** The message for a refused sign-in (`ConsoleLoginFIDO`). */
export function signInRefused(reason: FidoFailure): string {
	return `Your passkey or security key could not be verified. ${REASONS[reason]}`;
}
