import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ADMINISTRATOR_ACCESS,
	execute,
	IAM_FULL_ACCESS,
	PRACTICE_ROOT,
	rebaseAccount,
	selectInstancesInAllRegions,
	type InstanceStateChange,
	type ReservationView,
	type RunInstancesInstance,
} from '@/simulator';
import { given, type Given } from '../support/given.ts';
import { expectInvariants } from '../support/invariants.ts';

const ACCT = PRACTICE_ROOT.accountId;
const HOUR = 3_600_000;

type Launched = { ReservationId: string; Instances: readonly RunInstancesInstance[] };
type Described = { Reservations: readonly ReservationView[] };

/** Root signed in, no background spend, and `count` instances of a type launched in a Region. */
function launched(count: number, type = 'p4d.24xlarge', region = 'ap-southeast-2'): { g: Given; ids: string[] } {
	const g = given().rootSignedIn();
	g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 0 } });
	const out = g.ok<Launched>({
		op: 'RunInstances',
		input: { InstanceType: type, MinCount: 1, MaxCount: count },
		region,
	});
	return { g, ids: out.Instances.map((instance) => instance.InstanceId) };
}

const describeIn = (g: Given, region: string, input: object = {}) =>
	g.ok<Described>({ op: 'DescribeInstances', input, region });

