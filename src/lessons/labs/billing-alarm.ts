import type { SimState } from '@/simulator';
import { met, notMet, type Lab, type TaskStatus } from '../lab';
import { billingAlarmGap, BILLING_REGION, healthOf } from '../checks';
import { alarmSubscriptionHealth } from '../health/checks';

/**
 * Whether a cost budget emails someone: at least one budget with an alert that has an email
 * recipient. The reason names the budget and says what it lacks.
 */
function costBudgetStatus(state: SimState): TaskStatus {
	const budgets = Object.values(state.budgets);
	if (budgets.length === 0) {
		return notMet(
			'There is no budget yet. Create one in Billing and Cost Management → Budgets; the Zero spend budget template takes a minute.',
		);
	}
	if (budgets.some((b) => b.notifications.some((n) => n.subscribers.some((s) => s.SubscriptionType === 'EMAIL')))) {
		return met;
	}
	const silent = budgets.find((b) => b.notifications.length === 0);
	if (silent) {
		return notMet(
			`The budget "${silent.BudgetName}" has no alerts, so it would never tell anyone when spending passes it. Add an alert with your email address.`,
		);
	}
	const first = budgets[0]?.BudgetName ?? '';
	return notMet(
		`The alerts of "${first}" go only to an SNS topic. Add your email address as a recipient, so the alert reaches you without a topic and a subscription.`,
	);
}

/** Lesson 3: a budget first, then billing alerts on, two billing alarms with a confirmed email, and an alarm email received. */
export const billingAlarmLab: Lab = {
	id: 'billing-alarm',
	title: 'Create billing alarms',
	startScreen: 'console-home',
	tasks: [
		{
			id: 'cost-budget-with-email',
			title: 'Create a cost budget that emails you when spending passes it',
			hints: [
				'Your first guardrail needs no Region, no SNS topic and no metric: a budget in Billing and Cost Management emails you itself.',
				'Open Billing and Cost Management from the services search (or search for "budgets"), then Budgets → Create budget.',
				'Budgets → Create budget → Use a template (simplified) → Zero spend budget → type your email address in Email recipients → Create budget.',
			],
			check: costBudgetStatus,
		},
		{
			id: 'billing-alerts-enabled',
			title: 'Turn on Receive CloudWatch billing alerts',
			hints: [
				'CloudWatch has no billing data until you ask AWS to send it. That is a billing preference, and only needs doing once.',
				'Open Billing and Cost Management from the services search, then Billing preferences.',
				'Billing preferences → Alert preferences → Edit → tick Receive CloudWatch billing alerts → Update.',
			],
			check(state) {
				return state.billing.alertsEnabled
					? met
					: notMet('Billing alerts are still off, so CloudWatch has no EstimatedCharges metric to watch.');
			},
		},
		{
			id: 'two-billing-alarms',
			title: 'Create two billing alarms at different thresholds in US East (N. Virginia)',
			hints: [
				'One alarm is a smoke detector; two at different amounts (say $10 and $100) tell you how bad it is.',
				'Open CloudWatch with the region set to US East (N. Virginia), then Alarms → All alarms → Create alarm. The statistic and the period matter too: the lesson says which.',
				'Create alarm → Select metric → Billing → Total Estimated Charge → EstimatedCharges (USD) → Select metric → keep Statistic Maximum and Period 6 hours → Greater than 10 → Next → In alarm: Create new topic with your email → Create topic → Next → name it → Next → Create alarm. Repeat with 100.',
			],
			check(state) {
				const gap = billingAlarmGap(state, 2);
				return gap === undefined ? met : notMet(gap);
			},
		},
		{
			id: 'subscription-confirmed',
			title: 'Confirm the email subscription of your alarm notifications',
			hints: [
				'AWS will not email an address until its owner confirms they want the messages.',
				'The confirmation email is in the practice Inbox.',
				'Open Inbox → the "AWS Notification - Subscription Confirmation" email → Confirm subscription.',
			],
			check: (state) => healthOf(state, alarmSubscriptionHealth),
		},
		{
			id: 'alarm-email-received',
			title: 'Fast-forward the billing clock until an alarm email arrives',
			hints: [
				'Alarms only react when new billing data arrives, a few times a day. The Fast-forward control moves the practice clock.',
				'Use Fast-forward until the month-to-date charges pass your lowest threshold, then look in the Inbox.',
				'Fast-forward → 1 day (repeat if needed) → Inbox → the "ALARM: …" email.',
			],
			check(state) {
				if (state.mailbox.some((message) => message.kind === 'alarm')) return met;
				const firing = Object.values(state.cloudwatch[BILLING_REGION]?.alarms ?? {}).find(
					(alarm) => alarm.StateValue === 'ALARM',
				);
				if (firing && !healthOf(state, alarmSubscriptionHealth).met) {
					return notMet(
						`The alarm "${firing.AlarmName}" is in ALARM, but no confirmed email subscription was there to receive it.`,
					);
				}
				return notMet(
					'No alarm email yet. Fast-forward until the charges pass your lowest threshold; billing data arrives a few times a day.',
				);
			},
		},
	],
	solutionSteps: [
		'Billing and Cost Management → Budgets → Create budget → Use a template (simplified) → Zero spend budget → type your email address in Email recipients → Create budget.',
		'Billing and Cost Management → Billing preferences → Alert preferences → Edit → Receive CloudWatch billing alerts → Update.',
		'Set the region to US East (N. Virginia) and open CloudWatch → Alarms → All alarms → Create alarm.',
		'Select metric → Billing → Total Estimated Charge → EstimatedCharges (Currency USD) → Select metric.',
		'Keep Statistic Maximum and Period 6 hours; choose Static, Greater, and type 10 → Next.',
		'In alarm → Create new topic, name it billing-alerts, type your email → Create topic → Next.',
		'Name the alarm billing-over-10-usd → Next → Create alarm.',
		'Create a second alarm the same way with the threshold 100, choosing the existing billing-alerts topic.',
		'Open the Inbox and choose Confirm subscription in the confirmation email.',
		'Fast-forward the billing clock a day at a time until an "ALARM" email arrives in the Inbox.',
	],
};
