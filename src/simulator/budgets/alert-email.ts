import type { Budget, BudgetNotification, BudgetTimeUnit } from '../state.ts';

/**
 * The sender of AWS Budgets alert emails. UNCONFIRMED: the address is the one widely seen on
 * budget alerts; AWS does not document it.
 */
export const BUDGETS_SENDER = 'AWS Budgets <budgets@costalerts.amazonaws.com>';

const PERIOD_WORDS: Readonly<Record<BudgetTimeUnit, string>> = {
	DAILY: 'day',
	MONTHLY: 'month',
	QUARTERLY: 'quarter',
	ANNUALLY: 'year',
};

const OPERATOR_SIGNS: Readonly<Record<BudgetNotification['ComparisonOperator'], string>> = {
	GREATER_THAN: '>',
	LESS_THAN: '<',
	EQUAL_TO: '=',
};

const OPERATOR_WORDS: Readonly<Record<BudgetNotification['ComparisonOperator'], string>> = {
	GREATER_THAN: 'greater than',
	LESS_THAN: 'less than',
	EQUAL_TO: 'equal to',
};

/** `$1,234.50`. */
export function formatDollars(value: number): string {
	return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A notification's threshold in dollars (a percentage is of the budgeted amount). */
export function thresholdUsd(budget: Budget, notification: BudgetNotification): number {
	return notification.ThresholdType === 'PERCENTAGE'
		? (Number(budget.BudgetLimit.Amount) * notification.Threshold) / 100
		: notification.Threshold;
}

/** The threshold as the alert shows it: `> $0.01`, or `> 85% ($8.50)`. */
export function describeThreshold(budget: Budget, notification: BudgetNotification): string {
	const sign = OPERATOR_SIGNS[notification.ComparisonOperator];
	const dollars = formatDollars(thresholdUsd(budget, notification));
	return notification.ThresholdType === 'PERCENTAGE'
		? `${sign} ${notification.Threshold}% (${dollars})`
		: `${sign} ${dollars}`;
}

/**
 * The alert AWS Budgets sends when a notification's threshold is crossed, by email or to an SNS
 * topic. UNCONFIRMED: subject and wording follow the layout of real budget alerts (a sentence,
 * then the budget's name, type, amount and threshold), in our own words; the last paragraph is
 * the course's reminder that budgets never stop resources.
 * @see https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-sns-policy.html
 */
export function budgetAlertEmail(
	budget: Budget,
	notification: BudgetNotification,
	amountUsd: number,
): { subject: string; body: string } {
	const type = notification.NotificationType;
	const forecast = type === 'FORECASTED';
	const period = PERIOD_WORDS[budget.TimeUnit];
	return {
		subject: forecast
			? `AWS Budgets: ${budget.BudgetName} is forecasted to exceed your alert threshold`
			: `AWS Budgets: ${budget.BudgetName} has exceeded your alert threshold`,
		body: [
			'Dear AWS Customer,',
			'',
			`You asked to be alerted when the ${type} cost of your budget "${budget.BudgetName}" is ${OPERATOR_WORDS[notification.ComparisonOperator]} ${formatDollars(thresholdUsd(budget, notification))} for the current ${period}. The ${type} cost of this budget is now ${formatDollars(amountUsd)}.`,
			'',
			`Budget Name: ${budget.BudgetName}`,
			'Budget Type: Cost',
			`Budgeted Amount: ${formatDollars(Number(budget.BudgetLimit.Amount))}`,
			`Alert Type: ${type}`,
			`Alert Threshold: ${describeThreshold(budget, notification)}`,
			`${type} Amount: ${formatDollars(amountUsd)}`,
			'',
			'AWS Budgets only alerts you. It does not stop, change or delete any of your resources: they keep running, and charging, until you stop them.',
			'Open Billing and Cost Management > Budgets in the AWS console to see this budget.',
		].join('\n'),
	};
}
