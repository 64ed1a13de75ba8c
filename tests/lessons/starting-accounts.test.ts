import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	execute,
	IAM_FULL_ACCESS,
	MFA_REGISTRATION_GRACE_DAYS,
	migrateSimState,
	rebaseAccount,
	SIM_STATE_VERSION,
	SimStateSchema,
	TOTP_STEP_MS,
	totpCode,
	zeroSpendBudgetRequest,
	type CallContext,
	type SimState,
} from '@/simulator';
import type { LabSetup } from '@/lessons/lab';
import { LAB_SETUPS } from '@/lessons/setup-registry';
import {
	buildStartingAccount,
	seededRandomBytes,
	startingSeed,
	STARTING_ACCOUNTS_BUILT_AT,
	type ShippedStartingAccount,
} from '@/lessons/starting-accounts';
import { startingVariantCount } from '@/lessons/starting-variants';
import { must, mustWithOutput } from '@/lessons/run';
import { withPracticePasswords } from '@/lessons/practice-passwords';
import { assignVirtualMfa, freshAccount, signInAsRoot, signOut } from '@/lessons/scenarios';
import { startingAccountRoute } from '@/pages/starting-accounts/_starting-account';

const DAY_MS = 86_400_000;

/**
 * Any time from 2001 to 2199 (to the millisecond, so times off the 30-second steps are covered),
 * on days 1 to 27 of a month: a scenario spans at most a few hours of billing clock, and
 * month-to-date charges reset at a month's start, so a build in the last hours of a month is not
 * a moved copy of one made mid-month (see rebaseAccount).
 */
const midMonthTime = fc
	.record({
		year: fc.integer({ min: 2001, max: 2199 }),
		month: fc.integer({ min: 0, max: 11 }),
		day: fc.integer({ min: 1, max: 27 }),
		ms: fc.integer({ min: 0, max: DAY_MS - 1 }),
	})
	.map(({ year, month, day, ms }) => Date.UTC(year, month, day) + ms);

/**
 * An account with a time in every field that can hold one: budgets, datapoints, an alarm, topics,
 * a pending and a confirmed subscription, mail, an IAM user with a password, a group, an access key
 * that signed a request and an MFA device, the root user's MFA device and access key, the Paid plan,
 * a running and a terminated EC2 instance, and a sign-in waiting at the MFA step. Its clock runs an
 * hour ahead of real time.
 */
const everyKindOfTime: LabSetup = {
	labId: 'every-kind-of-time',
	scenario(ctx) {
		let state = signInAsRoot(freshAccount(ctx), ctx);
		const root = assignVirtualMfa(state, ctx, 'root-phone');
		state = must(root.state, { op: 'CreateAccessKey', input: {} }, ctx);
		state = must(state, { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
		state = must(
			state,
			{
				op: 'CreateBudget',
				input: zeroSpendBudgetRequest(state.account.accountId, { emailAddresses: ['a@example.com'] }),
			},
			ctx,
		);
		state = must(state, { op: 'AdvanceBillingClock', input: { Hours: 1 } }, ctx);
		state = must(state, { op: 'UpgradeAccountPlan', input: { accountPlanType: 'PAID' } }, ctx);
		const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'alerts' } }, ctx);
		state = topic.state;
		for (const Endpoint of ['one@example.com', 'two@example.com']) {
			state = must(
				state,
				{ op: 'Subscribe', input: { TopicArn: topic.output.TopicArn, Protocol: 'email', Endpoint } },
				ctx,
			);
		}
		const link = state.mailbox.find((message) => message.link)?.link;
		if (link)
			state = must(state, { op: 'ConfirmSubscription', input: { TopicArn: link.TopicArn, Token: link.Token } }, ctx);
		// No billing metric outside us-east-1, so its reason quotes no time.
		const away = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'away' }, region: 'eu-west-2' }, ctx);
		state = must(
			away.state,
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'away',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Dimensions: [{ Name: 'Currency', Value: 'USD' }],
					Statistic: 'Maximum',
					Period: 21_600,
					EvaluationPeriods: 1,
					Threshold: 10,
					ComparisonOperator: 'GreaterThanThreshold',
					AlarmActions: [away.output.TopicArn],
				},
				region: 'eu-west-2',
			},
			ctx,
		);
		state = must(state, { op: 'CreateUser', input: { UserName: 'builder' } }, ctx);
		state = must(
			state,
			{ op: 'CreateLoginProfile', input: { UserName: 'builder', Password: 'Practice-Builder-1!' } },
			ctx,
		);
		state = must(state, { op: 'CreateGroup', input: { GroupName: 'admins' } }, ctx);
		state = must(state, { op: 'AddUserToGroup', input: { GroupName: 'admins', UserName: 'builder' } }, ctx);
		state = must(
			state,
			{ op: 'AttachUserPolicy', input: { UserName: 'builder', PolicyArn: IAM_FULL_ACCESS.Arn } },
			ctx,
		);
		const key = mustWithOutput(state, { op: 'CreateAccessKey', input: { UserName: 'builder' } }, ctx);
		state = execute(
			key.state,
			{ op: 'ListUsers', input: {} },
			{ ...ctx, accessKeyId: key.output.AccessKey.AccessKeyId },
		).state;
		state = assignVirtualMfa(state, ctx, 'builder-phone', 'builder').state;
		const launched = mustWithOutput(
			state,
			{ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 2, MaxCount: 2 }, region: 'ap-southeast-2' },
			ctx,
		);
		state = must(
			launched.state,
			{
				op: 'TerminateInstances',
				input: { InstanceIds: [launched.output.Instances[0]?.InstanceId ?? ''] },
				region: 'ap-southeast-2',
			},
			ctx,
		);
		state = signOut(state, ctx);
		const later = { ...ctx, now: ctx.now + TOTP_STEP_MS };
		return must(
			state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: 'learner@example.com', Password: 'Practice-Root-Password-1' },
			},
			later,
		);
	},
	solve: (state) => ({ state, answers: {} }),
};

