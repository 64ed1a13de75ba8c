/** RFC 4648 base32 (the "RFC3548" encoding IAM names for `Base32StringSeed`), without padding. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encodes bytes as base32 (uppercase, no padding). 40 bytes give 64 characters. */
export function base32Encode(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}
		buffer &= (1 << bits) - 1;
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/**
 * Decodes base32, ignoring case, spaces and `=` padding, as authenticator apps do.
 * Returns `undefined` for any other character.
 */
export function base32Decode(text: string): Uint8Array | undefined {
	const clean = text.replace(/[\s=]/g, '').toUpperCase();
	const out: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const char of clean) {
		const value = ALPHABET.indexOf(char);
		if (value < 0) return undefined;
		buffer = (buffer << 5) | value;
		bits += 5;
		if (bits >= 8) {
			out.push((buffer >>> (bits - 8)) & 255);
			bits -= 8;
		}
		buffer &= (1 << bits) - 1;
	}
	return Uint8Array.from(out);
}
