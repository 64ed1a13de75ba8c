/**
 * A software FIDO2 authenticator for the tests: it answers the model's creation and request
 * options as a browser plus authenticator would (client data JSON, authenticator data, a `none`
 * attestation object, ES256 signatures in DER), and can be told to misbehave in the ways the
 * model must refuse. It is independent of the practice security key in the console, so each
 * checks the other.
 */
import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor';
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import {
	toBase64Url,
	type FidoAssertionInput,
	type FidoAttestationInput,
	type FidoCreationOptions,
	type FidoRequestOptions,
} from '@/simulator';

/** What a test can change in an answer, to see the model refuse it. */
export interface Tampering {
	readonly type?: string;
	readonly challenge?: string;
	readonly origin?: string;
	readonly crossOrigin?: boolean;
	readonly rpId?: string;
	/** Authenticator data flags (default: user present, plus attested credential data at registration). */
	readonly flags?: number;
	readonly signCount?: number;
	/** Flip a bit of the signature after signing. */
	readonly breakSignature?: boolean;
	/** Send a high-S signature (valid in WebAuthn; noble signs low-S by default). */
	readonly highS?: boolean;
	/** Sign with another key than the registered one. */
	readonly otherKey?: boolean;
	/** Name another credential ID in the response than the one created. */
	readonly credentialId?: Uint8Array;
	/** Replace the COSE algorithm of the public key (registration). */
	readonly coseAlg?: number;
}

const FLAG_UP = 0x01;
const FLAG_AT = 0x40;

export interface SoftwareAuthenticator {
	readonly credentialId: Uint8Array;
	/** Number of signatures made, as the signature counter reports it (when counting). */
	signCount: number;
	register(options: FidoCreationOptions, origin: string, tampering?: Tampering): FidoAttestationInput;
	sign(options: FidoRequestOptions, origin: string, tampering?: Tampering): FidoAssertionInput;
}

function u32(n: number): Uint8Array {
	const out = new Uint8Array(4);
	new DataView(out.buffer).setUint32(0, n);
	return out;
}

function clientData(type: string, challenge: string, origin: string, crossOrigin: boolean): Uint8Array {
	return utf8ToBytes(JSON.stringify({ type, challenge, origin, crossOrigin }));
}

function derSign(message: Uint8Array, secretKey: Uint8Array, tampering: Tampering): Uint8Array {
	let signature = p256.sign(message, secretKey, { format: 'der', prehash: true });
	if (tampering.highS) {
		const parsed = p256.Signature.fromBytes(signature, 'der');
		const flipped = new p256.Signature(parsed.r, p256.Point.Fn.ORDER - parsed.s);
		signature = flipped.toBytes('der');
	}
	if (tampering.breakSignature) {
		signature = signature.slice();
		const last = signature.length - 1;
		signature[last] = (signature[last] ?? 0) ^ 1;
	}
	return signature;
}

/**
 * An authenticator whose key and credential ID derive from `seed`. `counting` false makes it an
 * authenticator that keeps no signature counter (always 0, as synced passkeys do).
 */
export function createSoftwareAuthenticator(seed: string, counting = true): SoftwareAuthenticator {
	const secretKey = sha256(utf8ToBytes(`key:${seed}`));
	const otherKey = sha256(utf8ToBytes(`other:${seed}`));
	const publicKey = p256.getPublicKey(secretKey, false);
	const credentialId = sha256(utf8ToBytes(`credential:${seed}`));
	const authenticator: SoftwareAuthenticator = {
		credentialId,
		signCount: 0,
		register(options, origin, tampering = {}) {
			const rpIdHash = sha256(utf8ToBytes(tampering.rpId ?? options.rp.id));
			const coseKey = new Map<number, CBORType>([
				[1, 2],
				[3, tampering.coseAlg ?? -7],
				[-1, 1],
				[-2, publicKey.slice(1, 33)],
				[-3, publicKey.slice(33, 65)],
			]);
			const attested = concatBytes(
				new Uint8Array(16),
				Uint8Array.of(credentialId.length >> 8, credentialId.length & 255),
				credentialId,
				encodeCBOR(coseKey),
			);
			const authData = concatBytes(
				rpIdHash,
				Uint8Array.of(tampering.flags ?? FLAG_UP | FLAG_AT),
				u32(tampering.signCount ?? 0),
				attested,
			);
			const attestationObject = encodeCBOR(
				new Map<string, CBORType>([
					['fmt', 'none'],
					['attStmt', new Map()],
					['authData', authData],
				]),
			);
			const json = clientData(
				tampering.type ?? 'webauthn.create',
				tampering.challenge ?? options.challenge,
				tampering.origin ?? origin,
				tampering.crossOrigin ?? false,
			);
			return {
				CredentialId: toBase64Url(tampering.credentialId ?? credentialId),
				ClientDataJSON: toBase64Url(json),
				AttestationObject: toBase64Url(attestationObject),
			};
		},
		sign(options, origin, tampering = {}) {
			if (counting) authenticator.signCount += 1;
			const authData = concatBytes(
				sha256(utf8ToBytes(tampering.rpId ?? options.rpId)),
				Uint8Array.of(tampering.flags ?? FLAG_UP),
				u32(tampering.signCount ?? authenticator.signCount),
			);
			const json = clientData(
				tampering.type ?? 'webauthn.get',
				tampering.challenge ?? options.challenge,
				tampering.origin ?? origin,
				tampering.crossOrigin ?? false,
			);
			const signature = derSign(
				concatBytes(authData, sha256(json)),
				tampering.otherKey ? otherKey : secretKey,
				tampering,
			);
			return {
				CredentialId: toBase64Url(tampering.credentialId ?? credentialId),
				ClientDataJSON: toBase64Url(json),
				AuthenticatorData: toBase64Url(authData),
				Signature: toBase64Url(signature),
			};
		},
	};
	return authenticator;
}
