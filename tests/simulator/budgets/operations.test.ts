import { describe, expect, it } from 'vitest';
import {
	monthlyCostBudgetRequest,
	zeroSpendBudgetRequest,
	ZERO_SPEND_BUDGET_NAME,
	type ApiCall,
	type BudgetView,
} from '@/simulator';
import { given, type Given } from '../../support/given.ts';
import { ACCT, actualAlert, ALERTS, budgetRequest } from './support.ts';

const TOPIC = `arn:aws:sns:us-east-1:${ACCT}:budget-alerts`;

function describeBudget(g: Given, name: string): BudgetView {
	return g.ok<{ Budget: BudgetView }>({ op: 'DescribeBudget', input: { AccountId: ACCT, BudgetName: name } }).Budget;
}

describe('CreateBudget and DescribeBudgets', () => {
	it('lists a budget as the CLI shows it: limit, type, time unit, calculated spend, period and update time', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateBudget', input: zeroSpendBudgetRequest(ACCT, { emailAddresses: [ALERTS] }) });
		const out = g.ok<{ Budgets: BudgetView[] }>({ op: 'DescribeBudgets', input: { AccountId: ACCT } });
		expect(out.Budgets).toEqual([
			{
				BudgetName: 'My Zero-Spend Budget',
				BudgetLimit: { Amount: '1.0', Unit: 'USD' },
				TimeUnit: 'MONTHLY',
				TimePeriod: { Start: Date.UTC(2025, 0, 1), End: Date.UTC(2087, 5, 15) },
				// Month-to-date charges of the fresh account, and the spend rate (0.06/h) to 1 February.
				CalculatedSpend: {
					ActualSpend: { Amount: '4.2', Unit: 'USD' },
					ForecastedSpend: { Amount: '48.84', Unit: 'USD' },
				},
				BudgetType: 'COST',
				LastUpdatedTime: g.state.billing.clock,
			},
		]);
	});

	it('creates the zero spend template as AWS does: $1.00 monthly, one ACTUAL alert above $0.01', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateBudget', input: zeroSpendBudgetRequest(ACCT, { emailAddresses: [ALERTS, 'me@example.org'] }) });
		const notifications = g.ok({
			op: 'DescribeNotificationsForBudget',
			input: { AccountId: ACCT, BudgetName: ZERO_SPEND_BUDGET_NAME },
		});
		expect(notifications).toEqual({
			Notifications: [
				{
					NotificationType: 'ACTUAL',
					ComparisonOperator: 'GREATER_THAN',
					Threshold: 0.01,
					ThresholdType: 'ABSOLUTE_VALUE',
					NotificationState: 'OK',
				},
			],
		});
		const subscribers = g.ok({
			op: 'DescribeSubscribersForNotification',
			input: {
				AccountId: ACCT,
				BudgetName: ZERO_SPEND_BUDGET_NAME,
				Notification: {
					NotificationType: 'ACTUAL',
					ComparisonOperator: 'GREATER_THAN',
					Threshold: 0.01,
					ThresholdType: 'ABSOLUTE_VALUE',
				},
			},
		});
		expect(subscribers).toEqual({
			Subscribers: [
				{ SubscriptionType: 'EMAIL', Address: ALERTS },
				{ SubscriptionType: 'EMAIL', Address: 'me@example.org' },
			],
		});
	});

	it('creates the monthly cost template with alerts at 85% and 100% actual and 100% forecasted', () => {
		const g = given().rootSignedIn();
		const request = monthlyCostBudgetRequest(ACCT, { amount: '25', emailAddresses: [ALERTS] });
		g.ok({ op: 'CreateBudget', input: request });
		const out = g.ok<{ Notifications: { NotificationType: string; Threshold: number; ThresholdType: string }[] }>({
			op: 'DescribeNotificationsForBudget',
			input: { AccountId: ACCT, BudgetName: 'My Monthly Cost Budget' },
		});
		expect(out.Notifications.map((n) => `${n.NotificationType} ${n.Threshold} ${n.ThresholdType}`)).toEqual([
			'ACTUAL 85 PERCENTAGE',
			'ACTUAL 100 PERCENTAGE',
			'FORECASTED 100 PERCENTAGE',
		]);
		expect(describeBudget(g, 'My Monthly Cost Budget').BudgetLimit).toEqual({ Amount: '25', Unit: 'USD' });
	});

	it('records budget calls in the trail as global AWS Budgets events', () => {
		const g = given().rootSignedIn();
		g.ok(budgetRequest('team', '10'));
		const record = g.state.trail.at(-1);
		expect(record).toMatchObject({
			eventName: 'CreateBudget',
			eventSource: 'budgets.amazonaws.com',
			awsRegion: 'us-east-1',
		});
	});

	it('lists budgets sorted by name and honours MaxResults', () => {
		const g = given().rootSignedIn();
		for (const name of ['b', 'a', 'c']) g.ok(budgetRequest(name));
		const all = g.ok<{ Budgets: BudgetView[] }>({ op: 'DescribeBudgets', input: { AccountId: ACCT } });
		expect(all.Budgets.map((b) => b.BudgetName)).toEqual(['a', 'b', 'c']);
		const two = g.ok<{ Budgets: BudgetView[] }>({ op: 'DescribeBudgets', input: { AccountId: ACCT, MaxResults: 2 } });
		expect(two.Budgets.map((b) => b.BudgetName)).toEqual(['a', 'b']);
	});
});

