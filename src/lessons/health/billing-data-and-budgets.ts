import { met, notMet, type TaskStatus } from '../lab';
import { isWorkingBillingAlarm } from './billing-checks';
import type { AccountFacts } from './facts';

/**
 * The spending safety net's other checks, which the challenge and the real-account page use
 * besides the billing alarm's: billing data in CloudWatch, what each alarm's state means, and an
 * AWS Budgets cost budget that alerts someone.
 */

export function billingDataHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.billingData) return undefined;
	return facts.billingData.totalChargesMetric
		? met
		: notMet(
				'CloudWatch has no billing metric for this account yet, so a billing alarm has nothing to watch and can never fire. In Billing preferences → Alert preferences → Edit, tick Receive CloudWatch billing alerts → Update; the metric appears in US East (N. Virginia) about 15 minutes later.',
			);
}

const STATE_MEANING: Readonly<Record<string, string>> = {
	OK: 'the charges so far are below its threshold.',
	ALARM:
		'the charges have passed its threshold. An email should have come; if none did, look at the subscription check.',
	INSUFFICIENT_DATA:
		'it has no billing data to compare yet. A new alarm waits for the first data point, and AWS sends billing data only a few times a day; if it stays like this for more than a day, check that billing alerts are on.',
};

/** What each working billing alarm's state means right now, for the learner to read beside the verdict. */
export function billingAlarmNotes(facts: AccountFacts): string[] {
	return (facts.alarms ?? []).filter(isWorkingBillingAlarm).flatMap((alarm) => {
		const state = alarm.state === undefined ? undefined : STATE_MEANING[alarm.state];
		const lines = state ? [`"${alarm.name}" is in ${alarm.state}: ${state}`] : [];
		if (alarm.metricMath) {
			lines.push(
				`"${alarm.name}" compares the metric math expression ${alarm.metricMath.expression} with ${alarm.threshold}. It reads the billing metric; whether the formula itself adds up to your charges is yours to judge.`,
			);
		}
		return lines;
	});
}

/** At least one cost budget whose alert tells someone (by email or through an SNS topic). */
export function budgetAlertHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.budgets) return undefined;
	const costBudgets = facts.budgets.filter((budget) => budget.budgetType === 'COST');
	if (costBudgets.length === 0) {
		return notMet(
			facts.budgets.length > 0
				? 'Your budgets track usage or reservations, not cost, so none warns you about the bill. In Billing and Cost Management, choose Budgets → Create budget → Use a template (simplified) → Zero spend budget or Monthly cost budget.'
				: 'There is no cost budget yet. A budget emails you when spending passes an amount you choose, with no SNS topic or Region to get wrong. In Billing and Cost Management, choose Budgets → Create budget → Use a template (simplified) → Zero spend budget or Monthly cost budget.',
		);
	}
	if (costBudgets.some((budget) => budget.notifications === undefined)) return undefined;
	const alerting = costBudgets.some((budget) =>
		(budget.notifications ?? []).some((n) => n.subscribers === undefined || n.subscribers.length > 0),
	);
	if (alerting) return met;
	const silent = costBudgets[0]?.name ?? '';
	return notMet(
		`The cost budget "${silent}" has no alert, so it tracks spending without telling anyone. Open it in Budgets → Edit → add an alert threshold with your email address, or create a budget from a template, which comes with its alerts.`,
	);
}
