/**
 * The checks a relying party runs on a WebAuthn response, as in the specification's "Registering
 * a new credential" (§7.1) and "Verifying an authentication assertion" (§7.2): the client data's
 * type, challenge and origin, the authenticator data's RP ID hash and user-present flag, the new
 * credential's ES256 public key, and the signature over `authenticatorData ‖ SHA-256(clientDataJSON)`.
 *
 * Decoding CBOR and verifying ECDSA are the parts that are easy to get wrong, so they come from
 * small, audited libraries (`@levischuck/tiny-cbor`, `@noble/curves`). Pages download this module
 * only when a passkey screen opens; see `types.ts`.
 *
 * ES256 is the only algorithm offered (`pubKeyCredParams`): Chromium's virtual authenticator,
 * Apple's and Google's passkeys and common FIDO2 security keys all create ES256 keys, and AWS
 * does not register Windows Hello's local passkeys (its RS256 keys) for MFA.
 * @see https://www.w3.org/TR/webauthn-3/#sctn-registering-a-new-credential
 * @see https://www.w3.org/TR/webauthn-3/#sctn-verifying-assertion
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_fido_supported_configurations.html
 */
import { decodePartialCBOR } from '@levischuck/tiny-cbor';
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { decodeUtf8, fromBase64Url, sameBytes, toBase64Url } from './encoding.ts';
import type {
	AssertionResponse,
	AttestationResponse,
	CeremonyExpectation,
	FidoFailure,
	Verdict,
	VerifiedAssertion,
	VerifiedRegistration,
	WebAuthnVerifier,
} from './types.ts';

/** COSE: key type EC2, algorithm ES256, curve P-256 (RFC 9053). */
const COSE_KTY_EC2 = 2;
const COSE_ALG_ES256 = -7;
const COSE_CRV_P256 = 1;

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_BACKUP_ELIGIBLE = 0x08;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

const refuse = (reason: FidoFailure): { readonly ok: false; readonly reason: FidoFailure } => ({ ok: false, reason });

/** Thrown inside this module only, for structures that do not parse; every entry point catches it. */
class Malformed extends Error {}

function bytesOf(member: string): Uint8Array {
	const bytes = fromBase64Url(member);
	if (!bytes) throw new Malformed();
	return bytes;
}

/** One CBOR item at `offset` and the bytes it took. The library throws on anything not well formed. */
function cborAt(bytes: Uint8Array, offset: number): [unknown, number] {
	try {
		return decodePartialCBOR(bytes, offset);
	} catch {
		throw new Malformed();
	}
}

/** The client data, after the checks every ceremony shares (§7.1 steps 7–10, §7.2 steps 11–14). */
function checkClientData(
	clientDataJSON: Uint8Array,
	type: 'webauthn.create' | 'webauthn.get',
	expected: CeremonyExpectation,
): FidoFailure | undefined {
	const text = decodeUtf8(clientDataJSON);
	if (text === undefined) return 'malformed';
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return 'malformed';
	}
	if (typeof data !== 'object' || data === null) return 'malformed';
	const record = data as Record<string, unknown>;
	if (record['type'] !== type) return 'type';
	if (record['challenge'] !== expected.challenge) return 'challenge';
	if (record['origin'] !== expected.origin) return 'origin';
	// A response made inside another site's frame is refused: this console is never framed.
	if (record['crossOrigin'] === true) return 'origin';
	return undefined;
}

interface AuthenticatorData {
	readonly rpIdHash: Uint8Array;
	readonly flags: number;
	readonly signCount: number;
	/** The bytes after the fixed 37, where the attested credential data starts. */
	readonly rest: number;
}

function parseAuthenticatorData(bytes: Uint8Array): AuthenticatorData {
	if (bytes.length < 37) throw new Malformed();
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { rpIdHash: bytes.subarray(0, 32), flags: bytes[32] ?? 0, signCount: view.getUint32(33), rest: 37 };
}

/** §7.1 step 13 / §7.2 step 15–16: this relying party, and someone was there. */
function checkAuthenticatorData(data: AuthenticatorData, expected: CeremonyExpectation): FidoFailure | undefined {
	if (!sameBytes(data.rpIdHash, sha256(utf8ToBytes(expected.rpId)))) return 'rpId';
	if ((data.flags & FLAG_USER_PRESENT) === 0) return 'userPresence';
	return undefined;
}

/** A COSE_Key map as the uncompressed P-256 point it describes, or why it is not an ES256 key. */
function es256PointOf(coseKey: unknown): Uint8Array | FidoFailure {
	if (!(coseKey instanceof Map)) return 'malformed';
	const key = coseKey as Map<unknown, unknown>;
	if (key.get(1) !== COSE_KTY_EC2 || key.get(3) !== COSE_ALG_ES256 || key.get(-1) !== COSE_CRV_P256) return 'algorithm';
	const x = key.get(-2);
	const y = key.get(-3);
	if (!(x instanceof Uint8Array) || !(y instanceof Uint8Array) || x.length !== 32 || y.length !== 32)
		return 'algorithm';
	const point = concatBytes(Uint8Array.of(4), x, y);
	try {
		// Refuses coordinates that are not a point of the curve.
		p256.Point.fromBytes(point).assertValidity();
	} catch {
		return 'algorithm';
	}
	return point;
}

