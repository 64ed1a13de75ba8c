import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertMigrationTable, migrateProgress, PROGRESS_MIGRATIONS } from '@/store/progress-migrations';
import { ProgressStateSchema } from '@/store/progress-schema';
import { PROGRESS_VERSION, createEmptyProgress, practiceSeedFrom } from '@/store/progress-state';
import v1Fixture from '../fixtures/persisted/progress.v1.json';
import v2Fixture from '../fixtures/persisted/progress.v2.json';
import v3Fixture from '../fixtures/persisted/progress.v3.json';

describe('migrateProgress', () => {
	it('loads the version 1 fixture into a valid current state, with no real-account names yet', () => {
		const result = migrateProgress(v1Fixture.state, v1Fixture.version);
		expect(result).toEqual({
			ok: true,
			state: { ...v1Fixture.state, realAccount: {}, practiceSeed: practiceSeedFrom(v1Fixture.state.shuffleSeed) },
		});
		expect(ProgressStateSchema.safeParse(result.ok ? result.state : null).success).toBe(true);
	});

	it('loads the version 2 fixture with its everyday admin name, and gives it a practice seed', () => {
		const result = migrateProgress(v2Fixture.state, v2Fixture.version);
		expect(result).toEqual({ ok: true, state: { ...v2Fixture.state, practiceSeed: expect.any(Number) as unknown } });
		const seed = result.ok ? result.state.practiceSeed : -1;
		// Derived from the shuffle seed (a migration draws no random numbers), but not a copy of it.
		expect(seed).toBe(practiceSeedFrom(v2Fixture.state.shuffleSeed));
		expect(seed).not.toBe(v2Fixture.state.shuffleSeed);
		expect(migrateProgress(v2Fixture.state, v2Fixture.version)).toEqual(result);
	});

	it('gives learners with different shuffle seeds different practice seeds, spread over the variants', () => {
		const variants = new Set(Array.from({ length: 64 }, (_, seed) => practiceSeedFrom(seed) % 8));
		expect(variants.size).toBe(8);
	});

	it('loads the version 3 fixture unchanged, practice seed included', () => {
		expect(migrateProgress(v3Fixture.state, v3Fixture.version)).toEqual({ ok: true, state: v3Fixture.state });
	});

	it('refuses a version 1 save that is not an object, and an admin name IAM would not accept', () => {
		expect(migrateProgress('progress', 1)).toMatchObject({ ok: false, reason: 'invalid' });
		expect(
			migrateProgress({ ...createEmptyProgress(1), realAccount: { adminUserName: 'two words' } }, 2),
		).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('realAccount.adminUserName') });
	});

	it('refuses a save from a newer version', () => {
		expect(migrateProgress({}, PROGRESS_VERSION + 1)).toEqual({
			ok: false,
			reason: 'newer',
			fromVersion: PROGRESS_VERSION + 1,
		});
	});

	it('refuses a version that is not a positive whole number', () => {
		expect(migrateProgress({}, 0)).toMatchObject({ ok: false, reason: 'invalid' });
		expect(migrateProgress({}, 1.5)).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('describes where an invalid state is wrong', () => {
		expect(
			migrateProgress({ ...createEmptyProgress(1), lessons: { a: { completedAt: 'yesterday' } } }, 1),
		).toMatchObject({
			ok: false,
			reason: 'invalid',
			detail: expect.stringContaining('lessons.a.completedAt') as unknown,
		});
	});

	it('refuses "__proto__" as an id instead of silently dropping it', () => {
		const raw = JSON.parse(
			'{"shuffleSeed":1,"lessons":{"__proto__":{"completedAt":0}},"tasks":{},"hints":{},"quizzes":{}}',
		) as unknown;
		expect(migrateProgress(raw, 1)).toMatchObject({
			ok: false,
			reason: 'invalid',
			detail: expect.stringContaining('__proto__') as unknown,
		});
	});

	it('runs each step above the saved version in order', () => {
		const steps = [
			{ to: 2, up: (previous: unknown) => ({ ...(previous as object), two: true }) },
			{
				to: 3,
				up: (previous: unknown) => ({
					...(previous as { two: boolean }),
					shuffleSeed: 7,
					lessons: {},
					tasks: {},
					hints: {},
					quizzes: {},
					realAccount: {},
					practiceSeed: 9,
				}),
			},
		];
		expect(migrateProgress({}, 1, steps, 3)).toEqual({
			ok: true,
			state: { shuffleSeed: 7, lessons: {}, tasks: {}, hints: {}, quizzes: {}, realAccount: {}, practiceSeed: 9 },
		});
		expect(migrateProgress({ ...createEmptyProgress(3) }, 3, steps, 3)).toEqual({
			ok: true,
			state: createEmptyProgress(3),
		});
	});

	it('reports a step that throws instead of throwing', () => {
		const steps = [
			{
				to: 2,
				up: () => {
					throw new Error('cannot upgrade');
				},
			},
		];
		expect(migrateProgress({}, 1, steps, 2)).toEqual({ ok: false, reason: 'invalid', detail: 'cannot upgrade' });
	});

	it('is the identity for any valid current state', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: 0xffffffff }),
				fc.dictionary(
					fc.string({ minLength: 1 }).filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key)),
					fc.record({ completedAt: fc.nat() }),
				),
				(seed, lessons) => {
					const state = { ...createEmptyProgress(seed), lessons };
					expect(migrateProgress(JSON.parse(JSON.stringify(state)), PROGRESS_VERSION)).toEqual({ ok: true, state });
				},
			),
		);
	});
});

describe('assertMigrationTable', () => {
	it('accepts the shipped table', () => {
		expect(() => assertMigrationTable(PROGRESS_MIGRATIONS, PROGRESS_VERSION)).not.toThrow();
	});

	it('rejects a gap in the versions', () => {
		expect(() => assertMigrationTable([{ to: 3, up: (x) => x }], 3)).toThrow('expected 2');
	});

	it('rejects a table that does not end at the current version', () => {
		expect(() => assertMigrationTable([{ to: 2, up: (x) => x }], 3)).toThrow('PROGRESS_VERSION is 3');
	});
});
