import { describe, expect, it } from 'vitest';
import {
	createFreshAccount,
	execute,
	IAM_FULL_ACCESS,
	migrateSimState,
	PRACTICE_ROOT,
	SIM_STATE_VERSION,
	type ApiCall,
	type CallContext,
	type SimState,
} from '@/simulator';

/**
 * IAM names may be words that plain JavaScript objects already "have" (constructor, __proto__,
 * toString…). Regression tests: such names once read as existing entries, and a
 * general-purpose record schema refused a saved account holding them.
 */
const RESERVED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

function context(): CallContext {
	let counter = 0;
	return { now: Date.UTC(2025, 0, 1), randomBytes: (length) => Uint8Array.from({ length }, () => counter++ % 256) };
}

function run(state: SimState, call: ApiCall, ctx: CallContext): SimState {
	const { state: next, response } = execute(state, call, ctx);
	expect(response, `${call.op} ${JSON.stringify(call.input)}`).toMatchObject({ ok: true });
	return next;
}

describe.each(RESERVED_NAMES)('the name %s', (name) => {
	it('works as a user, a group and an alarm, and survives saving and loading', () => {
		const ctx = context();
		let state = run(
			createFreshAccount(ctx),
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			ctx,
		);
		state = run(state, { op: 'SkipMFARegistration', input: {} }, ctx);
		expect(execute(state, { op: 'GetUser', input: { UserName: name } }, ctx).response).toMatchObject({
			ok: false,
			error: { code: 'NoSuchEntity' },
		});
		state = run(state, { op: 'CreateUser', input: { UserName: name } }, ctx);
		state = run(state, { op: 'AttachUserPolicy', input: { UserName: name, PolicyArn: IAM_FULL_ACCESS.Arn } }, ctx);
		state = run(state, { op: 'CreateGroup', input: { GroupName: name } }, ctx);
		state = run(state, { op: 'AddUserToGroup', input: { GroupName: name, UserName: name } }, ctx);
		state = run(
			state,
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: name,
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Dimensions: [{ Name: 'Currency', Value: 'USD' }],
					Statistic: 'Maximum',
					Period: 21_600,
					EvaluationPeriods: 1,
					Threshold: 10,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			},
			ctx,
		);
		expect(execute(state, { op: 'CreateUser', input: { UserName: name } }, ctx).response).toMatchObject({
			ok: false,
			error: { code: 'EntityAlreadyExists' },
		});

		const loaded = migrateSimState(JSON.parse(JSON.stringify({ version: SIM_STATE_VERSION, state })));
		expect(loaded.ok).toBe(true);
		if (loaded.ok) {
			expect(Object.keys(loaded.state.iam.users)).toEqual([name]);
			expect(Object.prototype.hasOwnProperty.call(loaded.state.iam.users, name)).toBe(true);
			expect(JSON.stringify(loaded.state)).toEqual(JSON.stringify(state));
		}
	});
});

describe('loading a saved account', () => {
	it('refuses an MFA secret that is not base32, instead of locking the learner out', () => {
		const ctx = context();
		let state = run(
			createFreshAccount(ctx),
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			ctx,
		);
		state = run(state, { op: 'SkipMFARegistration', input: {} }, ctx);
		state = run(state, { op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: 'phone' } }, ctx);
		const saved = JSON.parse(JSON.stringify({ version: SIM_STATE_VERSION, state })) as {
			state: { iam: { mfaDevices: Record<string, { Base32StringSeed: string }> } };
		};
		for (const device of Object.values(saved.state.iam.mfaDevices)) device.Base32StringSeed = 'not-a-secret!';
		expect(migrateSimState(saved)).toMatchObject({ ok: false, reason: 'invalid' });
	});
});
