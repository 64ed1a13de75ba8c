import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessKeyIdFor, groupIdFor, idChars, userIdFor } from '@/simulator/core/ids';

const ALPHABET = /^[A-Z2-7]+$/;

describe('ids derived from the state counter', () => {
	it('have AWS’s prefixes, lengths and alphabet', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seq) => {
				expect(userIdFor(seq)).toMatch(/^AIDA[A-Z2-7]{17}$/);
				expect(groupIdFor(seq)).toMatch(/^AGPA[A-Z2-7]{17}$/);
				expect(accessKeyIdFor(seq)).toMatch(/^AKIA[A-Z2-7]{16}$/);
				expect(idChars(seq, 26, 5)).toMatch(ALPHABET);
			}),
		);
	});

	it('keep their shape for any number, even a non-finite or huge one, without throwing', () => {
		fc.assert(
			fc.property(fc.double(), (seq) => {
				expect(userIdFor(seq)).toMatch(/^AIDA[A-Z2-7]{17}$/);
				expect(accessKeyIdFor(seq)).toMatch(/^AKIA[A-Z2-7]{16}$/);
			}),
		);
		for (const seq of [Number.NaN, Infinity, -Infinity, Number.MAX_VALUE])
			expect(groupIdFor(seq)).toMatch(/^AGPA[A-Z2-7]{17}$/);
	});

	it('replay: the same counter value gives the same id', () => {
		expect(userIdFor(42)).toBe(userIdFor(42));
	});

	it('look unrelated: every part of an id changes with the counter, so the ids of one account share no tail', () => {
		for (const [length, salt] of [
			[17, 1],
			[17, 2],
			[16, 3],
			[26, 5],
		] as const) {
			const ids = Array.from({ length: 500 }, (_, seq) => idChars(seq, length, salt));
			for (const [from, to] of [
				[0, 6],
				[6, 12],
				[length - 10, length],
			]) {
				const parts = new Set(ids.map((id) => id.slice(from, to)));
				expect(parts.size, `characters ${from}–${to} of ${length}-character ids (salt ${salt})`).toBeGreaterThan(490);
			}
		}
	});
});
