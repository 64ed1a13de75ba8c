import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABS, findLab } from '@/lessons/registry';
import { LAB_SETUPS } from '@/lessons/setup-registry';
import { loadLab } from '@/components/lab/load-lab';
import type { CallContext } from '@/simulator';

/** A fixed clock and counter-based bytes: labs must be deterministic given their context. */
function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return {
		now,
		randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256),
	};
}

const lessonsDir = join(process.cwd(), 'src/content/lessons');
const quizzesDir = join(process.cwd(), 'src/content/quizzes');
const frontmatterOf = (file: string) => readFileSync(join(lessonsDir, file), 'utf8').split('---')[1] ?? '';
const lessonFiles = readdirSync(lessonsDir).filter((file) => file.endsWith('.mdx'));
const namedLabs = lessonFiles.flatMap((file) => /^lab:\s*(\S+)/m.exec(frontmatterOf(file))?.[1] ?? []);
const namedQuizzes = lessonFiles.flatMap((file) => /^quiz:\s*(\S+)/m.exec(frontmatterOf(file))?.[1] ?? []);

describe.each(Object.values(LABS))('lab $id', (lab) => {
	const setup = LAB_SETUPS[lab.id]!;

	it('is what a lesson page loads for its id', async () => {
		expect(await loadLab(lab.id)).toBe(lab);
	});

	it('starts with no task met', () => {
		const state = setup.scenario(testContext());
		for (const task of lab.tasks) {
			const status = task.check(state);
			expect(status.met, `${task.id} is met in the untouched scenario`).toBe(false);
			if (!status.met) expect(status.reason.length).toBeGreaterThan(10);
		}
	});

	it('meets every task with its reference solution', () => {
		const ctx = testContext();
		const { state, answers } = setup.solve(setup.scenario(ctx), ctx);
		for (const task of lab.tasks) {
			expect(task.check(state, answers[task.id]), task.id).toEqual({ met: true });
		}
	});

	it('has stable, unique task ids, three hints per task and written solution steps', () => {
		const ids = lab.tasks.map((task) => task.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		for (const task of lab.tasks) expect(task.hints.every((hint) => hint.length > 20)).toBe(true);
		expect(lab.solutionSteps.length).toBeGreaterThan(0);
	});

	it('refuses wrong answers to its questions', () => {
		const ctx = testContext();
		const { state } = setup.solve(setup.scenario(ctx), ctx);
		for (const task of lab.tasks.filter((t) => t.question)) {
			expect(task.check(state, 'definitely not the answer').met, task.id).toBe(false);
			expect(task.check(state, '').met, task.id).toBe(false);
		}
	});
});

describe('lesson references', () => {
	it('every lab a lesson names exists', () => {
		for (const id of namedLabs) expect(findLab(id), id).toBeDefined();
	});

	it('every lab is used by a lesson', () => {
		expect(Object.keys(LABS).sort()).toEqual([...namedLabs].sort());
	});

	it('every quiz a lesson names exists', () => {
		const quizzes = readdirSync(quizzesDir).map((file) => file.replace(/\.json$/, ''));
		for (const id of namedQuizzes) expect(quizzes, id).toContain(id);
	});

	it('finds no lab for unknown or inherited names', () => {
		expect(findLab('no-such-lab')).toBeUndefined();
		expect(findLab('toString')).toBeUndefined();
	});
});

describe('specific reasons', () => {
	it('says the alarm is in the wrong region when it was created outside us-east-1', async () => {
		const { billingAlarmLab } = await import('@/lessons/labs/billing-alarm');
		const { billingAlarmSetup } = await import('@/lessons/setups/billing-alarm');
		const { must, mustWithOutput } = await import('@/lessons/run');
		const { billingAlarmInput } = await import('@/lessons/scenarios');
		const ctx = testContext();
		let state = billingAlarmSetup.scenario(ctx);
		state = must(state, { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
		const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'alerts' }, region: 'eu-west-1' }, ctx);
		const result = mustWithOutput(
			topic.state,
			{ op: 'PutMetricAlarm', input: billingAlarmInput('eu-alarm', 10, topic.output.TopicArn), region: 'eu-west-1' },
			ctx,
		);
		const status = billingAlarmLab.tasks.find((t) => t.id === 'two-billing-alarms')!.check(result.state);
		expect(status).toEqual({
			met: false,
			reason: expect.stringContaining('Billing metrics exist only in US East (N. Virginia)'),
		});
	});

	it('says the subscription is pending until it is confirmed', async () => {
		const { billingAlarmLab } = await import('@/lessons/labs/billing-alarm');
		const { billingAlarmSetup } = await import('@/lessons/setups/billing-alarm');
		const { must, mustWithOutput } = await import('@/lessons/run');
		const { billingAlarmInput } = await import('@/lessons/scenarios');
		const ctx = testContext();
		let state = must(
			billingAlarmSetup.scenario(ctx),
			{ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } },
			ctx,
		);
		const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'alerts' } }, ctx);
		state = must(
			topic.state,
			{ op: 'Subscribe', input: { TopicArn: topic.output.TopicArn, Protocol: 'email', Endpoint: 'me@example.com' } },
			ctx,
		);
		state = must(state, { op: 'PutMetricAlarm', input: billingAlarmInput('low', 10, topic.output.TopicArn) }, ctx);
		const status = billingAlarmLab.tasks.find((t) => t.id === 'subscription-confirmed')!.check(state);
		expect(status).toEqual({
			met: false,
			reason: expect.stringContaining('still pending confirmation: open the Inbox'),
		});
	});

	it('says what the budget lacks: alerts, or an email recipient', async () => {
		const { billingAlarmLab } = await import('@/lessons/labs/billing-alarm');
		const { billingAlarmSetup } = await import('@/lessons/setups/billing-alarm');
		const { must } = await import('@/lessons/run');
		const ctx = testContext();
		const task = billingAlarmLab.tasks.find((t) => t.id === 'cost-budget-with-email')!;
		const start = billingAlarmSetup.scenario(ctx);
		const account = start.account.accountId;
		const budget = {
			BudgetName: 'silent',
			BudgetType: 'COST',
			TimeUnit: 'MONTHLY',
			BudgetLimit: { Amount: '10', Unit: 'USD' },
		} as const;
		const silent = must(start, { op: 'CreateBudget', input: { AccountId: account, Budget: budget } }, ctx);
		expect(task.check(silent)).toEqual({
			met: false,
			reason: expect.stringContaining('The budget "silent" has no alerts'),
		});
		const topic = must(silent, { op: 'CreateTopic', input: { Name: 'alerts' } }, ctx);
		const snsOnly = must(
			must(topic, { op: 'DeleteBudget', input: { AccountId: account, BudgetName: 'silent' } }, ctx),
			{
				op: 'CreateBudget',
				input: {
					AccountId: account,
					Budget: { ...budget, BudgetName: 'topic-only' },
					NotificationsWithSubscribers: [
						{
							Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80 },
							Subscribers: [{ SubscriptionType: 'SNS', Address: `arn:aws:sns:us-east-1:${account}:alerts` }],
						},
					],
				},
			},
			ctx,
		);
		expect(task.check(snsOnly)).toEqual({
			met: false,
			reason: expect.stringContaining('The alerts of "topic-only" go only to an SNS topic'),
		});
	});

	it('names a policy broader than IAM on iam-admin', async () => {
		const { createIamUserLab } = await import('@/lessons/labs/create-iam-user');
		const { createIamUserSetup } = await import('@/lessons/setups/create-iam-user');
		const { must } = await import('@/lessons/run');
		const { ADMINISTRATOR_ACCESS } = await import('@/simulator');
		const ctx = testContext();
		const { state } = createIamUserSetup.solve(createIamUserSetup.scenario(ctx), ctx);
		const broader = must(
			state,
			{ op: 'AttachUserPolicy', input: { UserName: 'iam-admin', PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			ctx,
		);
		const status = createIamUserLab.tasks.find((t) => t.id === 'nothing-broader')!.check(broader);
		expect(status).toEqual({ met: false, reason: expect.stringContaining('AdministratorAccess') });
	});
});

describe('lab modules', () => {
	it('are named after their lab id, so the lesson page can load just its own lab', () => {
		const files = readdirSync(join(process.cwd(), 'src/lessons/labs')).map((file) => file.replace(/\.ts$/, ''));
		expect(files.sort()).toEqual(Object.keys(LABS).sort());
	});

	it('have a setup each, named after the lab id, so applying a solution loads just that lab’s operations', () => {
		const files = readdirSync(join(process.cwd(), 'src/lessons/setups')).map((file) => file.replace(/\.ts$/, ''));
		expect(files.sort()).toEqual(Object.keys(LAB_SETUPS).sort());
		for (const id of Object.keys(LABS)) expect(LAB_SETUPS[id]?.labId, id).toBe(id);
	});
});