/** ES256: ECDSA on P-256 with SHA-256, DER-encoded signature. High-S signatures are valid in WebAuthn. */
function verifyEs256(point: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
	try {
		return p256.verify(signature, message, point, { format: 'der', lowS: false, prehash: true });
	} catch {
		return false;
	}
}

/** §8.7 `none` (an empty statement) and §8.2 `packed` self-attestation (signed with the new key itself). */
function checkAttestationStatement(
	fmt: unknown,
	statement: unknown,
	point: Uint8Array,
	signed: Uint8Array,
): FidoFailure | undefined {
	if (!(statement instanceof Map)) return 'malformed';
	const attStmt = statement as Map<unknown, unknown>;
	if (fmt === 'none') return attStmt.size === 0 ? undefined : 'attestation';
	if (fmt === 'packed' && !attStmt.has('x5c')) {
		const sig = attStmt.get('sig');
		if (attStmt.get('alg') !== COSE_ALG_ES256 || !(sig instanceof Uint8Array)) return 'attestation';
		return verifyEs256(point, signed, sig) ? undefined : 'attestation';
	}
	// SIMPLIFIED: the console asks for no attestation (`attestation: 'none'`), so browsers send the
	// `none` format; a statement that names the authenticator's maker (packed with certificates,
	// tpm, android-key…) is accepted without checking the maker's certificate chain.
	return typeof fmt === 'string' ? undefined : 'malformed';
}

function registration(expected: CeremonyExpectation, response: AttestationResponse): Verdict<VerifiedRegistration> {
	const clientDataJSON = bytesOf(response.ClientDataJSON);
	const clientProblem = checkClientData(clientDataJSON, 'webauthn.create', expected);
	if (clientProblem) return refuse(clientProblem);
	const attestationObject = bytesOf(response.AttestationObject);
	const [decoded, used] = cborAt(attestationObject, 0);
	if (used !== attestationObject.length || !(decoded instanceof Map)) return refuse('malformed');
	const attestation = decoded as Map<unknown, unknown>;
	const authDataBytes = attestation.get('authData');
	if (!(authDataBytes instanceof Uint8Array)) return refuse('malformed');
	const authData = parseAuthenticatorData(authDataBytes);
	const authProblem = checkAuthenticatorData(authData, expected);
	if (authProblem) return refuse(authProblem);
	if ((authData.flags & FLAG_ATTESTED_CREDENTIAL) === 0) return refuse('credential');
	// Attested credential data: AAGUID (16), credential ID length (2), credential ID, COSE key.
	const idAt = authData.rest + 16;
	if (authDataBytes.length < idAt + 2) return refuse('malformed');
	const idLength = ((authDataBytes[idAt] ?? 0) << 8) | (authDataBytes[idAt + 1] ?? 0);
	const keyAt = idAt + 2 + idLength;
	if (idLength === 0 || idLength > 1023 || authDataBytes.length <= keyAt) return refuse('malformed');
	const credentialId = authDataBytes.subarray(idAt + 2, keyAt);
	if (!sameBytes(credentialId, bytesOf(response.CredentialId))) return refuse('credential');
	const [coseKey] = cborAt(authDataBytes, keyAt);
	const point = es256PointOf(coseKey);
	if (!(point instanceof Uint8Array)) return refuse(point);
	const signed = concatBytes(authDataBytes, sha256(clientDataJSON));
	const statementProblem = checkAttestationStatement(attestation.get('fmt'), attestation.get('attStmt'), point, signed);
	if (statementProblem) return refuse(statementProblem);
	return {
		ok: true,
		value: {
			credentialId: toBase64Url(credentialId),
			publicKey: toBase64Url(point),
			signCount: authData.signCount,
			backupEligible: (authData.flags & FLAG_BACKUP_ELIGIBLE) !== 0,
			userVerified: (authData.flags & FLAG_USER_VERIFIED) !== 0,
		},
	};
}

function assertion(
	expected: CeremonyExpectation,
	publicKey: string,
	response: AssertionResponse,
): Verdict<VerifiedAssertion> {
	const clientDataJSON = bytesOf(response.ClientDataJSON);
	const clientProblem = checkClientData(clientDataJSON, 'webauthn.get', expected);
	if (clientProblem) return refuse(clientProblem);
	const authDataBytes = bytesOf(response.AuthenticatorData);
	const authData = parseAuthenticatorData(authDataBytes);
	const authProblem = checkAuthenticatorData(authData, expected);
	if (authProblem) return refuse(authProblem);
	const signed = concatBytes(authDataBytes, sha256(clientDataJSON));
	if (!verifyEs256(bytesOf(publicKey), signed, bytesOf(response.Signature))) return refuse('signature');
	return {
		ok: true,
		value: { signCount: authData.signCount, userVerified: (authData.flags & FLAG_USER_VERIFIED) !== 0 },
	};
}

/** Runs a check; a structure that does not parse is `malformed`, never an exception. */
function guarded<T>(check: () => Verdict<T>): Verdict<T> {
	try {
		return check();
	} catch {
		// Malformed input, or a structure nested deep enough to exhaust the stack.
		return refuse('malformed');
	}
}

/**
 * The WebAuthn checks, synchronous and pure. Hand them to a call in
 * `CallContext.webAuthn.verifier`.
 */
export const WEBAUTHN_VERIFIER: WebAuthnVerifier = {
	verifyRegistration: (expected, response) => guarded(() => registration(expected, response)),
	verifyAssertion: (expected, publicKey, response) => guarded(() => assertion(expected, publicKey, response)),
};
