import type { HandlerEnv } from '../core/handler.ts';
import { deliverMail } from '../mailbox/mailbox.ts';
import { publishToTopic } from '../sns/publish.ts';
import type { Budget, BudgetNotification, SimState } from '../state.ts';
import { budgetAlertEmail, BUDGETS_SENDER, thresholdUsd } from './alert-email.ts';
import { BUDGET_UPDATE_INTERVAL_MS, forecastedSpendUsd } from './periods.ts';
import { putBudget } from './views.ts';

/** Whether spend is past a notification's threshold. */
function crosses(budget: Budget, notification: BudgetNotification, amountUsd: number): boolean {
	const threshold = thresholdUsd(budget, notification);
	switch (notification.ComparisonOperator) {
		case 'GREATER_THAN':
			return amountUsd > threshold;
		case 'LESS_THAN':
			return amountUsd < threshold;
		case 'EQUAL_TO':
			return amountUsd === threshold;
	}
}

/** Sends one alert to every subscriber: emails from AWS Budgets, and messages through SNS topics. */
function sendAlert(
	state: SimState,
	budget: Budget,
	notification: BudgetNotification,
	amountUsd: number,
	now: number,
): SimState {
	const { subject, body } = budgetAlertEmail(budget, notification, amountUsd);
	let next = state;
	for (const subscriber of notification.subscribers) {
		if (subscriber.SubscriptionType === 'EMAIL') {
			[next] = deliverMail(next, {
				to: subscriber.Address,
				from: BUDGETS_SENDER,
				subject,
				body,
				receivedAt: now,
				kind: 'budget-alert',
			});
		} else {
			next = publishToTopic(next, subscriber.Address, subject, body, now, 'budget-alert');
		}
	}
	return next;
}

/**
 * One AWS Budgets refresh: every notification whose threshold the actual (or forecasted) spend
 * has crossed goes to `ALARM` and alerts its subscribers. A notification alerts once per budget
 * period; it goes back to `OK` when the next period starts. Budgets only alert: nothing is
 * stopped. The next refresh is 8 hours later while any budget exists.
 * @see https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html
 */
export function refreshBudgets(state: SimState, env: HandlerEnv): SimState {
	let next = state;
	const names = Object.keys(state.budgets).sort();
	for (const name of names) {
		const budget = Object.prototype.hasOwnProperty.call(next.budgets, name) ? next.budgets[name] : undefined;
		if (!budget) continue;
		const actual = budget.periodSpendUsd;
		const forecast = forecastedSpendUsd(next, budget);
		let changed = false;
		const notifications = budget.notifications.map((notification) => {
			if (notification.NotificationState === 'ALARM') return notification;
			const amount = notification.NotificationType === 'ACTUAL' ? actual : forecast;
			if (!crosses(budget, notification, amount)) return notification;
			changed = true;
			const alarmed = { ...notification, NotificationState: 'ALARM' as const };
			next = sendAlert(next, budget, alarmed, amount, env.now);
			return alarmed;
		});
		if (changed) next = putBudget(next, { ...budget, notifications });
	}
	const hasBudgets = names.length > 0;
	const clock = next.billing.clock;
	const { nextBudgetUpdateAt: _done, ...billing } = next.billing;
	return {
		...next,
		billing: hasBudgets ? { ...billing, nextBudgetUpdateAt: clock + BUDGET_UPDATE_INTERVAL_MS } : billing,
	};
}
