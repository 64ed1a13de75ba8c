import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipInBlock } from '../../../src/simulator/policy/ip-address.ts';

describe('ipInBlock', () => {
	it.each([
		['192.0.2.17', '192.0.2.0/24', true],
		['192.0.3.17', '192.0.2.0/24', false],
		['192.0.2.17', '192.0.2.17', true],
		['192.0.2.17', '0.0.0.0/0', true],
		['10.1.2.3', '10.0.0.0/8', true],
		['2001:db8::1', '2001:DB8::/32', true],
		['2001:db9::1', '2001:DB8::/32', false],
		['::ffff:192.0.2.1', '::ffff:192.0.2.0/120', true],
		['::1', '::1', true],
		['2001:db8:0:0:0:0:0:1', '2001:db8::1', true],
	])('%s in %s: %s', (address, block, expected) => {
		expect(ipInBlock(address, block)).toBe(expected);
	});

	it.each([
		['192.0.2.1', '192.0.2.0/33'],
		['192.0.2.1', '192.0.2.0/-1'],
		['192.0.2.1', '192.0.2.0/24/1'],
		['256.0.0.1', '0.0.0.0/0'],
		['192.0.2.1', '192.0.02.0/24'],
		['192.0.2.1', '2001:db8::/32'],
		['2001:db8::1::2', '::/0'],
		['2001:db8:1:2:3:4:5:6:7', '::/0'],
		['not an address', '0.0.0.0/0'],
	])('refuses what does not parse: %s in %s', (address, block) => {
		expect(ipInBlock(address, block)).toBe(false);
	});

	it('never throws, whatever strings it is given', () => {
		fc.assert(fc.property(fc.string(), fc.string(), (a, b) => typeof ipInBlock(a, b) === 'boolean'));
		fc.assert(
			fc.property(fc.stringMatching(/^[0-9a-f:./]{0,45}$/), fc.stringMatching(/^[0-9a-f:./]{0,45}$/), (a, b) => {
				expect(typeof ipInBlock(a, b)).toBe('boolean');
			}),
		);
	});
});
