import { regionName } from '@/simulator';
import { met, notMet, type TaskStatus } from '../lab';
import type { AccountFacts, AlarmFacts, MetricFacts, SubscriptionFacts } from './facts';

/**
 * Health checks on the account's billing alarms and who they email, shared by the labs, the
 * challenge and the real-account page. The checks only those last two use (billing data in
 * CloudWatch, the alarms' state notes, AWS Budgets) are in billing-data-and-budgets.ts, so the
 * billing lab does not download them.
 */

import { BILLING_REGION } from '../names';
export { BILLING_REGION };

function isTotalChargesMetric(metric: MetricFacts): boolean {
	return (
		metric.namespace === 'AWS/Billing' &&
		metric.metricName === 'EstimatedCharges' &&
		metric.dimensions.length === 1 &&
		metric.dimensions[0]?.Name === 'Currency' &&
		metric.dimensions[0]?.Value === 'USD'
	);
}

/**
 * Whether the alarm watches the account's estimated charges: the total in USD as a plain alarm, or a
 * metric math expression over the billing metric (for example a sum of services, or a SEARCH).
 */
export function isTotalChargesAlarm(alarm: AlarmFacts): boolean {
	if (alarm.metricMath) {
		const { expression, metrics } = alarm.metricMath;
		return (
			metrics.some((m) => m.namespace === 'AWS/Billing' && m.metricName === 'EstimatedCharges') ||
			/EstimatedCharges/.test(expression)
		);
	}
	return isTotalChargesMetric(alarm);
}

export function firesOnRisingCharges(alarm: AlarmFacts): boolean {
	return (
		alarm.comparisonOperator === 'GreaterThanThreshold' || alarm.comparisonOperator === 'GreaterThanOrEqualToThreshold'
	);
}

/** A billing alarm that would really change state and notify: right metric, rising, in us-east-1, with an action. */
export function isWorkingBillingAlarm(alarm: AlarmFacts): boolean {
	return (
		alarm.region === BILLING_REGION &&
		isTotalChargesAlarm(alarm) &&
		firesOnRisingCharges(alarm) &&
		alarm.actionsEnabled &&
		alarm.alarmActions.length > 0
	);
}

/**
 * Why the billing alarms would not warn the learner, most useful reason first; met when at least
 * `count` working alarms use different thresholds. With `settingsGap` (the lab's), a working alarm
 * counts only when it finds nothing wrong with the alarm's settings; the real-account page and the
 * challenge accept any.
 */
export function billingAlarmHealth(
	facts: AccountFacts,
	count = 1,
	settingsGap: (alarm: AlarmFacts) => string | undefined = () => undefined,
): TaskStatus | undefined {
	const alarms = facts.alarms;
	if (!alarms) return undefined;
	const working = alarms.filter((alarm) => isWorkingBillingAlarm(alarm) && !settingsGap(alarm));
	const thresholds = new Set(working.map((alarm) => alarm.threshold));
	if (thresholds.size >= count) return met;

	const elsewhere = alarms.find((alarm) => alarm.region !== BILLING_REGION && isTotalChargesAlarm(alarm));
	if (elsewhere) {
		return notMet(
			`The alarm "${elsewhere.name}" is in ${regionName(elsewhere.region)} (${elsewhere.region}). Billing metrics exist only in US East (N. Virginia), so it can never fire. Switch the region to US East (N. Virginia) and create it there.`,
		);
	}
	const inBillingRegion = alarms.filter((alarm) => alarm.region === BILLING_REGION);
	const otherMetric = inBillingRegion.find((alarm) => !isTotalChargesAlarm(alarm));
	if (otherMetric) {
		return notMet(
			`The alarm "${otherMetric.name}" does not watch the total estimated charges. Choose Billing → Total Estimated Charge → EstimatedCharges (Currency USD).`,
		);
	}
	const falling = inBillingRegion.find((alarm) => isTotalChargesAlarm(alarm) && !firesOnRisingCharges(alarm));
	if (falling) {
		return notMet(
			`The alarm "${falling.name}" fires when charges are lower than its threshold. A billing alarm should fire when they are greater.`,
		);
	}
	const silent = inBillingRegion.find(
		(alarm) => isTotalChargesAlarm(alarm) && (alarm.alarmActions.length === 0 || !alarm.actionsEnabled),
	);
	if (silent) {
		return notMet(
			`The alarm "${silent.name}" has no notification action, so it would change state without telling anyone. Add an SNS topic with your email address.`,
		);
	}
	const misSet = inBillingRegion
		.filter(isWorkingBillingAlarm)
		.map(settingsGap)
		.find((gap) => gap !== undefined);
	if (misSet) return notMet(misSet);
	if (working.length > 0) {
		return notMet(
			working.length >= count
				? 'Your billing alarms all use the same threshold. Give the second one a different amount, for example $10 and $100.'
				: `You have ${working.length} working billing ${working.length === 1 ? 'alarm' : 'alarms'}; the lab asks for ${count} at different thresholds.`,
		);
	}
	return notMet('There is no billing alarm yet. In CloudWatch (US East (N. Virginia)), choose Alarms → Create alarm.');
}

/** Protocols whose messages reach a person directly. */
const PERSONAL_PROTOCOLS = new Set(['email', 'email-json', 'sms']);

function describeEndpoint(subscription: SubscriptionFacts): string {
	return subscription.protocol === 'sms' ? `the phone number ${subscription.endpoint}` : subscription.endpoint;
}

/** Whether a working billing alarm notifies a topic with a confirmed subscription that reaches a person. */
export function alarmSubscriptionHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.alarms || !facts.subscriptions) return undefined;
	const subscriptions = facts.subscriptions;
	const alarms = facts.alarms.filter(isWorkingBillingAlarm);
	if (alarms.length === 0)
		return notMet('Create a billing alarm in US East (N. Virginia) that notifies an SNS topic with your email first.');
	const onAlarmTopics = subscriptions.filter((s) => alarms.some((alarm) => alarm.alarmActions.includes(s.topicArn)));
	const personal = onAlarmTopics.filter((s) => PERSONAL_PROTOCOLS.has(s.protocol));
	if (personal.some((s) => s.confirmed)) return met;
	const pending = personal.find((s) => !s.confirmed);
	if (pending) {
		return notMet(
			`The subscription for ${describeEndpoint(pending)} is still pending confirmation: open the Inbox of that address and choose Confirm subscription in the email from AWS.`,
		);
	}
	const machine = onAlarmTopics[0];
	if (machine) {
		return notMet(
			`The alarm's topic delivers only to a ${machine.protocol} endpoint, which reaches a program rather than a person, and this page cannot tell whether that program tells you. Add an email subscription to the topic as well.`,
		);
	}
	return notMet("None of your billing alarms' topics has an email subscription. Add your email address to the topic.");
}
