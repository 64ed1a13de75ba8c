import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFreshAccount, execute, migrateSimState, SIM_STATE_VERSION, type ApiCall } from '@/simulator';
import { apiCallArb, timeStepArb } from '../support/arbitraries.ts';
import { testContext, T0 } from '../support/context.ts';
import { TEST_HASH_ITERATIONS } from '../support/given.ts';
import { expectInvariants } from '../support/invariants.ts';

/** Run counts, reported by the bench and the coverage doc. */
export const EXECUTE_RUNS = 300;

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

describe('execute properties', () => {
	it('never throws, never mutates its input, and keeps every invariant on any call sequence', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(apiCallArb, timeStepArb), { minLength: 1, maxLength: 40 }),
				fc.integer({ min: 1, max: 1000 }),
				(steps, seed) => {
					const ctx = testContext(seed);
					let state = createFreshAccount(ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
					for (const [call, step] of steps) {
						ctx.setNow(Math.max(T0 - 86_400_000, ctx.now + step));
						deepFreeze(state);
						const result = execute(state, call, ctx);
						expect(result.response.ok === true || typeof result.response.error.code === 'string').toBe(true);
						state = result.state;
						expectInvariants(state);
					}
				},
			),
			{ numRuns: EXECUTE_RUNS },
		);
	});

	it('survives serialise → migrate at the current version unchanged', () => {
		fc.assert(
			fc.property(fc.array(apiCallArb, { maxLength: 25 }), (calls: ApiCall[]) => {
				const ctx = testContext(7);
				let state = createFreshAccount(ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
				for (const call of calls) state = execute(state, call, ctx).state;
				const loaded = migrateSimState(JSON.parse(JSON.stringify({ version: SIM_STATE_VERSION, state })));
				expect(loaded).toEqual({ ok: true, state });
			}),
			{ numRuns: 100 },
		);
	});
});

describe('execute regressions found by the properties', () => {
	it('stores -0 as 0 so the state survives a JSON round trip (seed 308703876)', () => {
		const ctx = testContext(1);
		let state = createFreshAccount(ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
		state = execute(state, { op: 'SetSpendRate', input: { UsdPerHour: -0 } }, ctx).state;
		state = execute(
			state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: 'learner@example.com', Password: 'Practice-Root-Password-1' },
			},
			ctx,
		).state;
		state = execute(
			state,
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 60,
					EvaluationPeriods: 1,
					Threshold: -0,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			},
			ctx,
		).state;
		expectInvariants(state);
	});
});
