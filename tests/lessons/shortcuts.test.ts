/**
 * Every lab passes only when the learner really did the step: for every lab (and the challenge),
 * the reference solution meets every task, the untouched starting account meets none, and each
 * known shortcut fails, with a reason that helps without handing over the answer.
 */
import { describe, expect, it } from 'vitest';
import {
	ADMINISTRATOR_ACCESS,
	deleteUserAsConsoleDoes,
	POWER_USER_ACCESS,
	PRACTICE_ROOT,
	totpCode,
	type AlarmStatistic,
	type CallContext,
	type SimState,
} from '@/simulator';
import type { Lab, LabSetup, TaskStatus } from '@/lessons/lab';
import { LABS } from '@/lessons/registry';
import { LAB_SETUPS } from '@/lessons/setup-registry';
import { fixBrokenAccountLab } from '@/lessons/challenge/fix-broken-account';
import { buildStartingAccount, STARTING_ACCOUNTS_BUILT_AT } from '@/lessons/starting-accounts';
import { startingVariantCount } from '@/lessons/starting-variants';
import { withPracticePasswords } from '@/lessons/practice-passwords';
import { laterBy, must, mustWithOutput } from '@/lessons/run';
import { billingAlarmInput } from '@/lessons/scenarios';
import { PROOF_USER } from '@/lessons/labs/iam-user-mfa';
import { WHAT_IF_SCENARIOS } from '@/lessons/what-if/scenarios';

/** A fixed clock and counter-based bytes: labs must be deterministic given their context. */
function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return withPracticePasswords({
		now,
		randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256),
	});
}

const task = (lab: Lab, id: string) => {
	const found = lab.tasks.find((t) => t.id === id);
	if (!found) throw new Error(`No task ${id} in ${lab.id}`);
	return found;
};

const reasonOf = (status: TaskStatus): string => (status.met ? '' : status.reason);

/** Every lab with its setup, one entry per starting variant; the challenge too. */
const labsToCheck = [...Object.values(LABS), fixBrokenAccountLab].flatMap((lab) => {
	const setup = LAB_SETUPS[lab.id];
	if (!setup) throw new Error(`No setup for ${lab.id}`);
	const count = startingVariantCount(lab.id);
	return Array.from({ length: count }, (_, variant) => ({
		name: count === 1 ? lab.id : `${lab.id} (variant ${variant})`,
		lab,
		setup,
		variant: count === 1 ? undefined : variant,
	}));
});

describe.each(labsToCheck)('$name', ({ lab, setup, variant }) => {
	it('meets no task on the untouched starting account, each with a reason', () => {
		const state = setup.scenario(testContext(), variant);
		for (const t of lab.tasks) {
			const status = t.check(state);
			expect(status.met, `${t.id} is met untouched`).toBe(false);
			expect(reasonOf(status).length, t.id).toBeGreaterThan(10);
		}
	});

	it('meets every task with its reference solution', () => {
		const ctx = testContext();
		const { state, answers } = setup.solve(setup.scenario(ctx, variant), laterBy(ctx, 2));
		for (const t of lab.tasks) expect(t.check(state, answers[t.id]), t.id).toEqual({ met: true });
	});
});

