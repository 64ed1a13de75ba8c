import { describe, expect, it } from 'vitest';
import { BILLING, IAM_FULL_ACCESS, type AccountPlanStateView, type ApiCall } from '@/simulator';
import { given, type Given } from '../../support/given.ts';
import { ACCT, advanceHours, budgetRequest } from './support.ts';

function planState(g: Given): AccountPlanStateView {
	return g.ok<AccountPlanStateView>({ op: 'GetAccountPlanState', input: {} });
}

describe('the account plan', () => {
	it('starts on the Free plan with $100 of credits, ending six months later', () => {
		const g = given().rootSignedIn();
		expect(planState(g)).toEqual({
			accountId: ACCT,
			accountPlanType: 'FREE',
			accountPlanStatus: 'ACTIVE',
			accountPlanRemainingCredits: { amount: 100, unit: 'USD' },
			accountPlanExpirationDate: Date.UTC(2025, 6, 1),
		});
	});

	it('pays charges from the credits first as the billing clock moves', () => {
		const g = given().rootSignedIn();
		advanceHours(g, 100);
		// 100 hours at $0.06.
		expect(planState(g).accountPlanRemainingCredits.amount).toBe(94);
		expect(g.state.billing.monthToDateUsd).toBe(10.2);
	});

	it('earns the "set up a cost budget" credit once, for the first budget on an active Free plan', () => {
		const g = given().rootSignedIn();
		g.ok(budgetRequest('first'));
		g.ok(budgetRequest('second'));
		expect(planState(g).accountPlanRemainingCredits.amount).toBe(120);
		expect(g.state.billing.plan.earnedActivities).toEqual(['set-up-a-cost-budget']);
	});

	it('ends the Free plan when the credits run out', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 1 } });
		advanceHours(g, 99);
		expect(planState(g).accountPlanStatus).toBe('ACTIVE');
		advanceHours(g, 1);
		expect(planState(g)).toMatchObject({
			accountPlanStatus: 'EXPIRED',
			accountPlanRemainingCredits: { amount: 0, unit: 'USD' },
		});
		// An ended plan earns nothing more.
		g.ok(budgetRequest('late'));
		expect(planState(g).accountPlanRemainingCredits.amount).toBe(0);
	});

	it('ends the Free plan after six months even with credits left', () => {
		const g = given().rootSignedIn();
		g.ok({ op: 'SetSpendRate', input: { UsdPerHour: 0 } });
		advanceHours(g, 24 * 181 - 1);
		expect(planState(g).accountPlanStatus).toBe('ACTIVE');
		advanceHours(g, 1);
		expect(planState(g)).toMatchObject({
			accountPlanStatus: 'EXPIRED',
			accountPlanRemainingCredits: { amount: 100, unit: 'USD' },
		});
	});

	it('upgrades to the Paid plan, which has no end date and keeps the credits', () => {
		const g = given().rootSignedIn();
		expect(g.ok({ op: 'UpgradeAccountPlan', input: { accountPlanType: 'PAID' } })).toEqual({
			accountId: ACCT,
			accountPlanType: 'PAID',
			accountPlanStatus: 'ACTIVE',
		});
		expect(planState(g)).toEqual({
			accountId: ACCT,
			accountPlanType: 'PAID',
			accountPlanStatus: 'ACTIVE',
			accountPlanRemainingCredits: { amount: 100, unit: 'USD' },
		});
		expect(g.state.trail.at(-2)).toMatchObject({
			eventName: 'UpgradeAccountPlan',
			eventSource: 'freetier.amazonaws.com',
		});
		// Upgrading again changes nothing.
		g.ok({ op: 'UpgradeAccountPlan', input: { accountPlanType: 'PAID' } });
		expect(g.state.billing.plan.type).toBe('PAID');
	});

	it.each([
		[
			{ accountPlanType: 'FREE' },
			'The account plan cannot be changed to FREE. An account can only be upgraded to the Paid plan.',
		],
		[
			{ accountPlanType: 'GOLD' },
			"1 validation error detected: Value 'GOLD' at 'accountPlanType' failed to satisfy constraint: Member must satisfy enum value set: [FREE, PAID]",
		],
		[
			{},
			"1 validation error detected: Value null at 'accountPlanType' failed to satisfy constraint: Member must satisfy enum value set: [FREE, PAID]",
		],
	])('refuses UpgradeAccountPlan %j with ValidationException', (input, message) => {
		const g = given().rootSignedIn();
		const error = g.err({ op: 'UpgradeAccountPlan', input } as ApiCall);
		expect(error).toMatchObject({ code: 'ValidationException', message, httpStatus: 400 });
	});
});

