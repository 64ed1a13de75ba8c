import type { BudgetSubscriber } from '../state.ts';
import type { CreateBudgetInput } from '../operations.ts';

/**
 * The budget templates of **Create budget** → **Use a template (simplified)**, as pure functions
 * that build the `CreateBudget` request the console sends, so the console and the labs create
 * exactly the same budgets.
 * @see https://docs.aws.amazon.com/cost-management/latest/userguide/budget-templates.html
 */

/** The name the console fills in for a zero spend budget (seen on budgets created from the template). */
export const ZERO_SPEND_BUDGET_NAME = 'My Zero-Spend Budget';
/** The name the console fills in for a monthly cost budget. UNCONFIRMED. */
export const MONTHLY_COST_BUDGET_NAME = 'My Monthly Cost Budget';
/** The monthly cost budget template's alerts: 85% and 100% of actual spend, 100% of forecasted spend. */
const MONTHLY_COST_BUDGET_ALERTS = [
	{ NotificationType: 'ACTUAL', Threshold: 85 },
	{ NotificationType: 'ACTUAL', Threshold: 100 },
	{ NotificationType: 'FORECASTED', Threshold: 100 },
] as const;

function emailSubscribers(addresses: readonly string[]): BudgetSubscriber[] {
	return addresses.map((Address) => ({ SubscriptionType: 'EMAIL', Address }));
}

/**
 * **Zero spend budget**: alerts as soon as spend passes $0.01. The template creates a monthly cost
 * budget of $1.00 with one ACTUAL alert above $0.01 (an absolute value), as budgets made from it
 * show when read back. SIMPLIFIED: the template also leaves credits and refunds out of the spend;
 * every simulated budget counts charges before credits.
 */
export function zeroSpendBudgetRequest(
	accountId: string,
	options: { readonly budgetName?: string; readonly emailAddresses: readonly string[] },
): CreateBudgetInput {
	return {
		AccountId: accountId,
		Budget: {
			BudgetName: options.budgetName ?? ZERO_SPEND_BUDGET_NAME,
			BudgetType: 'COST',
			TimeUnit: 'MONTHLY',
			BudgetLimit: { Amount: '1.0', Unit: 'USD' },
		},
		NotificationsWithSubscribers: [
			{
				Notification: {
					NotificationType: 'ACTUAL',
					ComparisonOperator: 'GREATER_THAN',
					Threshold: 0.01,
					ThresholdType: 'ABSOLUTE_VALUE',
				},
				Subscribers: emailSubscribers(options.emailAddresses),
			},
		],
	};
}

/**
 * **Monthly cost budget**: the amount you enter, with alerts when actual spend reaches 85% and
 * 100% of it and when forecasted spend is expected to reach 100%.
 */
export function monthlyCostBudgetRequest(
	accountId: string,
	options: { readonly budgetName?: string; readonly amount: string; readonly emailAddresses: readonly string[] },
): CreateBudgetInput {
	return {
		AccountId: accountId,
		Budget: {
			BudgetName: options.budgetName ?? MONTHLY_COST_BUDGET_NAME,
			BudgetType: 'COST',
			TimeUnit: 'MONTHLY',
			BudgetLimit: { Amount: options.amount, Unit: 'USD' },
		},
		NotificationsWithSubscribers: MONTHLY_COST_BUDGET_ALERTS.map((alert) => ({
			Notification: {
				NotificationType: alert.NotificationType,
				ComparisonOperator: 'GREATER_THAN',
				Threshold: alert.Threshold,
				ThresholdType: 'PERCENTAGE',
			},
			Subscribers: emailSubscribers(options.emailAddresses),
		})),
	};
}