describe('Our new user: answers must come from reading the list', () => {
	const usersList = LABS['users-list']!;
	const setup = LAB_SETUPS['users-list']!;
	const variants = Array.from({ length: startingVariantCount('users-list') }, (_, variant) => {
		const state = buildStartingAccount(setup, STARTING_ACCOUNTS_BUILT_AT, variant).state;
		return { variant, state, answers: setup.solve(state, testContext()).answers };
	});

	it('ships eight different accounts, and every question has several right answers across them', () => {
		expect(variants).toHaveLength(8);
		const teams = variants.map(({ state }) => JSON.stringify(Object.keys(state.iam.users).sort()));
		expect(new Set(teams).size).toBe(8);
		for (const t of usersList.tasks) {
			const rightAnswers = new Set(variants.map(({ answers }) => answers[t.id]));
			expect(rightAnswers.size, t.id).toBeGreaterThanOrEqual(3);
		}
	});

	it('accepts no fixed set of answers on every account: another learner’s answers fail somewhere', () => {
		for (const { answers } of variants) {
			const failsSomewhere = variants.some(({ state }) =>
				usersList.tasks.some((t) => !t.check(state, answers[t.id]).met),
			);
			expect(failsSomewhere).toBe(true);
		}
	});

	it('refuses the answers the lesson used to state (one user, no MFA, no groups, no key)', () => {
		const oldText = {
			'user-count': '1',
			'users-without-mfa': '1',
			'iam-admin-groups': '0',
			'access-key-holder': 'iam-admin',
		};
		for (const { state } of variants) {
			expect(task(usersList, 'user-count').check(state, oldText['user-count']).met).toBe(false);
			expect(task(usersList, 'access-key-holder').check(state, oldText['access-key-holder']).met).toBe(false);
		}
	});

	it('says where to look and which way to count when a count is wrong, never what the list shows', () => {
		for (const { state, answers } of variants) {
			for (const id of ['user-count', 'users-without-mfa', 'iam-admin-groups']) {
				const truth = Number(answers[id]);
				const tooFew = task(usersList, id).check(state, String(truth + 1));
				const tooMany = truth > 0 ? task(usersList, id).check(state, String(truth - 1)) : undefined;
				expect(reasonOf(tooFew)).toMatch(/^Count again: the list shows fewer /);
				if (tooMany) expect(reasonOf(tooMany)).toMatch(/^Count again: the list shows more /);
				for (const status of [tooFew, tooMany]) {
					if (status) expect(reasonOf(status)).not.toMatch(new RegExp(`\\b${truth}\\b`));
				}
			}
		}
	});

	it('tells the learner counting the root user that it is not in the list', () => {
		const { state, answers } = variants[0]!;
		const counted = task(usersList, 'user-count').check(state, String(Number(answers['user-count']) + 1));
		expect(reasonOf(counted)).toContain('The root user is not an IAM user');
	});

	it('names the user typed, never the one who holds the key', () => {
		for (const { state, answers } of variants) {
			const holder = answers['access-key-holder']!;
			const wrong = task(usersList, 'access-key-holder').check(state, 'iam-admin');
			expect(reasonOf(wrong)).toContain(`iam-admin's Access key ID column shows "-": no key.`);
			expect(reasonOf(wrong)).not.toContain(holder);
			const unknown = task(usersList, 'access-key-holder').check(state, 'nobody');
			expect(reasonOf(unknown)).toContain('There is no user called "nobody"');
			expect(reasonOf(unknown)).not.toContain(holder);
			expect(task(usersList, 'access-key-holder').check(state, holder.toUpperCase()).met).toBe(true);
		}
	});

	it('refuses answers that are not counts', () => {
		const { state } = variants[0]!;
		expect(reasonOf(task(usersList, 'user-count').check(state, 'three'))).toMatch(/^Type the number in digits/);
		expect(reasonOf(task(usersList, 'user-count').check(state, ''))).toMatch(/^Type the number in digits/);
	});
});

describe('Secure your account: the account ID must be found in the console', () => {
	const lab = LABS['root-sign-in']!;
	const setup = LAB_SETUPS['root-sign-in']!;

	it('does not count the right account ID from a learner who has not signed in', () => {
		const state = setup.scenario(testContext());
		const status = task(lab, 'found-account-id').check(state, PRACTICE_ROOT.accountId);
		expect(status).toEqual({ met: false, reason: expect.stringContaining('Sign in first') as unknown });
	});

	it('counts it once the learner is in the console, where the account menu shows it', () => {
		const ctx = testContext();
		const { state } = setup.solve(setup.scenario(ctx), ctx);
		expect(task(lab, 'found-account-id').check(state, '1111-2222-3333')).toEqual({ met: true });
	});
});

