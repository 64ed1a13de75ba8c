import { describe, expect, it } from 'vitest';
import {
	rebaseAccount,
	SimStateSchema,
	TOTP_STEP_MS,
	zeroSpendBudgetRequest,
	type CallContext,
	type FidoCreationOptions,
} from '@/simulator';
import { WEBAUTHN_CODE } from '@/simulator/webauthn';
import { T0 } from '../support/context.ts';
import { given } from '../support/given.ts';
import { createSoftwareAuthenticator } from '../support/software-authenticator.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

describe('rebaseAccount', () => {
	it('returns the same account when it does not move', () => {
		const state = given().rootSignedIn().state;
		expect(rebaseAccount(state, T0, T0)).toBe(state);
	});

	it('moves every time by the same amount and keeps the account valid', () => {
		const g = given().rootSignedIn().iamAdmin();
		const moved = rebaseAccount(g.state, T0, T0 + 10 * DAY_MS + 1_234);
		expect(SimStateSchema.safeParse(moved).success).toBe(true);
		expect(moved.billing.clock - g.state.billing.clock).toBe(10 * DAY_MS + 1_234);
		expect(moved.billing.lastRealNow - g.state.billing.lastRealNow).toBe(10 * DAY_MS + 1_234);
		expect(moved.iam.users['iam-admin']!.CreateDate - g.state.iam.users['iam-admin']!.CreateDate).toBe(
			10 * DAY_MS + 1_234,
		);
		expect(moved.trail.map((record) => record.eventTime - T0)).toEqual(
			g.state.trail.map((record) => record.eventTime + 10 * DAY_MS + 1_234 - T0),
		);
	});

	it('moves the trail’s dates in requests and responses, and nothing else there', () => {
		const g = given().rootSignedIn().iamAdmin();
		const moved = rebaseAccount(g.state, T0, T0 + HOUR_MS);
		const created = moved.trail.find((record) => record.eventName === 'CreateUser');
		expect(created?.responseElements).toMatchObject({ User: { UserName: 'iam-admin', CreateDate: T0 + HOUR_MS } });
		expect(created?.requestParameters).toEqual({ UserName: 'iam-admin' });
	});

	it('moves the last TOTP step a device used by the steps between the two times', () => {
		const g = given().rootSignedIn();
		const device = { SerialNumber: g.mfa('phone').serial };
		const step = g.state.iam.mfaDevices[device.SerialNumber]!.lastUsedStep!;
		// 29 seconds after a step starts, plus 31 seconds, is two steps on; plus 29 seconds, one.
		const from = Math.floor(T0 / TOTP_STEP_MS) * TOTP_STEP_MS + 29_000;
		expect(rebaseAccount(g.state, from, from + 31_000).iam.mfaDevices[device.SerialNumber]!.lastUsedStep).toBe(
			step + 2,
		);
		expect(rebaseAccount(g.state, from, from + 29_000).iam.mfaDevices[device.SerialNumber]!.lastUsedStep).toBe(
			step + 1,
		);
	});

	it('ends the Free plan six calendar months after its new start, and puts budgets in the new month', () => {
		const g = given().rootSignedIn();
		g.ok({
			op: 'CreateBudget',
			input: zeroSpendBudgetRequest(g.state.account.accountId, { emailAddresses: ['learner@example.com'] }),
		});
		// From 1 January to 31 March: moved by 89 days, the plan would end on 30 September, not 1 October.
		const to = Date.UTC(2025, 2, 31);
		const moved = rebaseAccount(g.state, T0, to);
		expect(new Date(moved.billing.plan.expiresAt).toISOString()).toBe('2025-09-30T00:00:00.000Z');
		expect(moved.budgets['My Zero-Spend Budget']?.periodStart).toBe(Date.UTC(2025, 2, 1));
	});

	it('moves EC2 instances’ launch and state-change times, and the launch time in the trail', () => {
		const g = given().rootSignedIn();
		const out = g.ok<{ Instances: { InstanceId: string }[] }>({
			op: 'RunInstances',
			input: { InstanceType: 't3.micro', MinCount: 2, MaxCount: 2 },
			region: 'ap-southeast-2',
		});
		const [stopped, running] = out.Instances.map((instance) => instance.InstanceId);
		g.ctx.advance(TOTP_STEP_MS);
		g.ok({ op: 'StopInstances', input: { InstanceIds: [stopped!] }, region: 'ap-southeast-2' });
		const moved = rebaseAccount(g.state, T0, T0 + 3 * DAY_MS);
		expect(SimStateSchema.safeParse(moved).success).toBe(true);
		const instances = moved.ec2['ap-southeast-2']!.instances;
		expect(instances[stopped!]).toMatchObject({
			LaunchTime: T0 + 3 * DAY_MS,
			stateChangedAt: T0 + TOTP_STEP_MS + 3 * DAY_MS,
		});
		expect(instances[running!]).toMatchObject({ LaunchTime: T0 + 3 * DAY_MS });
		expect(instances[running!]?.stateChangedAt).toBeUndefined();
		const launch = moved.trail.find((record) => record.eventName === 'RunInstances');
		expect(launch?.responseElements).toMatchObject({ Instances: [{ LaunchTime: T0 + 3 * DAY_MS }, {}] });
	});

	it('keeps names such as __proto__ as ordinary entries', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateUser', input: { UserName: '__proto__' } });
		const moved = rebaseAccount(g.state, T0, T0 + DAY_MS);
		expect(Object.keys(moved.iam.users)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(moved.iam.users)).toBe(Object.prototype);
		expect(moved.iam.users['__proto__']?.CreateDate).toBe(T0 + DAY_MS);
	});

	it('moves a passkey’s enable date and a WebAuthn ceremony under way', () => {
		const g = given().rootSignedIn();
		const origin = 'http://localhost:4321';
		(g.ctx as CallContext).webAuthn = { origin, code: WEBAUTHN_CODE };
		const key = createSoftwareAuthenticator('rebase');
		const { CreationOptions } = g.ok<{ CreationOptions: FidoCreationOptions }>({
			op: 'StartFIDORegistration',
			input: { DeviceName: 'first-key' },
		});
		const { SerialNumber } = g.ok<{ SerialNumber: string }>({
			op: 'CompleteFIDORegistration',
			input: key.register(CreationOptions, origin),
		});
		g.ok({ op: 'StartFIDORegistration', input: { DeviceName: 'second-key' } });
		const moved = rebaseAccount(g.state, T0, T0 + DAY_MS);
		expect(SimStateSchema.safeParse(moved).success).toBe(true);
		expect(moved.iam.fidoDevices[SerialNumber]!.EnableDate).toBe(
			g.state.iam.fidoDevices[SerialNumber]!.EnableDate + DAY_MS,
		);
		expect(moved.fidoCeremony!.startedAt).toBe(g.state.fidoCeremony!.startedAt + DAY_MS);
	});
});
