import fc from 'fast-check';
import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, buildOtpauthUri, totpCode } from '@/simulator';
import { hotp } from '../../../src/simulator/mfa/totp.ts';

// RFC 6238 Appendix B, SHA-1 rows: https://www.rfc-editor.org/rfc/rfc6238#appendix-B
const RFC_KEY = new TextEncoder().encode('12345678901234567890');
const RFC_VECTORS: readonly [seconds: number, code: string][] = [
	[59, '94287082'],
	[1111111109, '07081804'],
	[1111111111, '14050471'],
	[1234567890, '89005924'],
	[2000000000, '69279037'],
	[20000000000, '65353130'],
];

describe('totpCode', () => {
	it.each(RFC_VECTORS)('matches the RFC 6238 SHA-1 vector at T=%i (8 digits)', (seconds, code) => {
		expect(hotp(RFC_KEY, Math.floor(seconds / 30), 8)).toBe(code);
	});

	it.each(RFC_VECTORS)('gives the 6-digit truncation of the RFC vector at T=%i', (seconds, code) => {
		expect(totpCode(base32Encode(RFC_KEY), seconds * 1000)).toBe(code.slice(2));
	});

	it('agrees with the otpauth library for random secrets and times', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 10, maxLength: 40 }),
				fc.integer({ min: 0, max: 4_000_000_000_000 }),
				(bytes, timestamp) => {
					const secret = base32Encode(bytes);
					const expected = new OTPAuth.TOTP({
						secret: OTPAuth.Secret.fromBase32(secret),
						algorithm: 'SHA1',
						digits: 6,
						period: 30,
					}).generate({ timestamp });
					expect(totpCode(secret, timestamp)).toBe(expected);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('returns an empty string for a secret that is not base32', () => {
		expect(totpCode('not base32!', 0)).toBe('');
	});
});

describe('base32', () => {
	it('encodes the RFC key as authenticator apps expect', () => {
		expect(base32Encode(RFC_KEY)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
	});

	it('encodes 40 bytes as 64 characters, like AWS seeds', () => {
		expect(base32Encode(new Uint8Array(40).fill(7))).toHaveLength(64);
	});

	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				expect(Array.from(base32Decode(base32Encode(bytes)) ?? [])).toEqual(Array.from(bytes));
			}),
			{ numRuns: 300 },
		);
	});

	it('agrees with otpauth on encoding', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (bytes) => {
				expect(base32Encode(bytes)).toBe(new OTPAuth.Secret({ buffer: bytes.slice().buffer }).base32);
			}),
			{ numRuns: 200 },
		);
	});

	it('ignores case, spaces and padding when decoding, and rejects other characters', () => {
		expect(base32Decode('gezd gnbv gy3t qojq====')).toEqual(base32Decode('GEZDGNBVGY3TQOJQ'));
		expect(base32Decode('GEZ1')).toBeUndefined();
	});
});

describe('buildOtpauthUri', () => {
	it("uses AWS's label and issuer format", () => {
		expect(buildOtpauthUri({ deviceName: 'root-phone', accountLabel: '111122223333', secretBase32: 'ABC' })).toBe(
			'otpauth://totp/Amazon%20Web%20Services:root-phone@111122223333?secret=ABC&issuer=Amazon%20Web%20Services',
		);
	});

	it('produces a URI otpauth parses into the same secret, SHA-1, 6 digits, 30 seconds', () => {
		const secret = base32Encode(new Uint8Array(40).map((_, i) => i * 7));
		const parsed = OTPAuth.URI.parse(
			buildOtpauthUri({ deviceName: 'iam-admin-phone', accountLabel: 'my-alias', secretBase32: secret }),
		);
		expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
		expect(parsed.secret.base32).toBe(secret);
		expect(parsed.issuer).toBe('Amazon Web Services');
		expect(parsed.label).toBe('iam-admin-phone@my-alias');
		expect((parsed as OTPAuth.TOTP).period).toBe(30);
		expect(parsed.digits).toBe(6);
		expect(parsed.algorithm).toBe('SHA1');
	});
});