describe('access to Billing pages with fine-grained actions', () => {
	const describeBudgets: ApiCall = { op: 'DescribeBudgets', input: { AccountId: ACCT } };

	it('denies an IAM user with the Billing policy until the root user activates IAM access', () => {
		const g = given().user('payer', [BILLING.Arn]);
		g.signInAs('payer');
		for (const [call, action, resource] of [
			[describeBudgets, 'budgets:ViewBudget', `arn:aws:budgets::${ACCT}:budget/*`],
			[budgetRequest('team'), 'budgets:ModifyBudget', `arn:aws:budgets::${ACCT}:budget/team`],
			[{ op: 'GetCostSummary', input: {} }, 'ce:GetCostAndUsage', '*'],
			[{ op: 'GetBillingPreferences', input: {} }, 'billing:GetBillingPreferences', '*'],
		] as const) {
			expect(g.err(call)).toMatchObject({
				code: 'AccessDenied',
				// Actions without resource-level permissions name no resource in AWS's message.
				message: `User: arn:aws:iam::${ACCT}:user/payer is not authorized to perform: ${action}${resource === '*' ? '' : ` on resource: ${resource}`} because IAM user and role access to Billing information is not activated for this account`,
			});
		}
		g.call({ op: 'ConsoleLogout', input: {} });
		g.rootSignedIn().ok({ op: 'UpdateIamUserAccessToBilling', input: { Activate: true } });
		g.signInAs('payer');
		g.ok(budgetRequest('team'));
		expect(g.ok<{ Budgets: unknown[] }>(describeBudgets).Budgets).toHaveLength(1);
		g.ok({ op: 'GetCostSummary', input: {} });
	});

	it('denies the account plan to the Billing policy, which does not list freetier:GetAccountPlanState', () => {
		const g = given().user('payer', [BILLING.Arn]);
		g.ok({ op: 'UpdateIamUserAccessToBilling', input: { Activate: true } });
		g.signInAs('payer');
		expect(g.err({ op: 'GetAccountPlanState', input: {} }).message).toBe(
			`User: arn:aws:iam::${ACCT}:user/payer is not authorized to perform: freetier:GetAccountPlanState because no identity-based policy allows the freetier:GetAccountPlanState action`,
		);
	});

	it('denies IAMFullAccess every budget action, activated or not', () => {
		const g = given().user('iam-admin', [IAM_FULL_ACCESS.Arn]);
		g.ok({ op: 'UpdateIamUserAccessToBilling', input: { Activate: true } });
		g.signInAs('iam-admin');
		expect(g.err(describeBudgets).message).toBe(
			`User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: budgets:ViewBudget on resource: arn:aws:budgets::${ACCT}:budget/* because no identity-based policy allows the budgets:ViewBudget action`,
		);
	});

	it('lets the root user in without any activation', () => {
		const g = given().rootSignedIn();
		expect(g.ok(describeBudgets)).toEqual({ Budgets: [] });
	});
});

describe('hostile input', () => {
	it('keeps budget names such as __proto__ and constructor as ordinary names', () => {
		const g = given().rootSignedIn();
		for (const name of ['__proto__', 'constructor', 'toString']) g.ok(budgetRequest(name));
		expect(Object.keys(g.state.budgets).sort()).toEqual(['__proto__', 'constructor', 'toString']);
		expect(Object.getPrototypeOf(g.state.budgets)).toBe(Object.prototype);
		advanceHours(g, 24);
		expect(Object.keys(g.state.budgets).sort()).toEqual(['__proto__', 'constructor', 'toString']);
		g.ok({ op: 'DeleteBudget', input: { AccountId: ACCT, BudgetName: '__proto__' } });
		expect(g.err({ op: 'DescribeBudget', input: { AccountId: ACCT, BudgetName: 'valueOf' } }).code).toBe(
			'NotFoundException',
		);
		expect(JSON.parse(JSON.stringify(g.state.budgets))).toEqual(g.state.budgets);
	});

	it.each([
		['a NaN amount', { Amount: Number.NaN, Unit: 'USD' }],
		['an Infinity amount', { Amount: 'Infinity', Unit: 'USD' }],
		['an exponent', { Amount: '1e9', Unit: 'USD' }],
		['a huge string', { Amount: '9'.repeat(200_000), Unit: 'USD' }],
		['no object', 'ten dollars'],
	])('refuses %s as the budget amount with InvalidParameterException', (_name, limit) => {
		const g = given().rootSignedIn();
		const error = g.err({
			op: 'CreateBudget',
			input: {
				AccountId: ACCT,
				Budget: { BudgetName: 'b', BudgetType: 'COST', TimeUnit: 'MONTHLY', BudgetLimit: limit },
			},
		} as ApiCall);
		expect(error.code).toBe('InvalidParameterException');
	});

	it('refuses huge lists quickly, before looking at their items', () => {
		const g = given().rootSignedIn();
		const notifications = Array.from({ length: 100_000 }, () => ({ Notification: null, Subscribers: null }));
		const started = performance.now();
		expect(
			g.err({
				...budgetRequest('b'),
				input: { ...(budgetRequest('b').input as object), NotificationsWithSubscribers: notifications },
			} as unknown as ApiCall),
		).toMatchObject({
			code: 'InvalidParameterException',
			message:
				"1 validation error detected: Value null at 'notificationsWithSubscribers' failed to satisfy constraint: Member must have length less than or equal to 10",
		});
		g.ok(budgetRequest('b'));
		expect(
			g.err({
				op: 'CreateNotification',
				input: {
					AccountId: ACCT,
					BudgetName: 'b',
					Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 1 },
					Subscribers: Array.from({ length: 100_000 }, () => ({ SubscriptionType: 'EMAIL', Address: 'a@b.co' })),
				},
			}).message,
		).toBe(
			"1 validation error detected: Value null at 'subscribers' failed to satisfy constraint: Member must have length less than or equal to 11",
		);
		expect(performance.now() - started).toBeLessThan(2_000);
	});

	it('never throws on garbage input to any budget operation', () => {
		const g = given().rootSignedIn();
		const garbage: unknown[] = [
			null,
			42,
			'x',
			[],
			{ AccountId: ACCT, BudgetName: { toString: 1 } },
			{ __proto__: { AccountId: ACCT } },
		];
		const ops = [
			'CreateBudget',
			'DescribeBudgets',
			'DescribeBudget',
			'UpdateBudget',
			'DeleteBudget',
			'CreateNotification',
			'DeleteNotification',
			'DescribeNotificationsForBudget',
			'CreateSubscriber',
			'DeleteSubscriber',
			'DescribeSubscribersForNotification',
			'GetAccountPlanState',
			'UpgradeAccountPlan',
		];
		for (const op of ops)
			for (const input of garbage) expect(() => g.call({ op, input } as unknown as ApiCall)).not.toThrow();
	});
});
