import { own } from '../core/own.ts';
import type { BudgetNotificationView, BudgetView } from '../operations.ts';
import type { Budget, BudgetNotification, SimState } from '../state.ts';
import { budgetPeriodStart, DEFAULT_BUDGET_END, forecastedSpendUsd } from './periods.ts';

/** `arn:aws:budgets::<account>:budget/<name>`, the ARN IAM checks budget actions against. */
export const budgetArn = (accountId: string, name: string): string => `arn:aws:budgets::${accountId}:budget/${name}`;

/** The budget stored under exactly this name (names such as "constructor" are ordinary names). */
export function findBudget(state: SimState, name: string): Budget | undefined {
	return own(state.budgets, name);
}

/** The state with this budget stored under its name (a computed key keeps "__proto__" an own entry). */
export function putBudget(state: SimState, budget: Budget): SimState {
	return { ...state, budgets: { ...state.budgets, [budget.BudgetName]: budget } };
}

/** A USD amount as the Budgets API writes it: a decimal string. */
export function usdAmount(value: number): string {
	return String(Math.round(value * 100) / 100 + 0);
}

/**
 * A budget as `DescribeBudget(s)` returns it, with `CalculatedSpend` from the billing clock.
 * SIMPLIFIED: the spend is worked out on each call; AWS refreshes it up to three times a day.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_Budget.html
 */
export function budgetView(state: SimState, budget: Budget): BudgetView {
	return {
		BudgetName: budget.BudgetName,
		BudgetLimit: budget.BudgetLimit,
		TimeUnit: budget.TimeUnit,
		TimePeriod: { Start: budgetPeriodStart(budget.TimeUnit, budget.createdAt), End: DEFAULT_BUDGET_END },
		CalculatedSpend: {
			ActualSpend: { Amount: usdAmount(budget.periodSpendUsd), Unit: 'USD' },
			ForecastedSpend: { Amount: usdAmount(forecastedSpendUsd(state, budget)), Unit: 'USD' },
		},
		BudgetType: budget.BudgetType,
		LastUpdatedTime: budget.LastUpdatedTime,
	};
}

/** A notification as `DescribeNotificationsForBudget` returns it. */
export function notificationView(n: BudgetNotification): BudgetNotificationView {
	return {
		NotificationType: n.NotificationType,
		ComparisonOperator: n.ComparisonOperator,
		Threshold: n.Threshold,
		ThresholdType: n.ThresholdType,
		NotificationState: n.NotificationState,
	};
}
