/**
 * Deterministic ids derived from the state's counter. AWS ids look random; these look the same
 * (prefix + uppercase letters and digits) but replay identically from a save.
 */
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** splitmix32: spreads consecutive counter values over the whole 32-bit range. */
function mix(seed: number): number {
	let z = (seed + 0x9e3779b9) | 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) >>> 0;
}

/** `length` characters from the counter value `seq`, salted by `salt` so id kinds differ. */
export function idChars(seq: number, length: number, salt: number): string {
	const base = mix(seq * 7919 + salt);
	let out = '';
	let word = 0;
	for (let i = 0; i < length; i++) {
		// Six characters use 30 of a word's 32 bits, so each group of six takes a fresh word mixed
		// from the id's own base. (Mixing what was left of the last word, two bits, gave the ids of
		// one account the same last ten characters.)
		if (i % 6 === 0) word = mix(base + i * 0x9e3779b9);
		out += ID_ALPHABET[word & 31];
		word >>>= 5;
	}
	return out;
}

/** `AIDA…` (21 characters), the unique id of an IAM user. */
export const userIdFor = (seq: number): string => `AIDA${idChars(seq, 17, 1)}`;
/** `AGPA…`, the unique id of an IAM group. */
export const groupIdFor = (seq: number): string => `AGPA${idChars(seq, 17, 2)}`;
/** `AKIA…` (20 characters), an access key id. */
export const accessKeyIdFor = (seq: number): string => `AKIA${idChars(seq, 16, 3)}`;

/** A UUID-shaped id (used for SNS subscription ARNs and message ids). */
export function uuidFor(seq: number, salt: number): string {
	const hex = [0, 1, 2, 3]
		.map((i) =>
			mix(seq * 31 + salt * 101 + i)
				.toString(16)
				.padStart(8, '0'),
		)
		.join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Lowercase hex of some bytes. */
export function toHex(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b.toString(16).padStart(2, '0');
	return out;
}

/** `i-` and 17 lowercase hex characters, an EC2 instance id. */
export function instanceIdFor(seq: number): string {
	const hex = [0, 1]
		.map((i) =>
			mix(seq * 131 + 17 + i)
				.toString(16)
				.padStart(8, '0'),
		)
		.join('');
	return `i-0${hex}`;
}

/** `r-` and 17 lowercase hex characters, an EC2 reservation id (from its first instance's counter value). */
export function reservationIdFor(seq: number): string {
	const hex = [0, 1]
		.map((i) =>
			mix(seq * 131 + 71 + i)
				.toString(16)
				.padStart(8, '0'),
		)
		.join('');
	return `r-0${hex}`;
}