describe('DescribeInstances', () => {
	it('lists the Region’s instances by reservation, running, and nothing in other Regions', () => {
		const { g, ids } = launched(2);
		g.ok({
			op: 'RunInstances',
			input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 },
			region: 'ap-southeast-2',
		});
		const out = describeIn(g, 'ap-southeast-2');
		expect(out.Reservations).toHaveLength(2);
		expect(out.Reservations[0]).toEqual({
			ReservationId: expect.stringMatching(/^r-[0-9a-f]{17}$/),
			OwnerId: ACCT,
			Instances: ids.map((InstanceId) => ({
				InstanceId,
				InstanceType: 'p4d.24xlarge',
				State: { Code: 16, Name: 'running' },
				LaunchTime: g.ctx.now,
				Placement: { AvailabilityZone: 'ap-southeast-2a' },
			})),
		});
		expect(out.Reservations[1]?.Instances.map((i) => i.InstanceType)).toEqual(['t3.micro']);
		expect(describeIn(g, 'us-east-1')).toEqual({ Reservations: [] });
	});

	it('names instances by id, and filters by state and type', () => {
		const { g, ids } = launched(2);
		g.ok({ op: 'StopInstances', input: { InstanceIds: [ids[0]!] }, region: 'ap-southeast-2' });
		const byId = describeIn(g, 'ap-southeast-2', { InstanceIds: [ids[1]] });
		expect(byId.Reservations.flatMap((r) => r.Instances).map((i) => i.InstanceId)).toEqual([ids[1]]);
		const stopped = describeIn(g, 'ap-southeast-2', {
			Filters: [{ Name: 'instance-state-name', Values: ['stopped', 'stopping'] }],
		});
		expect(stopped.Reservations.flatMap((r) => r.Instances).map((i) => i.InstanceId)).toEqual([ids[0]]);
		const none = describeIn(g, 'ap-southeast-2', { Filters: [{ Name: 'instance-type', Values: ['t3.micro'] }] });
		expect(none.Reservations).toEqual([]);
	});

	it('refuses ids the Region does not have, and ids that are not instance ids', () => {
		const { g, ids } = launched(1);
		expect(g.err({ op: 'DescribeInstances', input: { InstanceIds: ids }, region: 'us-east-1' })).toMatchObject({
			code: 'InvalidInstanceID.NotFound',
			message: `The instance ID '${ids[0]}' does not exist`,
		});
		expect(g.err({ op: 'DescribeInstances', input: { InstanceIds: ['vm-1'] } })).toMatchObject({
			code: 'InvalidInstanceID.Malformed',
			message: 'Invalid id: "vm-1"',
		});
	});

	it('keeps a terminated instance listed for an hour, then forgets it', () => {
		const { g, ids } = launched(1);
		g.ok({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		const listed = describeIn(g, 'ap-southeast-2').Reservations.flatMap((r) => r.Instances);
		expect(listed.map((i) => i.State)).toEqual([{ Code: 48, Name: 'terminated' }]);
		g.ctx.advance(HOUR);
		expect(describeIn(g, 'ap-southeast-2')).toEqual({ Reservations: [] });
		expect(selectInstancesInAllRegions(g.state, g.ctx.now)).toEqual([]);
	});
});

describe('TerminateInstances', () => {
	it('terminates at once: shutting-down in the answer, terminated after, and the instance stops costing', () => {
		const { g, ids } = launched(2);
		expect(g.state.billing.spendRateUsdPerHour).toBe(65.5452);
		const out = g.ok<{ TerminatingInstances: InstanceStateChange[] }>({
			op: 'TerminateInstances',
			input: { InstanceIds: [ids[0]!] },
			region: 'ap-southeast-2',
		});
		expect(out.TerminatingInstances).toEqual([
			{
				InstanceId: ids[0],
				CurrentState: { Code: 32, Name: 'shutting-down' },
				PreviousState: { Code: 16, Name: 'running' },
			},
		]);
		expect(g.state.billing.spendRateUsdPerHour).toBe(32.7726);
		expect(g.state.ec2['ap-southeast-2']?.instances[ids[0]!]).toMatchObject({
			State: 'terminated',
			stateChangedAt: g.ctx.now,
		});
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'TerminateInstances',
			eventSource: 'ec2.amazonaws.com',
			awsRegion: 'ap-southeast-2',
			requestParameters: { InstanceIds: [ids[0]] },
		});
	});

	it('stops the charges on the billing clock', () => {
		const { g, ids } = launched(1);
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: 2 } });
		const charged = g.state.billing.monthToDateUsd;
		g.ok({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: 10 } });
		expect(g.state.billing.monthToDateUsd).toBe(charged);
	});

	it('succeeds again on a terminated instance, changing nothing', () => {
		const { g, ids } = launched(1);
		g.ok({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		const rate = g.state.billing.spendRateUsdPerHour;
		const again = g.ok<{ TerminatingInstances: InstanceStateChange[] }>({
			op: 'TerminateInstances',
			input: { InstanceIds: ids },
			region: 'ap-southeast-2',
		});
		expect(again.TerminatingInstances[0]).toMatchObject({
			CurrentState: { Name: 'terminated' },
			PreviousState: { Name: 'terminated' },
		});
		expect(g.state.billing.spendRateUsdPerHour).toBe(rate);
	});

	it('terminates nothing when one of the ids is unknown, and says which', () => {
		const { g, ids } = launched(1);
		const error = g.err({
			op: 'TerminateInstances',
			input: { InstanceIds: [ids[0]!, 'i-0aaaaaaaaaaaaaaaa', 'i-0bbbbbbbbbbbbbbbb'] },
			region: 'ap-southeast-2',
		});
		expect(error).toMatchObject({
			code: 'InvalidInstanceID.NotFound',
			message: "The instance IDs 'i-0aaaaaaaaaaaaaaaa, i-0bbbbbbbbbbbbbbbb' do not exist",
			httpStatus: 400,
		});
		expect(g.state.ec2['ap-southeast-2']?.instances[ids[0]!]?.State).toBe('running');
	});

	it('looks in the call’s Region only', () => {
		const { g, ids } = launched(1);
		expect(g.err({ op: 'TerminateInstances', input: { InstanceIds: ids } }).code).toBe('InvalidInstanceID.NotFound');
	});

	it('is denied to iam-admin, and allowed with AdministratorAccess, on the instance’s ARN', () => {
		const { g, ids } = launched(1);
		g.user('iam-admin', [IAM_FULL_ACCESS.Arn]).user('intruder', [ADMINISTRATOR_ACCESS.Arn]);
		g.signInAs('iam-admin');
		const denied = g.err({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		expect(denied.message).toBe(
			`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: ec2:TerminateInstances on resource: arn:aws:ec2:ap-southeast-2:${ACCT}:instance/${ids[0]} because no identity-based policy allows the ec2:TerminateInstances action`,
		);
		g.signInAs('intruder');
		g.ok({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
	});
});

describe('StopInstances', () => {
	it('stops a running instance: stopping in the answer, stopped after, and it no longer costs', () => {
		const { g, ids } = launched(1, 'g5.12xlarge', 'sa-east-1');
		const out = g.ok<{ StoppingInstances: InstanceStateChange[] }>({
			op: 'StopInstances',
			input: { InstanceIds: ids },
			region: 'sa-east-1',
		});
		expect(out.StoppingInstances).toEqual([
			{
				InstanceId: ids[0],
				CurrentState: { Code: 64, Name: 'stopping' },
				PreviousState: { Code: 16, Name: 'running' },
			},
		]);
		expect(g.state.billing.spendRateUsdPerHour).toBe(0);
		const again = g.ok<{ StoppingInstances: InstanceStateChange[] }>({
			op: 'StopInstances',
			input: { InstanceIds: ids },
			region: 'sa-east-1',
		});
		expect(again.StoppingInstances[0]?.CurrentState).toEqual({ Code: 80, Name: 'stopped' });
	});

	it('refuses to stop a terminated instance', () => {
		const { g, ids } = launched(1);
		g.ok({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		expect(g.err({ op: 'StopInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' })).toMatchObject({
			code: 'IncorrectInstanceState',
			message: `The instance '${ids[0]}' is not in a state from which it can be stopped.`,
			httpStatus: 400,
		});
	});

	it('never lets the spend rate go below zero', () => {
		const { g, ids } = launched(1);
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 1 } });
		g.ok({ op: 'StopInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		expect(g.state.billing.spendRateUsdPerHour).toBe(0);
	});
});

describe('instances in time', () => {
	it('move with the account: launch and termination times', () => {
		const { g, ids } = launched(1);
		g.ok({ op: 'TerminateInstances', input: { InstanceIds: ids }, region: 'ap-southeast-2' });
		const moved = rebaseAccount(g.state, g.ctx.now, g.ctx.now + 5 * 86_400_000);
		expect(moved.ec2['ap-southeast-2']?.instances[ids[0]!]).toMatchObject({
			LaunchTime: g.ctx.now + 5 * 86_400_000,
			stateChangedAt: g.ctx.now + 5 * 86_400_000,
		});
	});
});

describe('hostile input', () => {
	it('never throws and keeps the invariants for any ids', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('StopInstances' as const, 'TerminateInstances' as const, 'DescribeInstances' as const),
				fc.anything({ maxDepth: 2 }),
				(op, InstanceIds) => {
					const { g } = launched(1);
					const { state } = execute(g.state, { op, input: { InstanceIds }, region: 'ap-southeast-2' } as never, g.ctx);
					expectInvariants(state);
				},
			),
			{ numRuns: 60 },
		);
	});

	it('refuses a missing list, and a filter it does not know', () => {
		const { g } = launched(1);
		expect(g.err({ op: 'TerminateInstances', input: {} as never })).toMatchObject({
			code: 'ValidationError',
			message:
				"1 validation error detected: Value null at 'instanceIds' failed to satisfy constraint: Member must not be null or empty",
		});
		expect(
			g.err({
				op: 'DescribeInstances',
				input: { Filters: [{ Name: '__proto__', Values: ['x'] }] },
				region: 'ap-southeast-2',
			}),
		).toMatchObject({ code: 'InvalidParameterValue', message: "The filter '__proto__' is invalid" });
	});
});