describe('UpdateBudget, DeleteBudget, notifications and subscribers', () => {
	it('updates the amount and keeps the notifications', () => {
		const g = given().rootSignedIn();
		g.ok(budgetRequest('team', '10', [actualAlert(80)]));
		g.ok({
			op: 'UpdateBudget',
			input: {
				AccountId: ACCT,
				NewBudget: {
					BudgetName: 'team',
					BudgetType: 'COST',
					TimeUnit: 'MONTHLY',
					BudgetLimit: { Amount: '50', Unit: 'USD' },
				},
			},
		});
		expect(describeBudget(g, 'team').BudgetLimit.Amount).toBe('50');
		expect(g.state.budgets['team']?.notifications).toHaveLength(1);
	});

	it('deletes a budget with its notifications', () => {
		const g = given().rootSignedIn();
		g.ok(budgetRequest('team', '10', [actualAlert(80)]));
		g.ok({ op: 'DeleteBudget', input: { AccountId: ACCT, BudgetName: 'team' } });
		expect(g.state.budgets).toEqual({});
	});

	it('adds and removes notifications and subscribers; removing the last subscriber removes the notification', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'CreateTopic', input: { Name: 'budget-alerts' } });
		g.ok(budgetRequest('team', '10'));
		const notification = {
			NotificationType: 'FORECASTED',
			ComparisonOperator: 'GREATER_THAN',
			Threshold: 100,
		} as const;
		g.ok({
			op: 'CreateNotification',
			input: {
				AccountId: ACCT,
				BudgetName: 'team',
				Notification: notification,
				Subscribers: [{ SubscriptionType: 'EMAIL', Address: ALERTS }],
			},
		});
		g.ok({
			op: 'CreateSubscriber',
			input: {
				AccountId: ACCT,
				BudgetName: 'team',
				Notification: notification,
				Subscriber: { SubscriptionType: 'SNS', Address: TOPIC },
			},
		});
		expect(g.state.budgets['team']?.notifications[0]?.subscribers).toEqual([
			{ SubscriptionType: 'EMAIL', Address: ALERTS },
			{ SubscriptionType: 'SNS', Address: TOPIC },
		]);
		// ThresholdType defaults to PERCENTAGE, so the notification is found without it.
		for (const subscriber of [
			{ SubscriptionType: 'EMAIL', Address: ALERTS },
			{ SubscriptionType: 'SNS', Address: TOPIC },
		] as const) {
			g.ok({
				op: 'DeleteSubscriber',
				input: { AccountId: ACCT, BudgetName: 'team', Notification: notification, Subscriber: subscriber },
			});
		}
		expect(g.state.budgets['team']?.notifications).toEqual([]);
		g.ok({
			op: 'CreateNotification',
			input: {
				AccountId: ACCT,
				BudgetName: 'team',
				Notification: notification,
				Subscribers: [{ SubscriptionType: 'EMAIL', Address: ALERTS }],
			},
		});
		g.ok({ op: 'DeleteNotification', input: { AccountId: ACCT, BudgetName: 'team', Notification: notification } });
		expect(g.state.budgets['team']?.notifications).toEqual([]);
	});
});

