import {
	ADMINISTRATOR_ACCESS,
	IAM_FULL_ACCESS,
	IAM_READ_ONLY_ACCESS,
	IAM_USER_CHANGE_PASSWORD,
	regionName,
	type IamUser,
	type MetricAlarm,
	type SimState,
	type TrailRecord,
} from '@/simulator';

/**
 * Projections of the account that several labs check. Each looks at one fact ("root has an
 * active MFA device", "a billing alarm in us-east-1") rather than comparing whole states, so any
 * valid way of reaching the goal counts.
 */

export const COURSE_USER = 'iam-admin';
export const BILLING_REGION = 'us-east-1';

/** The IAM user with this name, ignoring case as IAM does. */
export function findUserIgnoringCase(state: SimState, userName: string): IamUser | undefined {
	const wanted = userName.toLowerCase();
	return Object.values(state.iam.users).find((user) => user.UserName.toLowerCase() === wanted);
}

/** Managed policies that reach the user, directly or through its groups. */
export function effectivePolicyArns(state: SimState, user: IamUser): string[] {
	const viaGroups = user.groupNames.flatMap((name) => state.iam.groups[name]?.attachedPolicyArns ?? []);
	return [...new Set([...user.attachedPolicyArns, ...viaGroups])];
}

/** Policies an IAM-only administrator may hold: IAM itself and the right to change its own password. */
const IAM_ONLY_POLICY_ARNS = new Set([IAM_FULL_ACCESS.Arn, IAM_READ_ONLY_ACCESS.Arn, IAM_USER_CHANGE_PASSWORD.Arn]);

/** Policies on the user that grant more than IAM, by name. */
export function policiesBeyondIam(state: SimState, user: IamUser): string[] {
	return effectivePolicyArns(state, user)
		.filter((arn) => !IAM_ONLY_POLICY_ARNS.has(arn))
		.map((arn) => arn.split('/').pop() ?? arn);
}

export function hasAdministratorAccess(state: SimState, user: IamUser): boolean {
	return effectivePolicyArns(state, user).includes(ADMINISTRATOR_ACCESS.Arn);
}

/** Whether the alarm watches the account's total estimated charges in USD. */
export function isTotalChargesAlarm(alarm: MetricAlarm): boolean {
	return (
		alarm.Namespace === 'AWS/Billing' &&
		alarm.MetricName === 'EstimatedCharges' &&
		alarm.Dimensions.length === 1 &&
		alarm.Dimensions[0]?.Name === 'Currency' &&
		alarm.Dimensions[0]?.Value === 'USD'
	);
}

/** Whether the alarm fires when charges go up past its threshold. */
export function firesOnRisingCharges(alarm: MetricAlarm): boolean {
	return alarm.ComparisonOperator === 'GreaterThanThreshold' || alarm.ComparisonOperator === 'GreaterThanOrEqualToThreshold';
}

export interface RegionalAlarm {
	readonly region: string;
	readonly alarm: MetricAlarm;
}

/** Every alarm in every region, with its region. */
export function allAlarms(state: SimState): RegionalAlarm[] {
	return Object.entries(state.cloudwatch).flatMap(([region, cloudwatch]) =>
		Object.values(cloudwatch.alarms).map((alarm) => ({ region, alarm })),
	);
}

/** SNS topics in the alarm's actions that have at least one confirmed email subscription. */
export function confirmedEmailTopics(state: SimState, region: string, alarm: MetricAlarm): string[] {
	const subscriptions = Object.values(state.sns[region]?.subscriptions ?? {});
	return alarm.AlarmActions.filter((topicArn) =>
		subscriptions.some((s) => s.TopicArn === topicArn && s.Protocol === 'email' && s.confirmed),
	);
}

/** Email addresses still waiting for confirmation on the alarm's topics. */
export function pendingEmails(state: SimState, region: string, alarm: MetricAlarm): string[] {
	const subscriptions = Object.values(state.sns[region]?.subscriptions ?? {});
	return subscriptions
		.filter((s) => alarm.AlarmActions.includes(s.TopicArn) && !s.confirmed)
		.map((s) => s.Endpoint);
}

/** A billing alarm that would really warn the learner: right metric, rising, in us-east-1, notifying someone. */
export function isWorkingBillingAlarm({ region, alarm }: RegionalAlarm): boolean {
	return (
		region === BILLING_REGION &&
		isTotalChargesAlarm(alarm) &&
		firesOnRisingCharges(alarm) &&
		alarm.ActionsEnabled &&
		alarm.AlarmActions.length > 0
	);
}

/**
 * Why the learner's billing alarms would not warn them, most useful reason first; undefined when
 * at least `count` alarms at different thresholds work.
 */
export function billingAlarmGap(state: SimState, count: number): string | undefined {
	const alarms = allAlarms(state);
	const working = alarms.filter(isWorkingBillingAlarm);
	const thresholds = new Set(working.map(({ alarm }) => alarm.Threshold));
	if (thresholds.size >= count) return undefined;

	const elsewhere = alarms.find(({ region, alarm }) => region !== BILLING_REGION && isTotalChargesAlarm(alarm));
	if (elsewhere) {
		return `The alarm "${elsewhere.alarm.AlarmName}" is in ${regionName(elsewhere.region)} (${elsewhere.region}). Billing metrics exist only in US East (N. Virginia), so it can never fire. Switch the region to US East (N. Virginia) and create it there.`;
	}
	const otherMetric = alarms.find(({ region, alarm }) => region === BILLING_REGION && !isTotalChargesAlarm(alarm));
	if (otherMetric) {
		return `The alarm "${otherMetric.alarm.AlarmName}" does not watch the total estimated charges. Choose Billing → Total Estimated Charge → EstimatedCharges (Currency USD).`;
	}
	const falling = alarms.find(({ region, alarm }) => region === BILLING_REGION && isTotalChargesAlarm(alarm) && !firesOnRisingCharges(alarm));
	if (falling) {
		return `The alarm "${falling.alarm.AlarmName}" fires when charges are lower than its threshold. A billing alarm should fire when they are greater.`;
	}
	const silent = alarms.find(
		({ region, alarm }) => region === BILLING_REGION && isTotalChargesAlarm(alarm) && (alarm.AlarmActions.length === 0 || !alarm.ActionsEnabled),
	);
	if (silent) {
		return `The alarm "${silent.alarm.AlarmName}" has no notification action, so it would change state without telling anyone. Add an SNS topic with your email address.`;
	}
	if (working.length > 0 && thresholds.size < count) {
		return working.length >= count
			? 'Your billing alarms all use the same threshold. Give the second one a different amount, for example $10 and $100.'
			: `You have ${working.length} working billing ${working.length === 1 ? 'alarm' : 'alarms'}; the lab asks for ${count} at different thresholds.`;
	}
	return 'There is no billing alarm yet. In CloudWatch (US East (N. Virginia)), choose Alarms → Create alarm.';
}

/** Whether the trail shows the IAM user's call refused with AccessDenied. */
export function wasDenied(state: SimState, userName: string, eventNames: readonly string[]): boolean {
	return state.trail.some((record) => isByUser(record, userName) && eventNames.includes(record.eventName) && record.errorCode === 'AccessDenied');
}

export function isByUser(record: TrailRecord, userName: string): boolean {
	return record.userIdentity.type === 'IAMUser' && record.userIdentity.userName?.toLowerCase() === userName.toLowerCase();
}

/** Compares a typed answer loosely: case, spaces and hyphens do not matter. */
export function sameAnswer(typed: string | undefined, expected: string): boolean {
	const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '');
	return typed !== undefined && normalise(typed) === normalise(expected);
}
