import { done, type Handler, type HandlerEnv } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, validationMessage, type Read } from '../core/validate.ts';
import { principalArn } from '../iam/lookup.ts';
import { COST_BUDGET_ACTIVITY, earnActivityCredit } from '../billing/plan.ts';
import type { Budget, SimState } from '../state.ts';
import { BUDGET_UPDATE_INTERVAL_MS, budgetPeriodStart, initialPeriodSpendUsd } from './periods.ts';
import { readAccountId, readBudgetBody, readBudgetName, readNotificationsWithSubscribers } from './rules.ts';
import { budgetView, findBudget, putBudget } from './views.ts';

/** Reads `AccountId` (it must be this account's) for an action the caller was authorized for. */
export function readOwnAccount(
	state: SimState,
	input: unknown,
	env: HandlerEnv,
	action: string,
): Read<string, 'InvalidParameterException' | 'AccessDenied'> {
	const caller = env.principal ? principalArn(state, env.principal) : '';
	return readAccountId(state, input, action, caller);
}

/**
 * The message for a budget that does not exist, as AWS Budgets words it for reads and updates
 * (seen in a real UpdateBudget error: "Unable to get budget: monthly_5k_2 - the budget doesn't exist.").
 */
export const budgetNotFound = (name: string): string => `Unable to get budget: ${name} - the budget doesn't exist.`;

/** Reads `BudgetName` and finds the budget, or `NotFoundException`. */
export function readExistingBudget(
	state: SimState,
	input: unknown,
	notFound = budgetNotFound,
): Read<Budget, 'InvalidParameterException' | 'NotFoundException'> {
	const name = readBudgetName(asRecord(input)['BudgetName'], 'budgetName');
	if (!name.ok) return name;
	const budget = findBudget(state, name.value);
	return budget ? { ok: true, value: budget } : fail('NotFoundException', notFound(name.value));
}

/**
 * CreateBudget: a cost budget with up to five notifications, each with its subscribers. Names are
 * unique in the account. AWS Budgets then refreshes spend up to three times a day, and on the Free
 * plan the first cost budget earns the "set up a cost budget" credit.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_CreateBudget.html
 */
export const createBudget: Handler<'CreateBudget'> = (state, input, env) => {
	const account = readOwnAccount(state, input, env, 'budgets:ModifyBudget');
	if (!account.ok) return account;
	const record = asRecord(input);
	const body = readBudgetBody(record['Budget'], 'budget');
	if (!body.ok) return body;
	const notifications = readNotificationsWithSubscribers(state, record['NotificationsWithSubscribers']);
	if (!notifications.ok) return notifications;
	if (findBudget(state, body.value.BudgetName)) {
		// The duplicate wording is AWS Budgets' as moto reproduces it.
		return fail(
			'DuplicateRecordException',
			`Error creating budget: ${body.value.BudgetName} - the budget already exists.`,
		);
	}
	const clock = state.billing.clock;
	const budget: Budget = {
		...body.value,
		BudgetType: 'COST',
		createdAt: clock,
		LastUpdatedTime: clock,
		periodStart: budgetPeriodStart(body.value.TimeUnit, clock),
		periodSpendUsd: initialPeriodSpendUsd(state, body.value.TimeUnit),
		notifications: notifications.value.map(({ notification, subscribers }) => ({
			...notification,
			NotificationState: 'OK',
			subscribers,
		})),
	};
	const billing = state.billing;
	const next = putBudget(
		{
			...state,
			billing: {
				...billing,
				plan: earnActivityCredit(billing.plan, COST_BUDGET_ACTIVITY, clock),
				nextBudgetUpdateAt: billing.nextBudgetUpdateAt ?? clock + BUDGET_UPDATE_INTERVAL_MS,
			},
		},
		budget,
	);
	return done(next, {});
};

/**
 * DescribeBudgets: the account's budgets, sorted by name, each with its actual and forecasted
 * spend. SIMPLIFIED: no paging; `MaxResults` (1–1000) is checked and then returns up to that many.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudgets.html
 */
export const describeBudgets: Handler<'DescribeBudgets'> = (state, input, env) => {
	const account = readOwnAccount(state, input, env, 'budgets:ViewBudget');
	if (!account.ok) return account;
	const max = asRecord(input)['MaxResults'];
	if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 1000)) {
		return fail(
			'InvalidParameterException',
			validationMessage(
				'maxResults',
				typeof max === 'object' ? null : max,
				'Member must have value between 1 and 1000',
			),
		);
	}
	const budgets = Object.values(state.budgets)
		.sort((a, b) => (a.BudgetName < b.BudgetName ? -1 : a.BudgetName > b.BudgetName ? 1 : 0))
		.slice(0, typeof max === 'number' ? max : 1000)
		.map((budget) => budgetView(state, budget));
	return done(state, { Budgets: budgets });
};

/**
 * DescribeBudget: one budget with its calculated spend.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudget.html
 */
export const describeBudget: Handler<'DescribeBudget'> = (state, input, env) => {
	const account = readOwnAccount(state, input, env, 'budgets:ViewBudget');
	if (!account.ok) return account;
	const budget = readExistingBudget(state, input);
	if (!budget.ok) return budget;
	return done(state, { Budget: budgetView(state, budget.value) });
};

/**
 * UpdateBudget: a new amount or period for an existing budget (named in `NewBudget`). Its
 * notifications and subscribers stay. A new period starts the spend again from the period's start.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_UpdateBudget.html
 */
export const updateBudget: Handler<'UpdateBudget'> = (state, input, env) => {
	const account = readOwnAccount(state, input, env, 'budgets:ModifyBudget');
	if (!account.ok) return account;
	const body = readBudgetBody(asRecord(input)['NewBudget'], 'newBudget');
	if (!body.ok) return body;
	const existing = findBudget(state, body.value.BudgetName);
	if (!existing) return fail('NotFoundException', budgetNotFound(body.value.BudgetName));
	const clock = state.billing.clock;
	const periodChanged = existing.TimeUnit !== body.value.TimeUnit;
	const updated: Budget = {
		...existing,
		...body.value,
		LastUpdatedTime: clock,
		...(periodChanged
			? {
					periodStart: budgetPeriodStart(body.value.TimeUnit, clock),
					periodSpendUsd: initialPeriodSpendUsd(state, body.value.TimeUnit),
				}
			: {}),
	};
	return done(putBudget(state, updated), {});
};

/**
 * DeleteBudget: deletes the budget with its notifications and subscribers. The message for an
 * unknown budget is AWS Budgets' as moto reproduces it.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DeleteBudget.html
 */
export const deleteBudget: Handler<'DeleteBudget'> = (state, input, env) => {
	const account = readOwnAccount(state, input, env, 'budgets:ModifyBudget');
	if (!account.ok) return account;
	const budget = readExistingBudget(
		state,
		input,
		(name) => `Unable to delete budget: ${name} - the budget doesn't exist. Try creating it first.`,
	);
	if (!budget.ok) return budget;
	const budgets = Object.fromEntries(
		Object.entries(state.budgets).filter(([name]) => name !== budget.value.BudgetName),
	);
	return done({ ...state, budgets }, {});
};
