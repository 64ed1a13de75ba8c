import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { base32Decode } from './base32.ts';
import { totpStep } from './totp-step.ts';

/**
 * RFC 4226 HOTP with HMAC-SHA-1 and dynamic truncation to `digits` digits.
 * @see https://www.rfc-editor.org/rfc/rfc4226#section-5.3
 */
export function hotp(key: Uint8Array, counter: number, digits = 6): string {
	const message = new Uint8Array(8);
	let value = counter;
	for (let i = 7; i >= 0; i--) {
		message[i] = value % 256;
		value = Math.floor(value / 256);
	}
	const mac = hmac(sha1, key, message);
	const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
	const binary =
		(((mac[offset] ?? 0) & 0x7f) << 24) |
		((mac[offset + 1] ?? 0) << 16) |
		((mac[offset + 2] ?? 0) << 8) |
		(mac[offset + 3] ?? 0);
	return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The 6-digit RFC 6238 TOTP code (HMAC-SHA-1, 30-second steps) that an authenticator app shows
 * for a base32 secret at a given time, as AWS virtual MFA devices require.
 * Returns an empty string for a secret that is not valid base32.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
 */
export function totpCode(secretBase32: string, timeMs: number): string {
	const key = base32Decode(secretBase32);
	if (!key) return '';
	return hotp(key, totpStep(timeMs));
}

/** The code for a given step number (used when checking a window of steps). */
export function totpCodeAtStep(key: Uint8Array, step: number): string {
	return hotp(key, step);
}

/**
 * The otpauth URI that the **Show QR code** image encodes, in AWS's format:
 * `otpauth://totp/Amazon%20Web%20Services:<device>@<accountIdOrAlias>?secret=<b32>&issuer=Amazon%20Web%20Services`.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_VirtualMFADevice.html
 */
export function buildOtpauthUri(options: { deviceName: string; accountLabel: string; secretBase32: string }): string {
	const label = `Amazon%20Web%20Services:${encodeURIComponent(options.deviceName)}@${encodeURIComponent(options.accountLabel)}`;
	return `otpauth://totp/${label}?secret=${options.secretBase32}&issuer=Amazon%20Web%20Services`;
}