const setups: readonly LabSetup[] = [...Object.values(LAB_SETUPS), everyKindOfTime];

/** Every starting account the site ships (each variant of a lab that has several), and the fuller one. */
const shippedAccounts = setups.flatMap((setup): { name: string; setup: LabSetup; variant: number | undefined }[] => {
	const count = startingVariantCount(setup.labId);
	return count === 1
		? [{ name: setup.labId, setup, variant: undefined }]
		: Array.from({ length: count }, (_, variant) => ({ name: `${setup.labId}/${variant}`, setup, variant }));
});

describe('starting accounts built with the site', () => {
	it('are built at a mid-month time on a 30-second step', () => {
		expect(STARTING_ACCOUNTS_BUILT_AT % TOTP_STEP_MS).toBe(0);
		expect(new Date(STARTING_ACCOUNTS_BUILT_AT).getUTCDate()).toBeLessThanOrEqual(27);
	});

	it('cover the lessons labs and the challenge', () => {
		expect(Object.keys(LAB_SETUPS).sort()).toEqual(
			[
				'billing-alarm',
				'clean-up-break-in',
				'create-iam-user',
				'fix-broken-account',
				'iam-user-mfa',
				'iam-user-sign-in',
				'root-mfa',
				'root-sign-in',
				'users-list',
			].sort(),
		);
	});

	describe.each(shippedAccounts.map((entry) => [entry.name, entry] as const))('%s', (_, { setup, variant }) => {
		const shipped = buildStartingAccount(setup, undefined, variant);

		it('is a valid account of the current version', () => {
			expect(shipped.version).toBe(SIM_STATE_VERSION);
			expect(SimStateSchema.safeParse(shipped.state).success).toBe(true);
			// Through JSON and back it is the same account: nothing in it is lost in the file.
			const file = JSON.parse(JSON.stringify(shipped)) as ShippedStartingAccount;
			expect(file).toEqual(shipped);
			// The browser uses a file of this version as it is, without the save checks: they would
			// give back the very account in the file.
			expect(migrateSimState(file)).toEqual({ ok: true, state: file.state });
		});

		it('moved to any time is the account its operations build at that time', () => {
			fc.assert(
				fc.property(midMonthTime, (now) => {
					expect(rebaseAccount(shipped.state, shipped.builtAt, now)).toEqual(
						buildStartingAccount(setup, now, variant).state,
					);
				}),
				{ numRuns: variant === undefined ? 40 : 10 },
			);
		});

		it('moved there and back is the same account', () => {
			fc.assert(
				fc.property(midMonthTime, (now) => {
					const there = rebaseAccount(shipped.state, shipped.builtAt, now);
					expect(rebaseAccount(there, now, shipped.builtAt)).toEqual(shipped.state);
				}),
				{ numRuns: 20 },
			);
		});
	});

	it('the moved account moves every time the fuller account holds', () => {
		const state = buildStartingAccount(everyKindOfTime).state;
		expect(Object.keys(state.budgets)).toHaveLength(1);
		expect(state.billing.datapoints.length).toBeGreaterThan(0);
		expect(state.billing.plan.upgradedAt).toBeDefined();
		expect(state.iam.users['builder']?.accessKeys[0]?.lastUsed).toBeDefined();
		expect(state.pendingSignIn?.step).toBe('mfa');
		expect(Object.values(state.ec2['ap-southeast-2']?.instances ?? {}).map((i) => i.State)).toEqual([
			'terminated',
			'running',
		]);
		expect(Object.values(state.ec2['ap-southeast-2']?.instances ?? {})[0]?.stateChangedAt).toBeDefined();
		expect(Object.values(state.sns['us-east-1']?.subscriptions ?? {}).map((s) => s.confirmed)).toEqual([true, false]);
	});
});

