import { IAM_FULL_ACCESS, IAM_READ_ONLY_ACCESS, IAM_USER_CHANGE_PASSWORD, regionName } from '@/simulator';
import { met, notMet, type TaskStatus } from '../lab';
import type { AccountFacts, AlarmFacts, UserFacts } from './facts';

/**
 * Account health checks over {@link AccountFacts}. The labs, the challenge and the "check your
 * real account" page all call these, so a reason the learner reads in practice is the reason they
 * read about their real account. Each returns `undefined` when the facts it needs are unknown.
 */

export const COURSE_USER = 'iam-admin';
export const BILLING_REGION = 'us-east-1';

/** The user with this name, ignoring case as IAM does. */
export function findUserFacts(facts: AccountFacts, userName: string): UserFacts | undefined {
	const wanted = userName.toLowerCase();
	return facts.users?.find((user) => user.userName.toLowerCase() === wanted);
}

const policyName = (arn: string) => arn.split('/').pop() ?? arn;

/** Policies an IAM-only administrator may hold: IAM itself and the right to change its own password. */
const IAM_ONLY_POLICY_ARNS = new Set([IAM_FULL_ACCESS.Arn, IAM_READ_ONLY_ACCESS.Arn, IAM_USER_CHANGE_PASSWORD.Arn]);

/** Policy names on the user that grant more than IAM. */
export function policiesBeyondIam(policyArns: readonly string[]): string[] {
	return policyArns.filter((arn) => !IAM_ONLY_POLICY_ARNS.has(arn)).map(policyName);
}

/** Whether the alarm watches the account's total estimated charges in USD. */
export function isTotalChargesAlarm(alarm: AlarmFacts): boolean {
	return (
		alarm.namespace === 'AWS/Billing' &&
		alarm.metricName === 'EstimatedCharges' &&
		alarm.dimensions.length === 1 &&
		alarm.dimensions[0]?.Name === 'Currency' &&
		alarm.dimensions[0]?.Value === 'USD'
	);
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

export function rootMfaHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.root) return undefined;
	return facts.root.mfaEnabled
		? met
		: notMet('The root user has no MFA device yet, so its password alone still opens the account.');
}

export function rootAccessKeysHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.root) return undefined;
	return facts.root.accessKeysPresent
		? notMet(
				"The root user has an access key. Anyone who finds it can do anything in the account, without a password or MFA. Delete it in the root user's Security credentials.",
			)
		: met;
}

const noCourseUser = () =>
	notMet(
		`There is no IAM user called ${COURSE_USER}, so everyday work would have to happen as root. In IAM, choose Users → Create user.`,
	);

export function adminExistsHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.users) return undefined;
	return findUserFacts(facts, COURSE_USER) ? met : noCourseUser();
}

export function adminMfaHealth(facts: AccountFacts): TaskStatus | undefined {
	const user = findUserFacts(facts, COURSE_USER);
	if (!user) return facts.users ? noCourseUser() : undefined;
	if (user.mfaDeviceCount === undefined) return undefined;
	return user.mfaDeviceCount > 0
		? met
		: notMet(
				`${user.userName} has no MFA device yet. It can grant any permission, so its password alone should never be enough.`,
			);
}

export function adminIamFullAccessHealth(facts: AccountFacts): TaskStatus | undefined {
	const user = findUserFacts(facts, COURSE_USER);
	if (!user) return facts.users ? noCourseUser() : undefined;
	if (user.policyArns === undefined) return undefined;
	return user.policyArns.includes(IAM_FULL_ACCESS.Arn)
		? met
		: notMet(
				`${user.userName} does not have IAMFullAccess yet, so it cannot manage IAM. Open the user → Permissions → Add permissions.`,
			);
}

export function adminNothingBeyondIamHealth(facts: AccountFacts): TaskStatus | undefined {
	const user = findUserFacts(facts, COURSE_USER);
	if (!user) return facts.users ? noCourseUser() : undefined;
	if (user.policyArns === undefined) return undefined;
	if (user.policyArns.length === 0)
		return notMet(`${user.userName} has no permissions yet; attach IAMFullAccess first.`);
	const extra = policiesBeyondIam(user.policyArns);
	return extra.length === 0
		? met
		: notMet(
				`${user.userName} also has ${extra.join(', ')}, which allows far more than IAM. Remove it from the user's permissions.`,
			);
}

/**
 * Why the billing alarms would not warn the learner, most useful reason first; met when at least
 * `count` working alarms use different thresholds.
 */
export function billingAlarmHealth(facts: AccountFacts, count = 1): TaskStatus | undefined {
	const alarms = facts.alarms;
	if (!alarms) return undefined;
	const working = alarms.filter(isWorkingBillingAlarm);
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
	if (working.length > 0) {
		return notMet(
			working.length >= count
				? 'Your billing alarms all use the same threshold. Give the second one a different amount, for example $10 and $100.'
				: `You have ${working.length} working billing ${working.length === 1 ? 'alarm' : 'alarms'}; the lab asks for ${count} at different thresholds.`,
		);
	}
	return notMet('There is no billing alarm yet. In CloudWatch (US East (N. Virginia)), choose Alarms → Create alarm.');
}

/** Whether a working billing alarm notifies a topic with a confirmed email subscription. */
export function alarmSubscriptionHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.alarms || !facts.subscriptions) return undefined;
	const subscriptions = facts.subscriptions;
	const alarms = facts.alarms.filter(isWorkingBillingAlarm);
	if (alarms.length === 0)
		return notMet('Create a billing alarm in US East (N. Virginia) that notifies an SNS topic with your email first.');
	const onAlarmTopics = subscriptions.filter(
		(s) => s.protocol === 'email' && alarms.some((alarm) => alarm.alarmActions.includes(s.topicArn)),
	);
	if (onAlarmTopics.some((s) => s.confirmed)) return met;
	const pending = onAlarmTopics.find((s) => !s.confirmed);
	return pending
		? notMet(
				`The subscription for ${pending.endpoint} is still pending confirmation: open the Inbox of that address and choose Confirm subscription in the email from AWS.`,
			)
		: notMet("None of your billing alarms' topics has an email subscription. Add your email address to the topic.");
}
