import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from '@/lib/shape';

function issuesOf(shape: z.Shape<unknown>, input: unknown) {
	const result = shape.safeParse(input);
	if (result.success) throw new Error('expected the input to be refused');
	return result.error.issues;
}

describe('shape', () => {
	it('accepts each primitive and says what it received otherwise', () => {
		expect(z.string().safeParse('a')).toEqual({ success: true, data: 'a' });
		expect(issuesOf(z.string(), 3)).toEqual([{ path: [], message: 'Expected string, received number' }]);
		expect(issuesOf(z.number(), '3')[0]?.message).toBe('Expected number, received string');
		expect(issuesOf(z.number(), Number.NaN)[0]?.message).toBe('Expected number, received NaN');
		expect(issuesOf(z.number(), Number.POSITIVE_INFINITY)[0]?.message).toBe('Expected number, received Infinity');
		expect(issuesOf(z.int(), 1.5)[0]?.message).toBe('Expected a whole number');
		expect(issuesOf(z.int({ min: 1 }), 0)[0]?.message).toBe('Expected a number of at least 1');
		expect(issuesOf(z.number({ max: 10 }), 10.5)[0]?.message).toBe('Expected a number of at most 10');
		expect(z.number({ min: 0, max: 10 }).safeParse(10)).toEqual({ success: true, data: 10 });
		expect(issuesOf(z.boolean(), null)[0]?.message).toBe('Expected boolean, received null');
		expect(issuesOf(z.literal('email'), 'sms')[0]?.message).toBe('Expected "email"');
		expect(issuesOf(z.oneOf(['OK', 'ALARM']), 'ok')[0]?.message).toBe('Expected one of "OK", "ALARM"');
		expect(issuesOf(z.string({ minLength: 1 }), '')[0]?.message).toBe('Expected at least 1 character');
		expect(issuesOf(z.string({ pattern: /^\d+$/, patternMessage: 'Digits only' }), '12a')[0]?.message).toBe(
			'Digits only',
		);
	});

	it('points at the failing field through objects, arrays and records', () => {
		const shape = z.object({ users: z.record(z.string(), z.object({ keys: z.array(z.object({ id: z.string() })) })) });
		const issues = issuesOf(shape, { users: { alice: { keys: [{ id: 'a' }, { id: 7 }] } } });
		expect(issues).toEqual([
			{ path: ['users', 'alice', 'keys', 1, 'id'], message: 'Expected string, received number' },
		]);
	});

	it('reports every problem, not only the first', () => {
		const issues = issuesOf(z.object({ a: z.string(), b: z.int() }), { a: 1, b: 'x' });
		expect(issues.map((issue) => issue.path)).toEqual([['a'], ['b']]);
	});

	it('drops fields the shape does not declare and leaves missing optional fields out', () => {
		const shape = z.object({ name: z.string(), note: z.optional(z.string()) });
		expect(shape.safeParse({ name: 'x', extra: true })).toEqual({ success: true, data: { name: 'x' } });
		expect(shape.safeParse({ name: 'x', note: 'n' })).toEqual({ success: true, data: { name: 'x', note: 'n' } });
		expect(issuesOf(shape, { note: 'n' })).toEqual([
			{ path: ['name'], message: 'Expected string, received undefined' },
		]);
	});

	it('does not read fields from the prototype', () => {
		const inherited = Object.create({ name: 'from prototype' }) as object;
		expect(issuesOf(z.object({ name: z.string() }), inherited)[0]?.path).toEqual(['name']);
	});

	it('keeps record keys that plain objects already "have" as ordinary entries', () => {
		const json = '{"constructor":1,"__proto__":2,"toString":3}';
		const result = z.record(z.string(), z.int()).safeParse(JSON.parse(json));
		expect(result.success).toBe(true);
		if (!result.success) return;
		expect(Object.keys(result.data)).toEqual(['constructor', '__proto__', 'toString']);
		expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(result.data, '__proto__')?.value).toBe(2);
	});

	it('refuses non-objects where an object or record is expected', () => {
		for (const input of [null, [], 'x', 1]) {
			expect(z.object({}).safeParse(input).success).toBe(false);
			expect(z.record(z.string(), z.int()).safeParse(input).success).toBe(false);
		}
	});

	it('checks record keys with the key shape', () => {
		const shape = z.record(z.string({ minLength: 2 }), z.boolean());
		expect(issuesOf(shape, { a: true })).toEqual([{ path: ['a'], message: 'Expected at least 2 characters' }]);
	});

	it('takes the first union option that fits and reports the closest one when none does', () => {
		const principal = z.union([
			z.object({ type: z.literal('Root') }),
			z.object({ type: z.literal('IAMUser'), userName: z.string() }),
		]);
		expect(principal.safeParse({ type: 'IAMUser', userName: 'a', extra: 1 })).toEqual({
			success: true,
			data: { type: 'IAMUser', userName: 'a' },
		});
		expect(issuesOf(principal, { type: 'IAMUser' })).toEqual([
			{ path: ['userName'], message: 'Expected string, received undefined' },
		]);
	});

	it('accepts null only where a shape is nullable, and anything where it is unknown', () => {
		expect(z.nullable(z.string()).safeParse(null)).toEqual({ success: true, data: null });
		expect(z.string().safeParse(null).success).toBe(false);
		expect(z.unknown().safeParse({ any: ['thing'] })).toEqual({ success: true, data: { any: ['thing'] } });
	});

	it('applies a refinement only to values that already have the right type', () => {
		const id = z.refine(z.string(), (value) => value !== '__proto__', 'Not an id');
		expect(issuesOf(id, '__proto__')[0]?.message).toBe('Not an id');
		expect(issuesOf(id, 5)).toHaveLength(1);
	});

	it('returns an equal copy of any JSON value that fits the shape', () => {
		const shape = z.object({
			name: z.string(),
			count: z.int({ min: 0 }),
			ratio: z.number(),
			flags: z.array(z.boolean()),
			kind: z.oneOf(['a', 'b']),
			entries: z.record(z.string(), z.object({ at: z.int(), note: z.optional(z.string()) })),
			parent: z.nullable(z.object({ id: z.string() })),
		});
		const fitting = fc.record({
			name: fc.string(),
			count: fc.nat(),
			ratio: fc.double({ noNaN: true, noDefaultInfinity: true }),
			flags: fc.array(fc.boolean()),
			kind: fc.constantFrom('a' as const, 'b' as const),
			entries: fc.dictionary(fc.string(), fc.record({ at: fc.integer(), note: fc.string() }, { requiredKeys: ['at'] })),
			parent: fc.option(fc.record({ id: fc.string() }), { nil: null }),
		});
		fc.assert(
			fc.property(fitting, (value) => {
				const result = shape.safeParse(JSON.parse(JSON.stringify(value)));
				expect(result).toEqual({ success: true, data: JSON.parse(JSON.stringify(value)) });
			}),
			{ numRuns: 200 },
		);
	});

	it('never throws, whatever JSON it is given', () => {
		const shape = z.object({
			a: z.array(z.record(z.string(), z.union([z.int(), z.literal('x')]))),
			b: z.optional(z.nullable(z.string())),
		});
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = shape.safeParse(value);
				expect(typeof result.success).toBe('boolean');
			}),
			{ numRuns: 300 },
		);
	});
});
