import { describe, expect, it } from 'vitest';
import {
	monthlyCostBudgetRequest,
	PRACTICE_ROOT,
	type CallContext,
	type CreateBudgetInput,
	type SimState,
} from '@/simulator';
import { buildRunbook, runbookMarkdown, RUNBOOK_LAB_IDS } from '@/lessons/runbook';
import { findLabSetup } from '@/lessons/setup-registry';
import { IAM_ADMIN_PASSWORD, IAM_ADMIN_FIRST_PASSWORD } from '@/lessons/scenarios';
import { billingAlarmInput } from '@/lessons/scenarios';
import { mustWithOutput, must } from '@/lessons/run';

function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return { now, randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256) };
}

function solvedAccounts(): Record<string, SimState> {
	return Object.fromEntries(
		RUNBOOK_LAB_IDS.map((id) => {
			const lab = findLabSetup(id)!;
			const ctx = testContext();
			return [id, lab.solve(lab.scenario(ctx), ctx).state];
		}),
	);
}

describe('the runbook', () => {
	it("lists the learner's own choices in course order, each with a real console link", () => {
		const steps = buildRunbook(solvedAccounts());
		expect(steps.map((s) => s.id)).toEqual([
			'root-sign-in',
			'root-mfa',
			'cost-budget',
			'billing-alerts',
			'billing-alarms',
			'confirm-subscription',
			'create-iam-user',
			'iam-user-sign-in',
			'iam-user-mfa',
			'recovery-details',
		]);
		for (const step of steps) expect(new URL(step.consoleUrl).hostname).toMatch(/console\.aws\.amazon\.com$/);
		const text = steps.flatMap((s) => s.details).join('\n');
		expect(text).toContain('Device name "root-phone"');
		expect(text).toContain(
			'Create budget → Use a template (simplified) → Zero spend budget → Budget name "My Zero-Spend Budget" → type your email address in Email recipients → Create budget.',
		);
		expect(text).toMatch(/greater than \$\d+, Region US East \(N\. Virginia\) \(us-east-1\)/);
		expect(text).toContain('User name "iam-admin"');
		expect(text).toContain('IAMFullAccess');
		expect(steps.find((s) => s.id === 'root-mfa')?.fromPractice).toBe(true);
		expect(steps.find((s) => s.id === 'cost-budget')?.fromPractice).toBe(true);
	});

	it('falls back to the course defaults when there is no practice account', () => {
		const steps = buildRunbook({});
		expect(steps).toHaveLength(10);
		expect(steps.find((s) => s.id === 'cost-budget')?.details[0]).toBe(
			'Create budget → Use a template (simplified) → Zero spend budget (or Monthly cost budget, with an amount) → type your email address in Email recipients → Create budget.',
		);
		expect(steps.every((s) => s.details.length > 0)).toBe(true);
		expect(steps.some((s) => s.fromPractice)).toBe(false);
	});

	it('warns when a practice alarm was created outside us-east-1', () => {
		const ctx = testContext();
		const lab = findLabSetup('billing-alarm')!;
		let state = must(lab.scenario(ctx), { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
		const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'alerts' }, region: 'eu-west-1' }, ctx);
		state = must(
			topic.state,
			{ op: 'PutMetricAlarm', input: billingAlarmInput('eu-alarm', 10, topic.output.TopicArn), region: 'eu-west-1' },
			ctx,
		);
		const text = buildRunbook({ 'billing-alarm': state })
			.flatMap((s) => s.details)
			.join('\n');
		expect(text).toContain('"eu-alarm" ended up in Europe (Ireland) (eu-west-1)');
	});

	it('puts the budget, the first guardrail, before the billing alarm', () => {
		const ids = buildRunbook({}).map((s) => s.id);
		expect(ids.indexOf('cost-budget')).toBe(ids.indexOf('root-mfa') + 1);
		expect(ids.indexOf('cost-budget')).toBeLessThan(ids.indexOf('billing-alerts'));
		expect(ids.indexOf('cost-budget')).toBeLessThan(ids.indexOf('billing-alarms'));
	});

	it("writes each practice budget as the console's template or customized steps, and warns about a silent one", () => {
		const ctx = testContext();
		const lab = findLabSetup('billing-alarm')!;
		let state = lab.scenario(ctx);
		const accountId = state.account.accountId;
		const email = [PRACTICE_ROOT.email];
		const create = (input: CreateBudgetInput) => (state = must(state, { op: 'CreateBudget', input }, ctx));
		create(monthlyCostBudgetRequest(accountId, { budgetName: 'Monthly 25', amount: '25', emailAddresses: email }));
		create({
			AccountId: accountId,
			Budget: {
				BudgetName: 'Own alerts',
				BudgetType: 'COST',
				TimeUnit: 'MONTHLY',
				BudgetLimit: { Amount: '40', Unit: 'USD' },
			},
			NotificationsWithSubscribers: [
				{
					Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80 },
					Subscribers: [{ SubscriptionType: 'EMAIL', Address: PRACTICE_ROOT.email }],
				},
				{
					Notification: { NotificationType: 'FORECASTED', ComparisonOperator: 'GREATER_THAN', Threshold: 100 },
					Subscribers: [{ SubscriptionType: 'EMAIL', Address: PRACTICE_ROOT.email }],
				},
			],
		});
		create({
			AccountId: accountId,
			Budget: {
				BudgetName: 'Quiet',
				BudgetType: 'COST',
				TimeUnit: 'MONTHLY',
				BudgetLimit: { Amount: '5', Unit: 'USD' },
			},
		});
		create({
			AccountId: accountId,
			Budget: {
				BudgetName: 'learner@example.com',
				BudgetType: 'COST',
				TimeUnit: 'MONTHLY',
				BudgetLimit: { Amount: '5', Unit: 'USD' },
			},
		});
		const step = buildRunbook({ 'billing-alarm': state }).find((s) => s.id === 'cost-budget')!;
		expect(step.fromPractice).toBe(true);
		expect(step.details).toEqual([
			'Create budget → Use a template (simplified) → Monthly cost budget → Budget name "Monthly 25" → Enter your budgeted amount ($) 25 → type your email address in Email recipients → Create budget.',
			'Create budget → Customize (advanced) → Budget name "Own alerts" → budgeted amount $40 a month → alerts at 80% of actual spend, 100% of forecasted spend, each with your email address → Create budget.',
			'No Region to choose and no subscription to confirm: the budget covers the whole account, and its alert email comes straight from AWS Budgets.',
			'In practice the budget "Quiet" emailed nobody; on your real account give every budget an alert with your email address.',
			'In practice one budget emailed nobody; on your real account give every budget an alert with your email address.',
		]);
	});

	it('contains no secret: no password, MFA seed, access key, account ID or email address', () => {
		const accounts = solvedAccounts();
		const markdown = runbookMarkdown(buildRunbook(accounts));
		const seeds = Object.values(accounts).flatMap((s) =>
			Object.values(s.iam.mfaDevices).map((d) => d.Base32StringSeed),
		);
		for (const secret of [
			PRACTICE_ROOT.password,
			PRACTICE_ROOT.email,
			PRACTICE_ROOT.accountId,
			IAM_ADMIN_PASSWORD,
			IAM_ADMIN_FIRST_PASSWORD,
			...seeds,
		]) {
			expect(markdown).not.toContain(secret);
		}
		expect(markdown).not.toMatch(/AKIA[0-9A-Z]{12,}/);
		expect(markdown).toMatch(/^# My AWS account security runbook/);
		expect(markdown).toMatch(
			/- \[ \] \*\*2\. Add MFA to the root user\*\* — \[Security credentials\]\(https:\/\/console\.aws\.amazon\.com\/iam\/home#\/security_credentials\)/,
		);
		expect(markdown).toContain(
			'- [ ] **3. Create a budget that emails you** — [Budgets in Billing and Cost Management](https://us-east-1.console.aws.amazon.com/costmanagement/home#/budgets)\n  - Create budget → Use a template (simplified) → Zero spend budget → Budget name "My Zero-Spend Budget"',
		);
		expect(markdown).toContain('- [ ] **4. Turn on billing alerts**');
	});
});
