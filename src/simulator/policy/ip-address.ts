/**
 * IP address matching for the `IpAddress` and `NotIpAddress` condition operators: a policy value is
 * an IPv4 or IPv6 address or a CIDR block, and the request's `aws:SourceIp` matches it when it lies
 * inside the block.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */

interface ParsedAddress {
	readonly version: 4 | 6;
	readonly value: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseIpv4(text: string): bigint | undefined {
	const match = IPV4.exec(text);
	if (!match) return undefined;
	let value = 0n;
	for (const part of match.slice(1)) {
		const octet = Number(part);
		if (octet > 255 || (part.length > 1 && part.startsWith('0'))) return undefined;
		value = (value << 8n) | BigInt(octet);
	}
	return value;
}

/** Eight groups of hexadecimal, `::` for one run of zero groups, and an optional IPv4 tail. */
function parseIpv6(text: string): bigint | undefined {
	if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
	const halves = text.split('::');
	if (halves.length > 2 || (halves.length === 2 && (halves[0] ?? '').includes('.'))) return undefined;
	const head = wordsOf(halves[0] ?? '');
	const tail = halves.length === 2 ? wordsOf(halves[1] ?? '') : [];
	if (!head || !tail) return undefined;
	const missing = 8 - head.length - tail.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
	const words = [...head, ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
	return words.reduce((value, word) => (value << 16n) | BigInt(word), 0n);
}

/** The 16-bit words of one side of `::`; an IPv4 address may end the last side. */
function wordsOf(part: string): number[] | undefined {
	if (part === '') return [];
	const groups = part.split(':');
	const words: number[] = [];
	for (const [index, group] of groups.entries()) {
		if (index === groups.length - 1 && group.includes('.')) {
			const ipv4 = parseIpv4(group);
			if (ipv4 === undefined) return undefined;
			words.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
		} else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
			words.push(parseInt(group, 16));
		} else {
			return undefined;
		}
	}
	return words;
}

function parseAddress(text: string): ParsedAddress | undefined {
	const v4 = parseIpv4(text);
	if (v4 !== undefined) return { version: 4, value: v4 };
	const v6 = parseIpv6(text);
	return v6 === undefined ? undefined : { version: 6, value: v6 };
}

/**
 * Whether `address` (the request's `aws:SourceIp`) lies in `block` (an address or CIDR block from
 * the policy). Anything that does not parse matches nothing.
 */
export function ipInBlock(address: string, block: string): boolean {
	const [base = '', prefixText, extra] = block.trim().split('/');
	if (extra !== undefined) return false;
	const network = parseAddress(base);
	const candidate = parseAddress(address.trim());
	if (!network || !candidate || network.version !== candidate.version) return false;
	const bits = network.version === 4 ? 32 : 128;
	const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
	if (!(prefix >= 0 && prefix <= bits)) return false;
	const shift = BigInt(bits - prefix);
	return network.value >> shift === candidate.value >> shift;
}
