/**
 * The practice security key's authenticator: what a FIDO2 key does when the browser asks it to
 * create a credential or sign in, done with WebCrypto in this page. It answers with the same
 * structures a real authenticator and browser would (client data JSON, authenticator data, a
 * `none` attestation object in CBOR, an ES256 signature in DER), so the console checks it exactly
 * as it checks a real passkey. It fails with the `DOMException`s browsers use, so the console's
 * error handling is the same too. Downloaded only when the learner first uses the key.
 */
import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor';
import {
	toBase64Url,
	type FidoAssertionInput,
	type FidoAttestationInput,
	type FidoCreationOptions,
	type FidoRequestOptions,
} from '@/simulator';
import { notifyCredentialsChanged, requestTouch } from './practice-key-signals';
import { browserStorage, loadPracticeKey, savePracticeKey, type PracticeCredential } from './practice-key-store';

const FLAG_USER_PRESENT = 0x01;
const FLAG_ATTESTED_CREDENTIAL = 0x40;
const ES256 = -7;
const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function uint32(n: number): Uint8Array {
	const out = new Uint8Array(4);
	new DataView(out.buffer).setUint32(0, n);
	return out;
}

/** One DER INTEGER: no leading zeros, and a zero byte first when the top bit is set. */
function derInteger(value: Uint8Array): Uint8Array {
	let start = 0;
	while (start < value.length - 1 && value[start] === 0) start++;
	const trimmed = value.subarray(start);
	const padded = (trimmed[0] ?? 0) >= 0x80 ? concat(Uint8Array.of(0), trimmed) : trimmed;
	return concat(Uint8Array.of(0x02, padded.length), padded);
}

/** WebCrypto signs ECDSA as `r ‖ s` (IEEE P1363); WebAuthn's ES256 signatures are DER (RFC 3279). */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
	const body = concat(derInteger(signature.subarray(0, 32)), derInteger(signature.subarray(32, 64)));
	return concat(Uint8Array.of(0x30, body.length), body);
}

function clientDataJSON(
	type: 'webauthn.create' | 'webauthn.get',
	challenge: string,
	origin: string,
): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

function refuse(name: 'NotAllowedError' | 'InvalidStateError' | 'NotSupportedError', message: string): never {
	throw new DOMException(message, name);
}

function saved(): readonly PracticeCredential[] {
	return loadPracticeKey(browserStorage()).credentials;
}

function store(credentials: readonly PracticeCredential[]): void {
	savePracticeKey(browserStorage(), credentials);
	notifyCredentialsChanged();
}

/** `navigator.credentials.create()` answered by the practice key, after the learner touches it. */
export async function createWithPracticeKey(
	options: FidoCreationOptions,
	origin: string,
): Promise<FidoAttestationInput> {
	if (!options.pubKeyCredParams.some((param) => param.alg === ES256))
		refuse('NotSupportedError', 'The practice security key makes ES256 keys only.');
	const touched = await requestTouch({ kind: 'create', rpId: options.rp.id, userName: options.user.name });
	if (!touched) refuse('NotAllowedError', 'The practice security key was not touched.');
	const credentials = saved();
	const excluded = new Set(options.excludeCredentials.map((credential) => credential.id));
	if (credentials.some((credential) => excluded.has(credential.id)))
		refuse('InvalidStateError', 'The practice security key already holds a passkey for this user.');
	const pair = await crypto.subtle.generateKey(P256, true, ['sign', 'verify']);
	const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
	const privateKey = await crypto.subtle.exportKey('jwk', pair.privateKey);
	const credentialId = crypto.getRandomValues(new Uint8Array(32));
	const coseKey = new Map<number, CBORType>([
		[1, 2],
		[3, ES256],
		[-1, 1],
		[-2, publicKey.subarray(1, 33)],
		[-3, publicKey.subarray(33, 65)],
	]);
	const authData = concat(
		await sha256(new TextEncoder().encode(options.rp.id)),
		Uint8Array.of(FLAG_USER_PRESENT | FLAG_ATTESTED_CREDENTIAL),
		uint32(0),
		new Uint8Array(16),
		Uint8Array.of(0, credentialId.length),
		credentialId,
		encodeCBOR(coseKey),
	);
	const attestationObject = encodeCBOR(
		new Map<string, CBORType>([
			['fmt', 'none'],
			['attStmt', new Map()],
			['authData', authData],
		]),
	);
	const id = toBase64Url(credentialId);
	store([
		...credentials,
		{
			id,
			rpId: options.rp.id,
			userHandle: options.user.id,
			userName: options.user.name,
			privateKey,
			publicKey: toBase64Url(publicKey),
			signCount: 0,
			createdAt: Date.now(),
		},
	]);
	return {
		CredentialId: id,
		ClientDataJSON: toBase64Url(clientDataJSON('webauthn.create', options.challenge, origin)),
		AttestationObject: toBase64Url(attestationObject),
	};
}

/** `navigator.credentials.get()` answered by the practice key, after the learner touches it. */
export async function signInWithPracticeKey(options: FidoRequestOptions, origin: string): Promise<FidoAssertionInput> {
	const touched = await requestTouch({ kind: 'get', rpId: options.rpId });
	if (!touched) refuse('NotAllowedError', 'The practice security key was not touched.');
	const credentials = saved();
	const allowed = new Set(options.allowCredentials.map((credential) => credential.id));
	const credential = credentials.find((c) => c.rpId === options.rpId && allowed.has(c.id));
	// A real key blinks, is touched, and then has nothing to offer: the browser reports NotAllowedError.
	if (!credential) refuse('NotAllowedError', 'The practice security key holds no passkey for this user.');
	const signCount = credential.signCount + 1;
	const authData = concat(
		await sha256(new TextEncoder().encode(options.rpId)),
		Uint8Array.of(FLAG_USER_PRESENT),
		uint32(signCount),
	);
	const clientData = clientDataJSON('webauthn.get', options.challenge, origin);
	const key = await crypto.subtle.importKey('jwk', credential.privateKey, P256, false, ['sign']);
	const raw = await crypto.subtle.sign(
		{ name: 'ECDSA', hash: 'SHA-256' },
		key,
		concat(authData, await sha256(clientData)),
	);
	store(credentials.map((c) => (c.id === credential.id ? { ...c, signCount } : c)));
	return {
		CredentialId: credential.id,
		ClientDataJSON: toBase64Url(clientData),
		AuthenticatorData: toBase64Url(authData),
		Signature: toBase64Url(p1363ToDer(new Uint8Array(raw))),
	};
}
