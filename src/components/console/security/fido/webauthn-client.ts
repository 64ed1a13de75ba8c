/**
 * The browser's half of a passkey ceremony: turns the model's options into a
 * `navigator.credentials` call (or a request to the practice security key), and the answer into
 * the model's input, binary members as base64url. Failures come back as the kinds browsers report.
 */
import {
	fromBase64Url,
	toBase64Url,
	type FidoAssertionInput,
	type FidoAttestationInput,
	type FidoCreationOptions,
	type FidoRequestOptions,
	type WebAuthnContext,
} from '@/simulator';
import { loadOnce } from '@/lib/load-once';

/** Who answers: the browser's own passkeys and security keys, or the practice security key. */
export type Authenticator = 'browser' | 'practice-key';

/** Why a ceremony ended without an answer, as browsers tell it (their `DOMException` names). */
export type CeremonyFailure =
	/** NotAllowedError / AbortError: the learner cancelled, the time ran out, or the key had nothing to offer. */
	| 'cancelled'
	/** InvalidStateError: the authenticator already holds a credential for this user (registration). */
	| 'already-registered'
	/** NotSupportedError: the authenticator cannot make an ES256 key. */
	| 'unsupported'
	/** SecurityError: the page's address does not allow passkeys (an IP address, plain http). */
	| 'insecure'
	/** The browser has no WebAuthn at all. */
	| 'unavailable'
	| 'failed';

export type CeremonyOutcome<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: CeremonyFailure };

// The passkey operations and their checks (CBOR, ECDSA) download only when a passkey step opens.
const webAuthnCode = loadOnce(() => import('@/simulator').then(({ loadWebAuthnCode }) => loadWebAuthnCode()));
const practiceKey = loadOnce(() => import('../../side/practice-key-authenticator'));

/** Downloads the passkey code and returns the call context's passkey part for this page. */
export async function loadWebAuthnContext(): Promise<WebAuthnContext> {
	return { origin: location.origin, code: await webAuthnCode.load() };
}

/** True when the browser offers WebAuthn (every current browser on https or localhost). */
export function browserSupportsPasskeys(): boolean {
	return typeof PublicKeyCredential !== 'undefined' && typeof navigator.credentials?.create === 'function';
}

function buffer(base64url: string): ArrayBuffer {
	const bytes = fromBase64Url(base64url) ?? new Uint8Array();
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const text = (value: ArrayBuffer): string => toBase64Url(new Uint8Array(value));

function failureOf(error: unknown): CeremonyFailure {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
	if (name === 'InvalidStateError') return 'already-registered';
	if (name === 'NotSupportedError') return 'unsupported';
	if (name === 'SecurityError') return 'insecure';
	return 'failed';
}

async function browserCreate(options: FidoCreationOptions): Promise<FidoAttestationInput> {
	const credential = (await navigator.credentials.create({
		publicKey: {
			...options,
			challenge: buffer(options.challenge),
			user: { ...options.user, id: buffer(options.user.id) },
			pubKeyCredParams: [...options.pubKeyCredParams],
			excludeCredentials: options.excludeCredentials.map((c) => ({ type: c.type, id: buffer(c.id) })),
		},
	})) as PublicKeyCredential | null;
	const response = credential?.response as AuthenticatorAttestationResponse | undefined;
	if (!credential || !response) throw new DOMException('No credential was created.', 'NotAllowedError');
	return {
		CredentialId: text(credential.rawId),
		ClientDataJSON: text(response.clientDataJSON),
		AttestationObject: text(response.attestationObject),
	};
}

async function browserGet(options: FidoRequestOptions): Promise<FidoAssertionInput> {
	const credential = (await navigator.credentials.get({
		publicKey: {
			...options,
			challenge: buffer(options.challenge),
			allowCredentials: options.allowCredentials.map((c) => ({ type: c.type, id: buffer(c.id) })),
		},
	})) as PublicKeyCredential | null;
	const response = credential?.response as AuthenticatorAssertionResponse | undefined;
	if (!credential || !response) throw new DOMException('No passkey was used.', 'NotAllowedError');
	return {
		CredentialId: text(credential.rawId),
		ClientDataJSON: text(response.clientDataJSON),
		AuthenticatorData: text(response.authenticatorData),
		Signature: text(response.signature),
	};
}

async function attempt<T>(via: Authenticator, run: () => Promise<T>): Promise<CeremonyOutcome<T>> {
	if (via === 'browser' && !browserSupportsPasskeys()) return { ok: false, failure: 'unavailable' };
	try {
		return { ok: true, value: await run() };
	} catch (error) {
		return { ok: false, failure: failureOf(error) };
	}
}

/** Asks the authenticator to create a credential for the model's creation options. */
export function createCredential(
	via: Authenticator,
	options: FidoCreationOptions,
): Promise<CeremonyOutcome<FidoAttestationInput>> {
	return attempt(via, async () =>
		via === 'browser'
			? browserCreate(options)
			: (await practiceKey.load()).createWithPracticeKey(options, location.origin),
	);
}

/** Asks the authenticator to sign the model's request options. */
export function getAssertion(
	via: Authenticator,
	options: FidoRequestOptions,
): Promise<CeremonyOutcome<FidoAssertionInput>> {
	return attempt(via, async () =>
		via === 'browser'
			? browserGet(options)
			: (await practiceKey.load()).signInWithPracticeKey(options, location.origin),
	);
}

/** What the console says when a ceremony ends without an answer. */
export function ceremonyMessage(failure: CeremonyFailure, kind: 'create' | 'get'): string {
	switch (failure) {
		case 'cancelled':
			return kind === 'create'
				? 'The request was cancelled, timed out or not allowed, so nothing was created. Try again when you are ready.'
				: 'The request was cancelled, timed out or not allowed, or the authenticator has no passkey for this user. Try again, or use another MFA device.';
		case 'already-registered':
			return 'This passkey or security key is already assigned to this user. Use another one, or keep the one you have.';
		case 'unsupported':
			return 'This authenticator cannot make the kind of key AWS asks for. Try another passkey or security key.';
		case 'insecure':
			return 'This browser does not allow passkeys at this page’s address. Open the course by its name (https, or localhost) and try again.';
		case 'unavailable':
			return 'This browser does not support passkeys. Use the practice security key instead.';
		case 'failed':
			return 'Something went wrong with the passkey request. Try again.';
	}
}
