/** Read-only views of CloudWatch alarms, SNS subscriptions and the billing metric. */
import { DEFAULT_REGION } from '../core/regions.ts';
import { isBillingMetricAvailable } from '../cloudwatch/metrics.ts';
import type { MetricAlarm, SimState } from '../state.ts';

/** CloudWatch alarms in a Region, sorted by name. */
export function selectAlarms(state: SimState, region: string = DEFAULT_REGION): MetricAlarm[] {
	return Object.values(state.cloudwatch[region]?.alarms ?? {}).sort((a, b) => a.AlarmName.localeCompare(b.AlarmName));
}

/** A row of the SNS **Subscriptions** table. */
export interface SubscriptionRow {
	/** The subscription ARN, or `PendingConfirmation` until it is confirmed. */
	readonly subscriptionArn: string;
	readonly topicArn: string;
	readonly protocol: 'email';
	readonly endpoint: string;
	readonly status: 'Confirmed' | 'Pending confirmation';
}

/**
 * SNS subscriptions in a Region (optionally of one topic). Until confirmed, the ARN column shows
 * `PendingConfirmation`.
 * @see https://docs.aws.amazon.com/sns/latest/dg/SendMessageToHttp.confirm.html
 */
export function selectSubscriptions(
	state: SimState,
	region: string = DEFAULT_REGION,
	topicArn?: string,
): SubscriptionRow[] {
	return Object.values(state.sns[region]?.subscriptions ?? {})
		.filter((s) => topicArn === undefined || s.TopicArn === topicArn)
		.map((s) => ({
			subscriptionArn: s.confirmed ? s.SubscriptionArn : 'PendingConfirmation',
			topicArn: s.TopicArn,
			protocol: s.Protocol,
			endpoint: s.Endpoint,
			status: s.confirmed ? ('Confirmed' as const) : ('Pending confirmation' as const),
		}));
}

/**
 * Whether **Billing** › **Total Estimated Charge** appears in CloudWatch's metric browser: only
 * in US East (N. Virginia), and only about 15 minutes (billing clock) after billing alerts are on.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 */
export function selectBillingMetricAvailable(state: SimState, region: string = DEFAULT_REGION): boolean {
	return isBillingMetricAvailable(state, region);
}
