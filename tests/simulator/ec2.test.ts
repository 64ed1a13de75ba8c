import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	execute,
	IAM_FULL_ACCESS,
	LEARNER_SOURCE_IP,
	POWER_USER_ACCESS,
	PRACTICE_ROOT,
	type RunInstancesInstance,
} from '@/simulator';
import { given } from '../support/given.ts';
import { expectInvariants } from '../support/invariants.ts';

const ACCT = PRACTICE_ROOT.accountId;
type Launched = { ReservationId: string; OwnerId: string; Instances: readonly RunInstancesInstance[] };

describe('RunInstances', () => {
	it('launches pending instances with distinct ids and raises the spend rate by MaxCount × the hourly price', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 0.5 } });
		const out = g.ok<Launched>({
			op: 'RunInstances',
			input: { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 3 },
			region: 'eu-west-1',
		});
		expect(out.Instances).toHaveLength(3);
		expect(out.ReservationId).toMatch(/^r-[0-9a-f]{17}$/);
		expect(out.OwnerId).toBe(ACCT);
		for (const instance of out.Instances) {
			expect(instance).toEqual({
				InstanceId: expect.stringMatching(/^i-[0-9a-f]{17}$/),
				InstanceType: 'p4d.24xlarge',
				State: { Code: 0, Name: 'pending' },
				LaunchTime: g.ctx.now,
				Placement: { AvailabilityZone: 'eu-west-1a' },
			});
		}
		expect(new Set(out.Instances.map((i) => i.InstanceId)).size).toBe(3);
		expect(g.state.billing.spendRateUsdPerHour).toBe(98.8178);
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'RunInstances',
			eventSource: 'ec2.amazonaws.com',
			awsRegion: 'eu-west-1',
			userIdentity: { type: 'Root' },
			requestParameters: { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 3 },
			responseElements: { Instances: out.Instances },
		});
	});

	it('adds the price of each type from the table', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 0 } });
		g.ok({ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 2 } });
		expect(g.state.billing.spendRateUsdPerHour).toBe(0.0208);
		g.ok({ op: 'RunInstances', input: { InstanceType: 'g5.12xlarge', MinCount: 1, MaxCount: 1 } });
		expect(g.state.billing.spendRateUsdPerHour).toBe(5.6928);
		g.ok({ op: 'RunInstances', input: { InstanceType: 'm5.large', MinCount: 1, MaxCount: 1 } });
		expect(g.state.billing.spendRateUsdPerHour).toBe(5.7888);
	});

	it('charges for the instances as the billing clock moves', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 0 } });
		const before = g.state.billing.monthToDateUsd;
		g.ok({ op: 'RunInstances', input: { InstanceType: 'g5.12xlarge', MinCount: 1, MaxCount: 1 } });
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: 10 } });
		expect(g.state.billing.monthToDateUsd - before).toBeCloseTo(56.72, 2);
	});

	it('stops the spend rate at the simulator maximum and launches at most the instance limit', () => {
		const g = given().rootSignedIn();
		const out = g.ok<Launched>({
			op: 'RunInstances',
			input: { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 40 },
		});
		expect(out.Instances).toHaveLength(20);
		expect(g.state.billing.spendRateUsdPerHour).toBeCloseTo(
			20 * 32.7726 + given().state.billing.spendRateUsdPerHour,
			4,
		);
		g.ok({ op: 'RunInstances', input: { InstanceType: 'p4d.24xlarge', MinCount: 20, MaxCount: 20 } });
		expect(g.state.billing.spendRateUsdPerHour).toBe(1000);
	});

	it('takes its ids from the state counter, so a replay gives the same ids', () => {
		const run = () => {
			const g = given().rootSignedIn();
			return g
				.ok<Launched>({ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 2 } })
				.Instances.map((i) => i.InstanceId);
		};
		expect(run()).toEqual(run());
	});

	it('denies an IAM user without ec2:RunInstances with an explanation, and allows PowerUserAccess', () => {
		const g = given();
		g.rootSignedIn().user('iam-admin', [IAM_FULL_ACCESS.Arn]).user('builder', [POWER_USER_ACCESS.Arn]);
		g.signInAs('iam-admin');
		const rate = g.state.billing.spendRateUsdPerHour;
		const error = g.err({ op: 'RunInstances', input: { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 1 } });
		expect(error.code).toBe('AccessDenied');
		expect(error.message).toBe(
			`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:${ACCT}:instance/* because no identity-based policy allows the ec2:RunInstances action`,
		);
		expect(error.explanation).toMatchObject({
			decision: 'implicitDeny',
			action: 'ec2:RunInstances',
			resource: `arn:aws:ec2:us-east-1:${ACCT}:instance/*`,
			policiesConsidered: [{ policyName: 'IAMFullAccess' }],
		});
		expect(g.state.billing.spendRateUsdPerHour).toBe(rate);
		g.signInAs('builder');
		expect(
			g.ok<Launched>({ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 } }).Instances,
		).toHaveLength(1);
	});

	it('changes nothing but the trail when it fails', () => {
		const g = given().rootSignedIn();
		const before = g.state;
		g.err({ op: 'RunInstances', input: { InstanceType: 'x9.huge', MinCount: 1, MaxCount: 1 } });
		expect({ ...g.state, trail: before.trail }).toEqual(before);
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: 'RunInstances', errorCode: 'InvalidParameterValue' });
	});

	it('never throws and keeps the invariants for any counts and type', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.constantFrom('t3.micro', 'p4d.24xlarge', 'g5.12xlarge'), fc.string()),
				fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double()),
				fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double()),
				(InstanceType, MinCount, MaxCount) => {
					const g = given().rootSignedIn();
					const { state, response } = execute(
						g.state,
						{ op: 'RunInstances', input: { InstanceType, MinCount, MaxCount } },
						g.ctx,
					);
					expectInvariants(state);
					expect(state.billing.spendRateUsdPerHour).toBeLessThanOrEqual(1000);
					if (response.ok) expect(response.output.Instances.length).toBeLessThanOrEqual(Math.min(20, MaxCount));
				},
			),
			{ numRuns: 100 },
		);
	});
});

