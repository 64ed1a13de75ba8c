/** CloudWatch and SNS operations (regional) and the views they return. */
import type { AlarmStateValue, AlarmStatistic, Dimension, MetricAlarm } from '../state.ts';
import type { CommonError, Empty } from './common.ts';

/** An alarm as `DescribeAlarms` returns it: the stored alarm, member for member. */
export type MetricAlarmView = MetricAlarm;

export interface MetricView {
	readonly Namespace: string;
	readonly MetricName: string;
	readonly Dimensions: readonly Dimension[];
}

export interface StatisticDatapoint {
	readonly Timestamp: number;
	readonly SampleCount?: number;
	readonly Average?: number;
	readonly Sum?: number;
	readonly Minimum?: number;
	readonly Maximum?: number;
	readonly Unit: 'None';
}

export interface SubscriptionView {
	/** `PendingConfirmation` until the subscription is confirmed. */
	readonly SubscriptionArn: string;
	readonly Owner: string;
	readonly Protocol: string;
	readonly Endpoint: string;
	readonly TopicArn: string;
}

/** Input of `PutMetricAlarm` (AWS member names). */
export type PutMetricAlarmInput = Pick<
	MetricAlarm,
	| 'AlarmName'
	| 'MetricName'
	| 'Namespace'
	| 'Statistic'
	| 'Period'
	| 'EvaluationPeriods'
	| 'Threshold'
	| 'ComparisonOperator'
> &
	Partial<
		Pick<
			MetricAlarm,
			| 'AlarmDescription'
			| 'ActionsEnabled'
			| 'AlarmActions'
			| 'OKActions'
			| 'InsufficientDataActions'
			| 'Dimensions'
			| 'DatapointsToAlarm'
			| 'TreatMissingData'
		>
	>;

/** CloudWatch alarms and metrics, SNS topics and subscriptions. */
export interface MonitoringOperations {
	// ---------- CloudWatch (regional) ----------
	PutMetricAlarm: {
		input: PutMetricAlarmInput;
		output: Empty;
		errors: CommonError | 'InvalidParameterValue' | 'InvalidParameterCombination';
	};
	DescribeAlarms: {
		input: { AlarmNames?: readonly string[]; AlarmNamePrefix?: string; StateValue?: AlarmStateValue };
		output: { MetricAlarms: readonly MetricAlarmView[] };
		errors: CommonError | 'InvalidParameterCombination';
	};
	DeleteAlarms: {
		input: { AlarmNames: readonly string[] };
		output: Empty;
		errors: CommonError | 'ResourceNotFound';
	};
	ListMetrics: {
		input: { Namespace?: string; MetricName?: string; Dimensions?: readonly { Name: string; Value?: string }[] };
		output: { Metrics: readonly MetricView[] };
		errors: CommonError;
	};
	GetMetricStatistics: {
		input: {
			Namespace: string;
			MetricName: string;
			Dimensions?: readonly Dimension[];
			StartTime: number;
			EndTime: number;
			Period: number;
			Statistics: readonly AlarmStatistic[];
		};
		output: { Label: string; Datapoints: readonly StatisticDatapoint[] };
		errors: CommonError | 'InvalidParameterValue' | 'InvalidParameterCombination';
	};

	// ---------- SNS (regional) ----------
	CreateTopic: { input: { Name: string }; output: { TopicArn: string }; errors: CommonError | 'InvalidParameter' };
	DeleteTopic: { input: { TopicArn: string }; output: Empty; errors: CommonError | 'NotFound' | 'InvalidParameter' };
	ListTopics: { input: Empty; output: { Topics: readonly { TopicArn: string }[] }; errors: CommonError };
	Subscribe: {
		input: { TopicArn: string; Protocol: string; Endpoint: string };
		/** `pending confirmation` until the email link is followed. */
		output: { SubscriptionArn: string };
		errors: CommonError | 'NotFound' | 'InvalidParameter';
	};
	/** Needs no session: following the email's link confirms. */
	ConfirmSubscription: {
		input: { TopicArn: string; Token: string };
		output: { SubscriptionArn: string };
		errors: 'NotFound' | 'InvalidParameter' | 'ValidationError';
	};
	Unsubscribe: {
		input: { SubscriptionArn: string };
		output: Empty;
		errors: CommonError | 'NotFound' | 'InvalidParameter';
	};
	ListSubscriptions: { input: Empty; output: { Subscriptions: readonly SubscriptionView[] }; errors: CommonError };
	ListSubscriptionsByTopic: {
		input: { TopicArn: string };
		output: { Subscriptions: readonly SubscriptionView[] };
		errors: CommonError | 'NotFound' | 'InvalidParameter';
	};
}