type Case = readonly [name: string, arrange: (g: Given) => ApiCall, code: string, message: string];

const NOTIFICATION = {
	NotificationType: 'ACTUAL',
	ComparisonOperator: 'GREATER_THAN',
	Threshold: 80,
	ThresholdType: 'PERCENTAGE',
} as const;

const withTeam = (g: Given): Given => (g.ok(budgetRequest('team', '10', [actualAlert(80)])), g);

const emails = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ SubscriptionType: 'EMAIL' as const, Address: `a${i}@example.com` }));

const cases: readonly Case[] = [
	[
		'CreateBudget: a colon in the name',
		() => budgetRequest('team:dev'),
		'InvalidParameterException',
		"1 validation error detected: Value 'team:dev' at 'budget.budgetName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?![^:\\\\]*/action/|(?i).*<script>.*</script>.*)[^:\\\\]+$",
	],
	[
		'CreateBudget: a name longer than 100 characters',
		() => budgetRequest('b'.repeat(101)),
		'InvalidParameterException',
		`1 validation error detected: Value '${'b'.repeat(99)}…' at 'budget.budgetName' failed to satisfy constraint: Member must have length less than or equal to 100`,
	],
	[
		'CreateBudget: an empty name',
		() => budgetRequest(''),
		'InvalidParameterException',
		"1 validation error detected: Value '' at 'budget.budgetName' failed to satisfy constraint: Member must have length greater than or equal to 1",
	],
	[
		'CreateBudget: the name is taken',
		(g) => (g.ok(budgetRequest('team')), budgetRequest('team')),
		'DuplicateRecordException',
		'Error creating budget: team - the budget already exists.',
	],
	[
		'CreateBudget: an amount that is not a decimal number',
		() => budgetRequest('team', 'NaN'),
		'InvalidParameterException',
		"1 validation error detected: Value 'NaN' at 'budget.budgetLimit.amount' failed to satisfy constraint: Member must satisfy regular expression pattern: ([0-9]*\\.)?[0-9]+",
	],
	[
		'CreateBudget: a negative amount',
		() => budgetRequest('team', '-5'),
		'InvalidParameterException',
		"1 validation error detected: Value '-5' at 'budget.budgetLimit.amount' failed to satisfy constraint: Member must satisfy regular expression pattern: ([0-9]*\\.)?[0-9]+",
	],
	[
		'CreateBudget: a zero amount',
		() => budgetRequest('team', '0.00'),
		'InvalidParameterException',
		'The budget amount must be greater than 0.',
	],
	[
		'CreateBudget: no budget limit',
		() => ({
			op: 'CreateBudget',
			input: { AccountId: ACCT, Budget: { BudgetName: 'team', BudgetType: 'COST', TimeUnit: 'MONTHLY' } as never },
		}),
		'InvalidParameterException',
		'Unable to create/update budget - please provide one of the followings: Budget Limit/ Planned Budget Limit/ Auto Adjust Data',
	],
	[
		'CreateBudget: a unit other than USD',
		() => ({
			op: 'CreateBudget',
			input: {
				AccountId: ACCT,
				Budget: {
					BudgetName: 'team',
					BudgetType: 'COST',
					TimeUnit: 'MONTHLY',
					BudgetLimit: { Amount: '5', Unit: 'EUR' as never },
				},
			},
		}),
		'InvalidParameterException',
		'The budget unit EUR is not valid for a cost budget. Use USD.',
	],
	[
		'CreateBudget: an unknown time unit',
		() => ({
			op: 'CreateBudget',
			input: {
				AccountId: ACCT,
				Budget: {
					BudgetName: 'team',
					BudgetType: 'COST',
					TimeUnit: 'WEEKLY' as never,
					BudgetLimit: { Amount: '5', Unit: 'USD' },
				},
			},
		}),
		'InvalidParameterException',
		"1 validation error detected: Value 'WEEKLY' at 'budget.timeUnit' failed to satisfy constraint: Member must satisfy enum value set: [DAILY, MONTHLY, QUARTERLY, ANNUALLY]",
	],
	[
		'CreateBudget: a usage budget',
		() => ({
			op: 'CreateBudget',
			input: {
				AccountId: ACCT,
				Budget: {
					BudgetName: 'team',
					BudgetType: 'USAGE' as never,
					TimeUnit: 'MONTHLY',
					BudgetLimit: { Amount: '5', Unit: 'USD' },
				},
			},
		}),
		'InvalidParameterException',
		'The budget type USAGE is not available in this practice account. Use COST.',
	],
	[
		'CreateBudget: a malformed account ID',
		() =>
			({
				...budgetRequest('team'),
				input: { ...(budgetRequest('team').input as object), AccountId: '1234' },
			}) as ApiCall,
		'InvalidParameterException',
		"1 validation error detected: Value '1234' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d{12}",
	],
	[
		"CreateBudget: another account's ID",
		() =>
			({
				...budgetRequest('team'),
				input: { ...(budgetRequest('team').input as object), AccountId: '999999999999' },
			}) as ApiCall,
		'AccessDenied',
		`User: arn:aws:iam::${ACCT}:root is not authorized to perform: budgets:ModifyBudget on resource: arn:aws:budgets::999999999999:budget/* because the account 999999999999 is not this account`,
	],
	[
		'CreateBudget: a NaN threshold',
		() =>
			budgetRequest('team', '10', [{ ...actualAlert(80), Notification: { ...NOTIFICATION, Threshold: Number.NaN } }]),
		'InvalidParameterException',
		"1 validation error detected: Value 'NaN' at 'notificationsWithSubscribers.1.member.notification.threshold' failed to satisfy constraint: Member must not be null",
	],
	[
		'CreateBudget: a negative threshold',
		() => budgetRequest('team', '10', [actualAlert(-1)]),
		'InvalidParameterException',
		"1 validation error detected: Value '-1' at 'notificationsWithSubscribers.1.member.notification.threshold' failed to satisfy constraint: Member must have value greater than or equal to 0",
	],
	[
		'CreateBudget: a percentage threshold above 1,000,000%',
		() => budgetRequest('team', '10', [actualAlert(1_000_001)]),
		'InvalidParameterException',
		'The threshold can be at most 1,000,000% of the budgeted amount.',
	],
	[
		'CreateBudget: an invalid email address',
		() => budgetRequest('team', '10', [actualAlert(80, 'not-an-address')]),
		'InvalidParameterException',
		'The email address not-an-address is not valid.',
	],
	[
		'CreateBudget: an SNS topic that does not exist',
		() =>
			budgetRequest('team', '10', [
				{ Notification: NOTIFICATION, Subscribers: [{ SubscriptionType: 'SNS', Address: TOPIC }] },
			]),
		'InvalidParameterException',
		`The SNS topic ${TOPIC} does not exist in this account.`,
	],
	[
		'CreateBudget: two SNS subscribers on one notification',
		(g) => (
			g.ok({ op: 'CreateTopic', input: { Name: 'budget-alerts' } }),
			g.ok({ op: 'CreateTopic', input: { Name: 'other' } }),
			budgetRequest('team', '10', [
				{
					Notification: NOTIFICATION,
					Subscribers: [
						{ SubscriptionType: 'SNS', Address: TOPIC },
						{ SubscriptionType: 'SNS', Address: `arn:aws:sns:us-east-1:${ACCT}:other` },
					],
				},
			])
		),
		'CreationLimitExceededException',
		'one notification can only have 1 subscribers with type of SNS',
	],
	[
		'CreateBudget: eleven email subscribers on one notification',
		() => budgetRequest('team', '10', [{ Notification: NOTIFICATION, Subscribers: emails(11) }]),
		'CreationLimitExceededException',
		'one notification can only have 10 subscribers with type of EMAIL',
	],
	[
		'CreateBudget: six notifications',
		() =>
			budgetRequest(
				'team',
				'10',
				[10, 20, 30, 40, 50, 60].map((t) => actualAlert(t)),
			),
		'CreationLimitExceededException',
		'one budget can only have 5 notifications',
	],
	[
		'CreateBudget: the same notification twice',
		() => budgetRequest('team', '10', [actualAlert(80), actualAlert(80)]),
		'DuplicateRecordException',
		'Error creating notification: ACTUAL GREATER_THAN 80 PERCENTAGE - the notification already exists.',
	],
	[
		'CreateBudget: the same subscriber twice',
		() => budgetRequest('team', '10', [{ Notification: NOTIFICATION, Subscribers: [...emails(1), ...emails(1)] }]),
		'DuplicateRecordException',
		'Error creating subscriber: a0@example.com - the subscriber already exists.',
	],
	[
		'DescribeBudget: no such budget',
		() => ({ op: 'DescribeBudget', input: { AccountId: ACCT, BudgetName: 'ghost' } }),
		'NotFoundException',
		"Unable to get budget: ghost - the budget doesn't exist.",
	],
	[
		'UpdateBudget: no such budget',
		() => ({
			op: 'UpdateBudget',
			input: {
				AccountId: ACCT,
				NewBudget: {
					BudgetName: 'ghost',
					BudgetType: 'COST',
					TimeUnit: 'MONTHLY',
					BudgetLimit: { Amount: '5', Unit: 'USD' },
				},
			},
		}),
		'NotFoundException',
		"Unable to get budget: ghost - the budget doesn't exist.",
	],
	[
		'DeleteBudget: no such budget',
		() => ({ op: 'DeleteBudget', input: { AccountId: ACCT, BudgetName: 'ghost' } }),
		'NotFoundException',
		"Unable to delete budget: ghost - the budget doesn't exist. Try creating it first.",
	],
	[
		'DescribeBudgets: MaxResults out of range',
		() => ({ op: 'DescribeBudgets', input: { AccountId: ACCT, MaxResults: 0 } }),
		'InvalidParameterException',
		"1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000",
	],
	[
		'CreateNotification: no such budget',
		() => ({
			op: 'CreateNotification',
			input: { AccountId: ACCT, BudgetName: 'ghost', Notification: NOTIFICATION, Subscribers: emails(1) },
		}),
		'NotFoundException',
		"Unable to create notification - the budget doesn't exist.",
	],
	[
		'CreateNotification: a sixth notification',
		(g) => (
			g.ok(
				budgetRequest(
					'team',
					'10',
					[10, 20, 30, 40, 50].map((t) => actualAlert(t)),
				),
			),
			{
				op: 'CreateNotification',
				input: { AccountId: ACCT, BudgetName: 'team', Notification: NOTIFICATION, Subscribers: emails(1) },
			}
		),
		'CreationLimitExceededException',
		'one budget can only have 5 notifications',
	],
	[
		'CreateNotification: it already exists',
		(g) => (
			withTeam(g),
			{
				op: 'CreateNotification',
				input: { AccountId: ACCT, BudgetName: 'team', Notification: NOTIFICATION, Subscribers: emails(1) },
			}
		),
		'DuplicateRecordException',
		'Error creating notification: ACTUAL GREATER_THAN 80 PERCENTAGE - the notification already exists.',
	],
	[
		'DeleteNotification: no such budget',
		() => ({ op: 'DeleteNotification', input: { AccountId: ACCT, BudgetName: 'ghost', Notification: NOTIFICATION } }),
		'NotFoundException',
		"Unable to delete notification - the budget doesn't exist.",
	],
	[
		'DeleteNotification: no such notification',
		(g) => (
			withTeam(g),
			{
				op: 'DeleteNotification',
				input: { AccountId: ACCT, BudgetName: 'team', Notification: { ...NOTIFICATION, Threshold: 90 } },
			}
		),
		'NotFoundException',
		"Unable to delete notification: ACTUAL GREATER_THAN 90 PERCENTAGE - the notification doesn't exist.",
	],
	[
		'DescribeNotificationsForBudget: no such budget',
		() => ({ op: 'DescribeNotificationsForBudget', input: { AccountId: ACCT, BudgetName: 'ghost' } }),
		'NotFoundException',
		"Unable to get budget: ghost - the budget doesn't exist.",
	],
	[
		'CreateSubscriber: no such budget',
		() => ({
			op: 'CreateSubscriber',
			input: { AccountId: ACCT, BudgetName: 'ghost', Notification: NOTIFICATION, Subscriber: emails(1)[0]! },
		}),
		'NotFoundException',
		"Unable to create subscriber - the budget doesn't exist.",
	],
	[
		'CreateSubscriber: no such notification',
		(g) => (
			withTeam(g),
			{
				op: 'CreateSubscriber',
				input: {
					AccountId: ACCT,
					BudgetName: 'team',
					Notification: { ...NOTIFICATION, NotificationType: 'FORECASTED' },
					Subscriber: emails(1)[0]!,
				},
			}
		),
		'NotFoundException',
		"Unable to create subscriber: FORECASTED GREATER_THAN 80 PERCENTAGE - the notification doesn't exist.",
	],
	[
		'CreateSubscriber: already subscribed',
		(g) => (
			withTeam(g),
			{
				op: 'CreateSubscriber',
				input: {
					AccountId: ACCT,
					BudgetName: 'team',
					Notification: NOTIFICATION,
					Subscriber: { SubscriptionType: 'EMAIL', Address: ALERTS },
				},
			}
		),
		'DuplicateRecordException',
		`Error creating subscriber: ${ALERTS} - the subscriber already exists.`,
	],
	[
		'CreateSubscriber: an eleventh email address',
		(g) => (
			g.ok(budgetRequest('team', '10', [{ Notification: NOTIFICATION, Subscribers: emails(10) }])),
			{
				op: 'CreateSubscriber',
				input: {
					AccountId: ACCT,
					BudgetName: 'team',
					Notification: NOTIFICATION,
					Subscriber: { SubscriptionType: 'EMAIL', Address: 'eleven@example.com' },
				},
			}
		),
		'CreationLimitExceededException',
		'one notification can only have 10 subscribers with type of EMAIL',
	],
	[
		'DeleteSubscriber: not a subscriber',
		(g) => (
			withTeam(g),
			{
				op: 'DeleteSubscriber',
				input: {
					AccountId: ACCT,
					BudgetName: 'team',
					Notification: NOTIFICATION,
					Subscriber: { SubscriptionType: 'EMAIL', Address: 'nobody@example.com' },
				},
			}
		),
		'NotFoundException',
		"Unable to delete subscriber - the subscriber doesn't exist.",
	],
	[
		'DeleteSubscriber: no such budget',
		() => ({
			op: 'DeleteSubscriber',
			input: { AccountId: ACCT, BudgetName: 'ghost', Notification: NOTIFICATION, Subscriber: emails(1)[0]! },
		}),
		'NotFoundException',
		"Unable to delete subscriber - the budget doesn't exist.",
	],
	[
		'DescribeSubscribersForNotification: no such notification',
		(g) => (
			withTeam(g),
			{
				op: 'DescribeSubscribersForNotification',
				input: { AccountId: ACCT, BudgetName: 'team', Notification: { ...NOTIFICATION, Threshold: 5 } },
			}
		),
		'NotFoundException',
		"Unable to get subscribers: ACTUAL GREATER_THAN 5 PERCENTAGE - the notification doesn't exist.",
	],
];

describe('AWS Budgets errors', () => {
	it.each(cases)('%s', (_name, arrange, code, message) => {
		const g = given().rootSignedIn();
		const call = arrange(g);
		const error = g.err(call);
		expect(error.code).toBe(code);
		expect(error.message).toBe(message);
		expect(error.httpStatus).toBe(code === 'AccessDenied' ? 403 : 400);
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: call.op, errorCode: code });
	});
});
