/** CloudWatch alarms and SNS topics and subscriptions, kept per Region. */

export const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;
export type AlarmStateValue = (typeof ALARM_STATES)[number];

export const ALARM_STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type AlarmStatistic = (typeof ALARM_STATISTICS)[number];

export const COMPARISON_OPERATORS = [
	'GreaterThanOrEqualToThreshold',
	'GreaterThanThreshold',
	'LessThanThreshold',
	'LessThanOrEqualToThreshold',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export const TREAT_MISSING_DATA = ['breaching', 'notBreaching', 'ignore', 'missing'] as const;
export type TreatMissingData = (typeof TREAT_MISSING_DATA)[number];

export interface Dimension {
	readonly Name: string;
	readonly Value: string;
}

/** A CloudWatch metric alarm, with AWS member names. */
export interface MetricAlarm {
	readonly AlarmName: string;
	readonly AlarmArn: string;
	readonly AlarmDescription?: string;
	readonly ActionsEnabled: boolean;
	readonly AlarmActions: readonly string[];
	readonly OKActions: readonly string[];
	readonly InsufficientDataActions: readonly string[];
	readonly MetricName: string;
	readonly Namespace: string;
	readonly Statistic: AlarmStatistic;
	readonly Dimensions: readonly Dimension[];
	readonly Period: number;
	readonly EvaluationPeriods: number;
	readonly DatapointsToAlarm: number;
	readonly Threshold: number;
	readonly ComparisonOperator: ComparisonOperator;
	readonly TreatMissingData: TreatMissingData;
	readonly StateValue: AlarmStateValue;
	readonly StateReason: string;
	/** Billing-clock time of the last state change. */
	readonly StateUpdatedTimestamp: number;
	readonly AlarmConfigurationUpdatedTimestamp: number;
}

export interface SnsTopic {
	readonly TopicArn: string;
	readonly Name: string;
	readonly createdAt: number;
}

/** An SNS subscription. Until confirmed, the console shows `PendingConfirmation` instead of its ARN. */
export interface SnsSubscription {
	/** The ARN the subscription gets; hidden from the learner until it is confirmed. */
	readonly SubscriptionArn: string;
	readonly TopicArn: string;
	readonly Protocol: 'email';
	readonly Endpoint: string;
	readonly Owner: string;
	readonly confirmed: boolean;
	readonly token: string;
	/** Billing-clock time the subscription was requested (unconfirmed ones expire after 48 h). */
	readonly createdAt: number;
}

export interface RegionalCloudWatch {
	readonly alarms: Readonly<Record<string, MetricAlarm>>;
}

export interface RegionalSns {
	readonly topics: Readonly<Record<string, SnsTopic>>;
	readonly subscriptions: Readonly<Record<string, SnsSubscription>>;
}