describe('sourceIPAddress', () => {
	it('records the learner at the documentation address when the context names none', () => {
		const g = given().rootSignedIn();
		expect(g.state.trail.at(-1)?.sourceIPAddress).toBe(LEARNER_SOURCE_IP);
		expect(LEARNER_SOURCE_IP).toBe('203.0.113.10');
	});

	it('records the address from the context, so two browsers using the same identity can be told apart', () => {
		const g = given().rootSignedIn();
		const elsewhere = { ...g.ctx, sourceIPAddress: '198.51.100.77' };
		g.call({ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 } }, elsewhere);
		g.call({ op: 'ListUsers', input: {} });
		const [attacker, learner] = g.state.trail.slice(-2);
		expect(attacker).toMatchObject({
			eventName: 'RunInstances',
			userIdentity: { type: 'Root' },
			sourceIPAddress: '198.51.100.77',
		});
		expect(learner).toMatchObject({
			eventName: 'ListUsers',
			userIdentity: { type: 'Root' },
			sourceIPAddress: LEARNER_SOURCE_IP,
		});
	});

	it('records failed calls with their address too', () => {
		const g = given();
		g.call(
			{ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: 'guess' } },
			{ ...g.ctx, sourceIPAddress: '198.51.100.77' },
		);
		expect(g.state.trail.at(-1)).toMatchObject({ errorCode: 'AuthenticationFailed', sourceIPAddress: '198.51.100.77' });
	});

	it('falls back to the learner for an address that is not a short string', () => {
		const g = given().rootSignedIn();
		g.call({ op: 'ListUsers', input: {} }, { ...g.ctx, sourceIPAddress: 'x'.repeat(65) });
		g.call({ op: 'ListUsers', input: {} }, { ...g.ctx, sourceIPAddress: 42 as never });
		expect(g.state.trail.slice(-2).map((r) => r.sourceIPAddress)).toEqual([LEARNER_SOURCE_IP, LEARNER_SOURCE_IP]);
	});
});
