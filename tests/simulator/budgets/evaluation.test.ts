import { describe, expect, it } from 'vitest';
import { monthlyCostBudgetRequest, zeroSpendBudgetRequest, type ApiCall } from '@/simulator';
import { given, type Given } from '../../support/given.ts';
import { ACCT, actualAlert, ALERTS, advanceHours, budgetAlerts, budgetRequest } from './support.ts';

const HOUR = 3_600_000;

function notificationStates(g: Given, name: string): string[] {
	return (g.state.budgets[name]?.notifications ?? []).map(
		(n) => `${n.NotificationType} ${n.Threshold} ${n.NotificationState}`,
	);
}

describe('budget evaluation on the billing clock', () => {
	it('alerts every email subscriber at the first refresh after spend passes $0.01, from AWS Budgets', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateBudget', input: zeroSpendBudgetRequest(ACCT, { emailAddresses: [ALERTS, 'me@example.org'] }) });
		expect(g.state.billing.nextBudgetUpdateAt).toBe(g.state.billing.clock + 8 * HOUR);
		advanceHours(g, 7);
		expect(budgetAlerts(g)).toHaveLength(0);
		advanceHours(g, 1);
		const alerts = budgetAlerts(g);
		expect(alerts.map((m) => m.to)).toEqual([ALERTS, 'me@example.org']);
		expect(alerts[0]).toMatchObject({
			from: 'AWS Budgets <budgets@costalerts.amazonaws.com>',
			subject: 'AWS Budgets: My Zero-Spend Budget has exceeded your alert threshold',
		});
		// $4.20 at the start plus 8 hours at $0.06.
		expect(alerts[0]?.body).toContain('Alert Threshold: > $0.01');
		expect(alerts[0]?.body).toContain('ACTUAL Amount: $4.68');
		expect(alerts[0]?.body).toContain('It does not stop, change or delete any of your resources');
		expect(notificationStates(g, 'My Zero-Spend Budget')).toEqual(['ACTUAL 0.01 ALARM']);
	});

	it('alerts once per period, then again in the next period after the state resets', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateBudget', input: zeroSpendBudgetRequest(ACCT, { emailAddresses: [ALERTS] }) });
		advanceHours(g, 24 * 20);
		expect(budgetAlerts(g)).toHaveLength(1);
		// Into February: the period starts again with no spend, and the notification is OK again.
		advanceHours(g, 24 * 11);
		expect(new Date(g.state.billing.clock).getUTCMonth()).toBe(1);
		expect(g.state.budgets['My Zero-Spend Budget']?.periodStart).toBe(Date.UTC(2025, 1, 1));
		expect(budgetAlerts(g)).toHaveLength(1);
		// The next refresh sees February's first charges.
		advanceHours(g, 8);
		expect(budgetAlerts(g)).toHaveLength(2);
		advanceHours(g, 24 * 5);
		expect(budgetAlerts(g)).toHaveLength(2);
	});

	it('resets notification states exactly at the start of the new period', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateBudget', input: zeroSpendBudgetRequest(ACCT, { emailAddresses: [ALERTS] }) });
		advanceHours(g, 24 * 31 - 1);
		expect(notificationStates(g, 'My Zero-Spend Budget')).toEqual(['ACTUAL 0.01 ALARM']);
		advanceHours(g, 1);
		expect(g.state.billing.clock).toBe(Date.UTC(2025, 1, 1));
		expect(notificationStates(g, 'My Zero-Spend Budget')).toEqual(['ACTUAL 0.01 OK']);
		expect(g.state.budgets['My Zero-Spend Budget']?.periodSpendUsd).toBe(0);
	});

	it('alerts on forecasted spend before actual spend crosses, then on actual spend', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 0.2 } });
		// $4.20 now; 0.2/h for 744 hours forecasts about $153 by the month's end.
		g.ok({ op: 'CreateBudget', input: monthlyCostBudgetRequest(ACCT, { amount: '100', emailAddresses: [ALERTS] }) });
		advanceHours(g, 8);
		expect(budgetAlerts(g).map((m) => m.subject)).toEqual([
			'AWS Budgets: My Monthly Cost Budget is forecasted to exceed your alert threshold',
		]);
		expect(notificationStates(g, 'My Monthly Cost Budget')).toEqual([
			'ACTUAL 85 OK',
			'ACTUAL 100 OK',
			'FORECASTED 100 ALARM',
		]);
		// Actual spend passes $85 after about 404 hours.
		advanceHours(g, 400);
		expect(budgetAlerts(g)).toHaveLength(2);
		expect(budgetAlerts(g)[1]?.body).toContain('Alert Threshold: > 85% ($85.00)');
		expect(notificationStates(g, 'My Monthly Cost Budget')).toEqual([
			'ACTUAL 85 ALARM',
			'ACTUAL 100 OK',
			'FORECASTED 100 ALARM',
		]);
	});

	it('sends the alert to a confirmed SNS subscription through the topic', () => {
		const g = given().rootSignedIn();
		const { TopicArn } = g.ok<{ TopicArn: string }>({ op: 'CreateTopic', input: { Name: 'budget-alerts' } });
		g.ok({ op: 'Subscribe', input: { TopicArn, Protocol: 'email', Endpoint: 'team@example.com' } });
		const link = g.state.mailbox.find((m) => m.link)?.link;
		if (!link) throw new Error('no confirmation link');
		g.ok({ op: 'ConfirmSubscription', input: { TopicArn, Token: link.Token } });
		g.ok(
			budgetRequest('team', '1', [
				{
					Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 100 },
					Subscribers: [{ SubscriptionType: 'SNS', Address: TopicArn }],
				},
			]),
		);
		advanceHours(g, 8);
		const alerts = budgetAlerts(g);
		expect(alerts.map((m) => [m.to, m.from, m.subject])).toEqual([
			[
				'team@example.com',
				'AWS Notifications <no-reply@sns.amazonaws.com>',
				'AWS Budgets: team has exceeded your alert threshold',
			],
		]);
		expect(alerts[0]?.body).toContain('unsubscribe');
	});

	it('keeps refreshing only while budgets exist', () => {
		const g = given().rootSignedIn();
		g.ok(budgetRequest('team', '10', [actualAlert(80)]));
		advanceHours(g, 8);
		g.ok({ op: 'DeleteBudget', input: { AccountId: ACCT, BudgetName: 'team' } });
		advanceHours(g, 8);
		expect(g.state.billing.nextBudgetUpdateAt).toBeUndefined();
	});

	it('counts a daily budget from midnight UTC and starts again each day', () => {
		const g = given().rootSignedIn();
		advanceHours(g, 6);
		g.ok({
			op: 'CreateBudget',
			input: {
				AccountId: ACCT,
				Budget: {
					BudgetName: 'daily',
					BudgetType: 'COST',
					TimeUnit: 'DAILY',
					BudgetLimit: { Amount: '1', Unit: 'USD' },
				},
				NotificationsWithSubscribers: [actualAlert(100)],
			},
		});
		// 6 hours at $0.06 since midnight.
		expect(g.state.budgets['daily']?.periodSpendUsd).toBe(0.36);
		// $1 is reached at 16:40; the 22:00 refresh alerts.
		advanceHours(g, 18);
		expect(budgetAlerts(g)).toHaveLength(1);
		expect(g.state.budgets['daily']?.periodStart).toBe(Date.UTC(2025, 0, 2));
		expect(g.state.budgets['daily']?.periodSpendUsd).toBe(0);
		// Once more on 2 January and once on 3 January.
		advanceHours(g, 48);
		expect(budgetAlerts(g)).toHaveLength(3);
	});

	it('moves a month with many daily budgets in a bounded number of steps', () => {
		const g = given().rootSignedIn();
		for (let i = 0; i < 20; i++) {
			g.ok({
				op: 'CreateBudget',
				input: {
					AccountId: ACCT,
					Budget: {
						BudgetName: `d${i}`,
						BudgetType: 'COST',
						TimeUnit: 'DAILY',
						BudgetLimit: { Amount: '1', Unit: 'USD' },
					},
				},
			});
		}
		const started = performance.now();
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: 744 } } satisfies ApiCall);
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(g.state.budgets['d0']?.periodStart).toBe(Date.UTC(2025, 1, 1));
	});

	it('lets real time between calls move budget spend as well', () => {
		const g = given().rootSignedIn();
		g.ok(budgetRequest('team', '10'));
		g.ctx.advance(HOUR);
		g.ok({ op: 'DescribeBudgets', input: { AccountId: ACCT } });
		expect(g.state.budgets['team']?.periodSpendUsd).toBe(4.26);
		expect(g.state.billing.monthToDateUsd).toBe(4.26);
	});
});