describe('a starting account moved to the learner’s time', () => {
	const learnerNow = Date.UTC(2027, 2, 9, 8, 17, 42, 123);
	const start = (labId: string, variant?: number): { shipped: ShippedStartingAccount; state: SimState } => {
		const shipped = buildStartingAccount(LAB_SETUPS[labId]!, undefined, variant);
		return { shipped, state: rebaseAccount(shipped.state, shipped.builtAt, learnerNow) };
	};
	const at = (now: number): CallContext => ({ now, randomBytes: seededRandomBytes('learner') });

	it('runs the billing clock on from real time, without jumping by the months since the build', () => {
		const { state } = start('billing-alarm');
		const next = execute(state, { op: 'GetBillingPreferences', input: {} }, at(learnerNow + 5_000)).state;
		expect(next.billing.clock - state.billing.clock).toBe(5_000);
		expect(next.billing.monthToDateUsd).toBeCloseTo(state.billing.monthToDateUsd, 3);
	});

	it('gives the root user the whole 35 days to register MFA, counted from the learner’s first sign-in', () => {
		const { state } = start('root-mfa');
		const login = execute(
			state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: 'learner@example.com', Password: 'Practice-Root-Password-1' },
			},
			at(learnerNow + 60_000),
		);
		expect(login.response).toMatchObject({ ok: true, output: { Result: 'MFARegistrationPrompt' } });
		const skip = execute(login.state, { op: 'SkipMFARegistration', input: {} }, at(learnerNow + 61_000));
		expect(skip.response).toMatchObject({ ok: true, output: { DaysLeft: MFA_REGISTRATION_GRACE_DAYS } });
	});

	it('takes the next code of the root user’s device, and refuses the one the build used', () => {
		const { state } = start('billing-alarm');
		const device = Object.values(state.iam.mfaDevices)[0]!;
		const signedOut = execute(state, { op: 'ConsoleLogout', input: {} }, at(learnerNow)).state;
		const password = execute(
			signedOut,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: 'learner@example.com', Password: 'Practice-Root-Password-1' },
			},
			at(learnerNow),
		).state;
		const reused = execute(
			password,
			{ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(device.Base32StringSeed, learnerNow) } },
			at(learnerNow),
		);
		expect(reused.response.ok).toBe(false);
		const fresh = execute(
			password,
			{
				op: 'ConsoleLoginMFA',
				input: { AuthenticationCode: totpCode(device.Base32StringSeed, learnerNow + TOTP_STEP_MS) },
			},
			at(learnerNow + TOTP_STEP_MS),
		);
		expect(fresh.response.ok).toBe(true);
	});

	it('shows creation dates of the learner’s day, not the build’s', () => {
		const { state } = start('users-list', 5);
		expect(state.iam.users['iam-admin']?.CreateDate).toBe(learnerNow);
		expect(state.billing.plan.startedAt).toBe(learnerNow);
		expect(new Date(state.billing.plan.expiresAt).toISOString()).toBe('2027-09-09T08:17:42.123Z');
	});
});

describe('the starting-account files', () => {
	it('are one route per lab and the challenge, named after its id, and a folder of routes for one with variants', () => {
		const folder = join(process.cwd(), 'src/pages/starting-accounts');
		const routes = readdirSync(folder)
			.filter((file) => file.endsWith('.json.ts'))
			.map((file) => file.replace(/\.json\.ts$/, ''));
		const withVariants = readdirSync(folder).filter((file) => !file.includes('.'));
		expect([...routes, ...withVariants].sort()).toEqual(Object.keys(LAB_SETUPS).sort());
		for (const lab of withVariants) {
			const files = readdirSync(join(folder, lab)).sort();
			const count = startingVariantCount(lab);
			expect(count, lab).toBeGreaterThan(1);
			expect(files).toEqual(Array.from({ length: count }, (_, variant) => `${variant}.json.ts`).sort());
		}
	});

	const routeCases = Object.keys(LAB_SETUPS).flatMap(
		(lab): { route: string; lab: string; variant: number | undefined }[] => {
			const count = startingVariantCount(lab);
			return count === 1
				? [{ route: lab, lab, variant: undefined }]
				: Array.from({ length: count }, (_, variant) => ({ route: `${lab}/${variant}`, lab, variant }));
		},
	);

	it.each(routeCases)(
		'$route is the account its scenario builds with the operations',
		async ({ route, lab, variant }) => {
			const { GET } = (await import(`@/pages/starting-accounts/${route}.json.ts`)) as {
				GET: ReturnType<typeof startingAccountRoute>;
			};
			const response = await GET({} as never);
			expect(response.headers.get('Content-Type')).toBe('application/json');
			const ctx = withPracticePasswords({
				now: STARTING_ACCOUNTS_BUILT_AT,
				randomBytes: seededRandomBytes(startingSeed(lab, variant)),
			});
			expect(await response.json()).toEqual({
				version: SIM_STATE_VERSION,
				builtAt: STARTING_ACCOUNTS_BUILT_AT,
				state: JSON.parse(JSON.stringify(LAB_SETUPS[lab]!.scenario(ctx, variant))),
			});
		},
	);

	it('answers 404 for a lab that does not exist', async () => {
		expect((await startingAccountRoute('no-such-lab')({} as never)).status).toBe(404);
	});
});
