/**
 * The simulator's second public module: the passkey and security key operations and the WebAuthn
 * checks, which calls receive in `CallContext.webAuthn.code`. It is a separate entry so that pages
 * can download it on its own when a passkey screen opens (`import('@/simulator/webauthn')`):
 * through the main index, the bundler would put its ECDSA and CBOR code in the chunk every
 * console loads. See `mfa/fido/types.ts`.
 */
import { completeFidoRegistration, startFidoRegistration } from './mfa/fido/devices.ts';
import type { WebAuthnCode } from './mfa/fido/types.ts';
import { WEBAUTHN_VERIFIER } from './mfa/fido/verify.ts';
import { consoleLoginFido, startFidoSignIn } from './signin/fido-sign-in.ts';

export { WEBAUTHN_VERIFIER };

/** Everything passkey operations need, for `CallContext.webAuthn.code`. */
export const WEBAUTHN_CODE: WebAuthnCode = {
	verifier: WEBAUTHN_VERIFIER,
	handlers: {
		StartFIDORegistration: startFidoRegistration,
		CompleteFIDORegistration: completeFidoRegistration,
		StartFIDOSignIn: startFidoSignIn,
		ConsoleLoginFIDO: consoleLoginFido,
	},
};
