import { PRACTICE_ROOT, type ApiCall, type CreateBudgetInput } from '@/simulator';
import type { Given } from '../../support/given.ts';

export const ACCT = PRACTICE_ROOT.accountId;
export const ALERTS = 'alerts@example.com';

/** A cost budget request with one notification per entry. */
export function budgetRequest(
	name: string,
	amount = '10',
	notifications: CreateBudgetInput['NotificationsWithSubscribers'] = [],
): ApiCall {
	return {
		op: 'CreateBudget',
		input: {
			AccountId: ACCT,
			Budget: {
				BudgetName: name,
				BudgetType: 'COST',
				TimeUnit: 'MONTHLY',
				BudgetLimit: { Amount: amount, Unit: 'USD' },
			},
			NotificationsWithSubscribers: notifications,
		},
	};
}

/** An ACTUAL, GREATER_THAN, percentage notification to one email address. */
export function actualAlert(threshold: number, address = ALERTS) {
	return {
		Notification: {
			NotificationType: 'ACTUAL',
			ComparisonOperator: 'GREATER_THAN',
			Threshold: threshold,
			ThresholdType: 'PERCENTAGE',
		},
		Subscribers: [{ SubscriptionType: 'EMAIL', Address: address }],
	} as const;
}

/** Moves the billing clock forward by whole hours. */
export function advanceHours(g: Given, hours: number): void {
	let left = hours;
	while (left > 0) {
		const step = Math.min(left, 744);
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: step } });
		left -= step;
	}
}

export const budgetAlerts = (g: Given) => g.state.mailbox.filter((m) => m.kind === 'budget-alert');
