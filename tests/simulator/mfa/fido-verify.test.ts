import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '@/simulator';
import { WEBAUTHN_VERIFIER } from '@/simulator/webauthn';
import { createSoftwareAuthenticator } from '../../support/software-authenticator.ts';

interface Vector {
	readonly name: string;
	readonly registration: Record<'challenge' | 'credentialId' | 'clientDataJSON' | 'attestationObject', string>;
	readonly authentication: Record<'challenge' | 'authenticatorData' | 'clientDataJSON' | 'signature', string>;
}
const published = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../fixtures/webauthn/w3c-test-vectors.json'), 'utf8'),
) as { origin: string; rpId: string; vectors: Vector[] };

const b64 = (hex: string): string => toBase64Url(hexToBytes(hex));

describe('WebAuthn checks on the W3C specification’s test vectors (§16.1)', () => {
	for (const vector of published.vectors) {
		it(`accepts the registration and the sign-in of ${vector.name}`, () => {
			const expected = { origin: published.origin, rpId: published.rpId };
			const registered = WEBAUTHN_VERIFIER.verifyRegistration(
				{ ...expected, challenge: b64(vector.registration.challenge) },
				{
					CredentialId: b64(vector.registration.credentialId),
					ClientDataJSON: b64(vector.registration.clientDataJSON),
					AttestationObject: b64(vector.registration.attestationObject),
				},
			);
			if (!registered.ok) expect.fail(registered.reason);
			expect(registered.value.credentialId).toBe(b64(vector.registration.credentialId));
			expect(fromBase64Url(registered.value.publicKey)?.[0]).toBe(4);
			const response = {
				CredentialId: registered.value.credentialId,
				ClientDataJSON: b64(vector.authentication.clientDataJSON),
				AuthenticatorData: b64(vector.authentication.authenticatorData),
				Signature: b64(vector.authentication.signature),
			};
			const signedIn = WEBAUTHN_VERIFIER.verifyAssertion(
				{ ...expected, challenge: b64(vector.authentication.challenge) },
				registered.value.publicKey,
				response,
			);
			expect(signedIn).toEqual({ ok: true, value: { signCount: 0, userVerified: expect.any(Boolean) } });
			// The same signature with one bit changed no longer verifies.
			const bytes = hexToBytes(vector.authentication.signature);
			bytes[10] = (bytes[10] ?? 0) ^ 1;
			expect(
				WEBAUTHN_VERIFIER.verifyAssertion(
					{ ...expected, challenge: b64(vector.authentication.challenge) },
					registered.value.publicKey,
					{ ...response, Signature: toBase64Url(bytes) },
				),
			).toEqual({ ok: false, reason: 'signature' });
		});
	}

	it('reads the flags of §16.1.1: backup eligible, so a synced passkey', () => {
		const [vector] = published.vectors;
		if (!vector) throw new Error('no vector');
		const registered = WEBAUTHN_VERIFIER.verifyRegistration(
			{ origin: published.origin, rpId: published.rpId, challenge: b64(vector.registration.challenge) },
			{
				CredentialId: b64(vector.registration.credentialId),
				ClientDataJSON: b64(vector.registration.clientDataJSON),
				AttestationObject: b64(vector.registration.attestationObject),
			},
		);
		expect(registered).toMatchObject({ ok: true, value: { backupEligible: true, signCount: 0 } });
	});
});

