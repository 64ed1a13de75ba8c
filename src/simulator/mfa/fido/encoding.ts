/**
 * Byte encodings of WebAuthn: base64url without padding (every binary member of the JSON forms of
 * WebAuthn's requests and responses) and UTF-8 (`clientDataJSON`). Strict: anything that is not
 * canonical is refused, so one credential or challenge has exactly one spelling.
 * @see https://www.w3.org/TR/webauthn-3/#sctn-dependencies
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i] ?? 0;
		const b = bytes[i + 1] ?? 0;
		const c = bytes[i + 2] ?? 0;
		const word = (a << 16) | (b << 8) | c;
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let k = 0; k < chars; k++) out += ALPHABET[(word >>> (18 - 6 * k)) & 63];
	}
	return out;
}

/**
 * Base64url text (no padding) as bytes, or `undefined` when it is not canonical base64url: other
 * characters, an impossible length, or unused bits that are not zero.
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let at = 0;
	for (const char of text) {
		const digit = ALPHABET.indexOf(char);
		if (digit < 0) return undefined;
		value = (value << 6) | digit;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (value >>> bits) & 255;
		}
	}
	// The leftover bits must be zero, or two texts would decode to the same bytes.
	if ((value & ((1 << bits) - 1)) !== 0) return undefined;
	return out;
}

/** Decodes UTF-8; `undefined` for bytes that are not well-formed UTF-8 (overlong forms and surrogates included). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
	let out = '';
	for (let i = 0; i < bytes.length;) {
		const first = bytes[i] ?? 0;
		let length: number;
		let code: number;
		let min: number;
		if (first < 0x80) [length, code, min] = [1, first, 0];
		else if (first >= 0xc2 && first < 0xe0) [length, code, min] = [2, first & 0x1f, 0x80];
		else if (first >= 0xe0 && first < 0xf0) [length, code, min] = [3, first & 0x0f, 0x800];
		else if (first >= 0xf0 && first < 0xf5) [length, code, min] = [4, first & 0x07, 0x10000];
		else return undefined;
		if (i + length > bytes.length) return undefined;
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k] ?? 0;
			if ((next & 0xc0) !== 0x80) return undefined;
			code = (code << 6) | (next & 0x3f);
		}
		if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
		out += String.fromCodePoint(code);
		i += length;
	}
	return out;
}

/** True when two byte strings are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return difference === 0;
}