describe('Multi-Factor Authentication (again): escalation counts however it is done', () => {
	const lab = LABS['iam-user-mfa']!;
	const setup: LabSetup = LAB_SETUPS['iam-user-mfa']!;
	const shown = task(lab, 'escalation-shown');
	const undone = task(lab, 'escalation-undone');
	const adminPolicy = JSON.stringify({
		Version: '2012-10-17',
		Statement: { Effect: 'Allow', Action: '*', Resource: '*' },
	});
	const serversPolicy = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: ['ec2:*', 'iam:*'], Resource: '*' }] });

	/** The lab's account, with iam-admin signed in as it starts, after `calls` made as iam-admin. */
	function asIamAdmin(calls: Parameters<typeof must>[1][]): { state: SimState; ctx: CallContext } {
		const ctx = testContext();
		const state = calls.reduce((current, call) => must(current, call, ctx), setup.scenario(ctx));
		expect(state.session?.principal).toEqual({ type: 'IAMUser', userName: 'iam-admin' });
		return { state, ctx };
	}

	const deleteProofUser = (state: SimState, ctx: CallContext): SimState => {
		const deleted = deleteUserAsConsoleDoes(state, { UserName: PROOF_USER }, ctx);
		if (!deleted.ok) throw new Error('could not delete the proof user');
		return deleted.state;
	};

	it('counts a user added to a group with AdministratorAccess, as the Create user wizard offers', () => {
		const { state, ctx } = asIamAdmin([
			{ op: 'CreateGroup', input: { GroupName: 'admins' } },
			{ op: 'AttachGroupPolicy', input: { GroupName: 'admins', PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			{ op: 'CreateUser', input: { UserName: PROOF_USER } },
			{ op: 'AddUserToGroup', input: { GroupName: 'admins', UserName: PROOF_USER } },
		]);
		expect(shown.check(state)).toEqual({ met: true });
		expect(reasonOf(undone.check(state))).toBe(
			`${PROOF_USER} still has more than IAM: AdministratorAccess (through the group admins). Delete the user, or remove it from the user's permissions or take the user out of that group.`,
		);
		const cleaned = deleteProofUser(state, ctx);
		expect(shown.check(cleaned)).toEqual({ met: true });
		expect(undone.check(cleaned)).toEqual({ met: true });
	});

	it('does not let iam-admin keep AdministratorAccess through a group after deleting the test user', () => {
		const { state, ctx } = asIamAdmin([
			{ op: 'CreateUser', input: { UserName: PROOF_USER } },
			{ op: 'AttachUserPolicy', input: { UserName: PROOF_USER, PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			{ op: 'CreateGroup', input: { GroupName: 'admins' } },
			{ op: 'AttachGroupPolicy', input: { GroupName: 'admins', PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			{ op: 'AddUserToGroup', input: { GroupName: 'admins', UserName: 'iam-admin' } },
		]);
		const cleaned = deleteProofUser(state, ctx);
		expect(reasonOf(undone.check(cleaned))).toMatch(
			/^iam-admin itself still has more than IAM: AdministratorAccess \(through the group admins\)\. Remove it from the user's permissions or take the user out of that group\.$/,
		);
	});

	it('counts an inline user policy that allows more than IAM, and does not count it undone while it is there', () => {
		const { state } = asIamAdmin([
			{ op: 'PutUserPolicy', input: { UserName: 'iam-admin', PolicyName: 'everything', PolicyDocument: adminPolicy } },
		]);
		expect(shown.check(state)).toEqual({ met: true });
		expect(reasonOf(undone.check(state))).toBe(
			"iam-admin itself still has more than IAM: the inline policy everything, which allows *. Remove it from the user's permissions.",
		);
		const removed = must(
			state,
			{ op: 'DeleteUserPolicy', input: { UserName: 'iam-admin', PolicyName: 'everything' } },
			testContext(),
		);
		expect(shown.check(removed)).toEqual({ met: true });
		expect(undone.check(removed)).toEqual({ met: true });
	});

	it('counts an inline group policy that allows more than IAM, for every member', () => {
		const { state, ctx } = asIamAdmin([
			{ op: 'CreateGroup', input: { GroupName: 'ops' } },
			{ op: 'PutGroupPolicy', input: { GroupName: 'ops', PolicyName: 'servers', PolicyDocument: serversPolicy } },
			{ op: 'CreateUser', input: { UserName: PROOF_USER } },
			{ op: 'AddUserToGroup', input: { GroupName: 'ops', UserName: PROOF_USER } },
		]);
		expect(shown.check(state)).toEqual({ met: true });
		expect(reasonOf(undone.check(state))).toContain(
			`${PROOF_USER} still has more than IAM: the inline policy servers (through the group ops), which allows ec2:*`,
		);
		expect(undone.check(deleteProofUser(state, ctx))).toEqual({ met: true });
	});

	it('counts a broad policy other than AdministratorAccess, and an IAM-only inline policy not at all', () => {
		const iamOnly = JSON.stringify({ Statement: { Effect: 'Allow', Action: 'iam:*', Resource: '*' } });
		const { state } = asIamAdmin([
			{ op: 'CreateUser', input: { UserName: PROOF_USER } },
			{ op: 'PutUserPolicy', input: { UserName: PROOF_USER, PolicyName: 'iam-only', PolicyDocument: iamOnly } },
		]);
		expect(shown.check(state)).toEqual({
			met: false,
			reason: 'iam-admin has not given anyone more than IAM yet.',
		});
		const power = must(
			state,
			{ op: 'AttachUserPolicy', input: { UserName: PROOF_USER, PolicyArn: POWER_USER_ACCESS.Arn } },
			testContext(),
		);
		expect(shown.check(power)).toEqual({ met: true });
		expect(reasonOf(undone.check(power))).toContain(`${PROOF_USER} still has more than IAM: PowerUserAccess`);
	});

	it('counts only what iam-admin did: the root user granting AdministratorAccess shows nothing', () => {
		const ctx = testContext();
		let state = must(setup.scenario(ctx), { op: 'ConsoleLogout', input: {} }, ctx);
		const rootDevice = Object.values(state.iam.mfaDevices).find((device) => device.enabledFor?.type === 'Root');
		const later = laterBy(ctx, 2);
		state = must(
			state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			later,
		);
		state = must(
			state,
			{ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(rootDevice!.Base32StringSeed, later.now) } },
			later,
		);
		state = must(state, { op: 'CreateUser', input: { UserName: PROOF_USER } }, later);
		state = must(
			state,
			{ op: 'AttachUserPolicy', input: { UserName: PROOF_USER, PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			later,
		);
		expect(state.session?.principal).toEqual({ type: 'Root' });
		expect(shown.check(state).met).toBe(false);
	});
});

describe('Billing alarm: the statistic and period the lesson teaches', () => {
	const lab = LABS['billing-alarm']!;
	const setup = LAB_SETUPS['billing-alarm']!;
	const twoAlarms = task(lab, 'two-billing-alarms');

	/** Billing alerts on, a topic, and alarms at $10 and $100 with the wizard's defaults changed by `change`. */
	function withAlarms(change: { Statistic?: AlarmStatistic; Period?: number }): SimState {
		const ctx = testContext();
		let state = must(
			setup.scenario(ctx),
			{ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } },
			ctx,
		);
		const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'billing-alerts' } }, ctx);
		state = topic.state;
		for (const threshold of [10, 100]) {
			const input = { ...billingAlarmInput(`over-${threshold}`, threshold, topic.output.TopicArn), ...change };
			state = must(state, { op: 'PutMetricAlarm', input }, ctx);
		}
		return state;
	}

	it('passes two alarms with Maximum over 6 hours, as the wizard suggests', () => {
		expect(twoAlarms.check(withAlarms({}))).toEqual({ met: true });
	});

	it('refuses alarms that use the Average statistic, and says why Maximum', () => {
		expect(reasonOf(twoAlarms.check(withAlarms({ Statistic: 'Average' })))).toBe(
			'The alarm "over-10" uses the Average statistic. The billing metric is a running total for the month, so the highest value in a period is the latest total: choose Maximum.',
		);
	});

	it('refuses alarms with 5-minute periods, and says why 6 hours', () => {
		expect(reasonOf(twoAlarms.check(withAlarms({ Period: 300 })))).toBe(
			'The alarm "over-10" looks at periods of 5 minutes. New billing figures arrive only a few times a day, so most such periods hold no figure at all: choose a period of 6 hours.',
		);
	});

	it('agrees with the what-if stories: every billing alarm in them uses Maximum over 6 hours', () => {
		const alarms = WHAT_IF_SCENARIOS.flatMap((scenario) =>
			scenario.variants.flatMap((variant) =>
				Object.values(variant.setup(testContext()).cloudwatch).flatMap((cloudwatch) =>
					Object.values(cloudwatch.alarms),
				),
			),
		);
		expect(alarms.length).toBeGreaterThan(0);
		for (const alarm of alarms) expect([alarm.Statistic, alarm.Period]).toEqual(['Maximum', 21_600]);
	});

	it('names the Sample count statistic as the console does', () => {
		expect(reasonOf(twoAlarms.check(withAlarms({ Statistic: 'SampleCount' })))).toContain(
			'uses the Sample count statistic',
		);
	});
});
