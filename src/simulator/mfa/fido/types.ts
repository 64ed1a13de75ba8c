/**
 * What the passkey and security key operations need from outside `execute`'s own code.
 *
 * The operations and the checks of a WebAuthn response (CBOR and COSE decoding, ECDSA P-256
 * signatures) are simulator code (`devices.ts`, `fido-sign-in.ts`, `verify.ts`), but together they
 * weigh about 17 KB gzip, more than the rest of the MFA code. Every lab loads the simulator's
 * operations on first use, and few learners ever register a passkey, so the console downloads this
 * code (`@/simulator/webauthn`) only when a passkey screen or sign-in step opens, and hands it to
 * the call in its context ({@link WebAuthnContext}). It stays pure and synchronous: the call still
 * runs in one step, through `execute`, like every other operation.
 */
import type { Handler } from '../../core/handler.ts';

/** Why a WebAuthn response was refused. Each reason has its own message (see `messages.ts`). */
export type FidoFailure =
	/** A member is not base64url, the client data is not JSON, or the binary structures do not parse. */
	| 'malformed'
	/** `clientDataJSON.type` is not `webauthn.create` (registration) or `webauthn.get` (sign-in). */
	| 'type'
	/** The signed challenge is not the one this ceremony issued. */
	| 'challenge'
	/** The response was made on another website (or inside another site's frame). */
	| 'origin'
	/** The authenticator data names another relying party. */
	| 'rpId'
	/** The user-present flag is not set: nobody touched the key or confirmed. */
	| 'userPresence'
	/** Registration without a new credential in the authenticator data, or one with another ID. */
	| 'credential'
	/** The public key is not an ES256 (ECDSA P-256, SHA-256) key. */
	| 'algorithm'
	/** An attestation statement in a format other than `none` or `packed` self-attestation. */
	| 'attestation'
	/** The signature does not verify with the credential's public key. */
	| 'signature';

/** What a ceremony expects of the response: the challenge it issued, the page's origin and its RP ID. */
export interface CeremonyExpectation {
	/** base64url */
	readonly challenge: string;
	/** The page's origin, e.g. `https://course.example`. */
	readonly origin: string;
	/** The relying party ID: the origin's host name. */
	readonly rpId: string;
}

/** `navigator.credentials.create()`'s answer, each binary member as base64url. */
export interface AttestationResponse {
	readonly CredentialId: string;
	readonly ClientDataJSON: string;
	readonly AttestationObject: string;
}

/** `navigator.credentials.get()`'s answer, each binary member as base64url. */
export interface AssertionResponse {
	readonly CredentialId: string;
	readonly ClientDataJSON: string;
	readonly AuthenticatorData: string;
	readonly Signature: string;
}

/** A checked registration: the new credential and what its authenticator said about it. */
export interface VerifiedRegistration {
	/** base64url */
	readonly credentialId: string;
	/** The public key as an uncompressed P-256 point (`04 ‖ x ‖ y`), base64url. */
	readonly publicKey: string;
	readonly signCount: number;
	/** The BE flag: the credential may be synced to other devices (a synced passkey). */
	readonly backupEligible: boolean;
	/** The UV flag: the authenticator checked a fingerprint, face, PIN or screen lock. */
	readonly userVerified: boolean;
}

/** A checked sign-in: the authenticator's signature counter and flags. */
export interface VerifiedAssertion {
	readonly signCount: number;
	readonly userVerified: boolean;
}

/** A check's outcome: the value, or why the response was refused. */
export type Verdict<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: FidoFailure };

/** The WebAuthn checks the operations run (`WEBAUTHN_VERIFIER` in `verify.ts`). */
export interface WebAuthnVerifier {
	/** Checks `navigator.credentials.create()`'s answer against the registration ceremony. */
	verifyRegistration(expected: CeremonyExpectation, response: AttestationResponse): Verdict<VerifiedRegistration>;
	/** Checks `navigator.credentials.get()`'s answer against the sign-in ceremony and the stored public key. */
	verifyAssertion(
		expected: CeremonyExpectation,
		publicKey: string,
		response: AssertionResponse,
	): Verdict<VerifiedAssertion>;
}

/** The console-only operations of passkeys and security keys. */
export type FidoOperation =
	'StartFIDORegistration' | 'CompleteFIDORegistration' | 'StartFIDOSignIn' | 'ConsoleLoginFIDO';

/** The code behind passkeys and security keys (`WEBAUTHN_CODE` in `@/simulator/webauthn`). */
export interface WebAuthnCode {
	readonly verifier: WebAuthnVerifier;
	readonly handlers: { readonly [K in FidoOperation]: Handler<K> };
}

/** The call context's part for passkeys and security keys. */
export interface WebAuthnContext {
	/**
	 * The origin of the page the learner uses (`location.origin`): what `clientDataJSON.origin` must
	 * say, and, by its host name, the relying party ID. The simulator cannot read it itself.
	 */
	readonly origin: string;
	readonly code: WebAuthnCode;
}