describe('WebAuthn checks on answers from a software authenticator', () => {
	const origin = 'https://course.example';
	const rpId = 'course.example';
	const challenge = toBase64Url(new Uint8Array(32).fill(7));
	const expected = { origin, rpId, challenge };
	const creation = {
		challenge,
		rp: { id: rpId, name: 'practice' },
		user: { id: 'AAAA', name: 'root', displayName: 'root' },
		pubKeyCredParams: [{ type: 'public-key' as const, alg: -7 }],
		timeout: 1000,
		excludeCredentials: [],
		authenticatorSelection: { residentKey: 'preferred' as const, userVerification: 'preferred' as const },
		attestation: 'none' as const,
	};
	const request = { challenge, rpId, timeout: 1000, allowCredentials: [], userVerification: 'preferred' as const };

	function registered(seed: string) {
		const key = createSoftwareAuthenticator(seed);
		const verdict = WEBAUTHN_VERIFIER.verifyRegistration(expected, key.register(creation, origin));
		if (!verdict.ok) throw new Error(verdict.reason);
		return { key, publicKey: verdict.value.publicKey };
	}

	it('accepts a valid registration and reads the new ES256 key', () => {
		const key = createSoftwareAuthenticator('valid');
		const verdict = WEBAUTHN_VERIFIER.verifyRegistration(expected, key.register(creation, origin));
		expect(verdict).toEqual({
			ok: true,
			value: {
				credentialId: toBase64Url(key.credentialId),
				publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{87}$/),
				signCount: 0,
				backupEligible: false,
				userVerified: false,
			},
		});
	});

	it.each([
		['type', { type: 'webauthn.get' }],
		['challenge', { challenge: toBase64Url(new Uint8Array(32).fill(8)) }],
		['origin', { origin: 'https://evil.example' }],
		['origin', { crossOrigin: true }],
		['rpId', { rpId: 'evil.example' }],
		['userPresence', { flags: 0x40 }],
		['credential', { flags: 0x01 }],
		['credential', { credentialId: new Uint8Array(32).fill(1) }],
		['algorithm', { coseAlg: -257 }],
	] as const)('refuses a registration with the wrong %s', (reason, tampering) => {
		const key = createSoftwareAuthenticator('tampered');
		expect(WEBAUTHN_VERIFIER.verifyRegistration(expected, key.register(creation, origin, tampering))).toEqual({
			ok: false,
			reason,
		});
	});

	it('accepts a valid signature, high-S ones included, and reports the counter', () => {
		const { key, publicKey } = registered('sign');
		expect(WEBAUTHN_VERIFIER.verifyAssertion(expected, publicKey, key.sign(request, origin))).toEqual({
			ok: true,
			value: { signCount: 1, userVerified: false },
		});
		expect(WEBAUTHN_VERIFIER.verifyAssertion(expected, publicKey, key.sign(request, origin, { highS: true }))).toEqual({
			ok: true,
			value: { signCount: 2, userVerified: false },
		});
	});

	it.each([
		['signature', { breakSignature: true }],
		['signature', { otherKey: true }],
		['challenge', { challenge: toBase64Url(new Uint8Array(32).fill(9)) }],
		['origin', { origin: 'https://evil.example' }],
		['rpId', { rpId: 'evil.example' }],
		['type', { type: 'webauthn.create' }],
		['userPresence', { flags: 0x04 }],
	] as const)('refuses a sign-in with the wrong %s', (reason, tampering) => {
		const { key, publicKey } = registered('assert');
		expect(WEBAUTHN_VERIFIER.verifyAssertion(expected, publicKey, key.sign(request, origin, tampering))).toEqual({
			ok: false,
			reason,
		});
	});

	it('calls anything that does not parse malformed, without throwing', () => {
		const { key, publicKey } = registered('garbage');
		const good = key.sign(request, origin);
		// Deeply nested CBOR arrays must not exhaust the stack into an exception.
		const nested = toBase64Url(new Uint8Array(70000).fill(0x81));
		for (const value of ['', '!!!', 'AA', toBase64Url(new Uint8Array(3)), nested]) {
			if (value !== nested)
				expect(WEBAUTHN_VERIFIER.verifyAssertion(expected, publicKey, { ...good, AuthenticatorData: value })).toEqual({
					ok: false,
					reason: 'malformed',
				});
			const attestation = key.register(creation, origin);
			expect(WEBAUTHN_VERIFIER.verifyRegistration(expected, { ...attestation, AttestationObject: value })).toEqual({
				ok: false,
				reason: 'malformed',
			});
		}
		expect(
			WEBAUTHN_VERIFIER.verifyAssertion(expected, publicKey, {
				...good,
				ClientDataJSON: toBase64Url(Uint8Array.of(0xc0, 0x80)),
			}),
		).toEqual({ ok: false, reason: 'malformed' });
	});
});
