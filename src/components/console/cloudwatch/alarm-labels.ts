import type { AlarmStatistic, ComparisonOperator, TreatMissingData } from '@/simulator';

/** The console's radio labels for the comparison operators, in the order it lists them. */
export const COMPARISON_CHOICES: readonly { value: ComparisonOperator; label: string; symbol: string }[] = [
	{ value: 'GreaterThanThreshold', label: 'Greater', symbol: '>' },
	{ value: 'GreaterThanOrEqualToThreshold', label: 'Greater/Equal', symbol: '>=' },
	{ value: 'LessThanOrEqualToThreshold', label: 'Lower/Equal', symbol: '<=' },
	{ value: 'LessThanThreshold', label: 'Lower', symbol: '<' },
];

/** The console's **Statistic** choices, in its order and with its labels (`SampleCount` is **Sample count**). */
export const STATISTIC_CHOICES: readonly { value: AlarmStatistic; label: string }[] = [
	{ value: 'Average', label: 'Average' },
	{ value: 'Minimum', label: 'Minimum' },
	{ value: 'Maximum', label: 'Maximum' },
	{ value: 'Sum', label: 'Sum' },
	{ value: 'SampleCount', label: 'Sample count' },
];

/** How the console names a statistic: "Sample count" for `SampleCount`, the others as they are. */
export function statisticLabel(statistic: AlarmStatistic): string {
	return STATISTIC_CHOICES.find((choice) => choice.value === statistic)?.label ?? statistic;
}

/** "1 metric", "2 metrics": the count the metric browser shows beside each group. */
export function metricCount(count: number): string {
	return `${count} ${count === 1 ? 'metric' : 'metrics'}`;
}

/** The console's choices for "Missing data treatment". */
export const MISSING_DATA_CHOICES: readonly { value: TreatMissingData; label: string }[] = [
	{ value: 'missing', label: 'Treat missing data as missing' },
	{ value: 'notBreaching', label: 'Treat missing data as good (not breaching threshold)' },
	{ value: 'breaching', label: 'Treat missing data as bad (breaching threshold)' },
	{ value: 'ignore', label: 'Treat missing data as ignore (maintain the alarm state)' },
];

/** Period choices in seconds, with the console's labels. */
export const PERIOD_CHOICES: readonly { value: number; label: string }[] = [
	{ value: 3600, label: '1 hour' },
	{ value: 21600, label: '6 hours' },
	{ value: 86400, label: '1 day' },
];

/** "EstimatedCharges > 10 for 1 datapoints within 6 hours", as the Alarms table's Conditions column reads. */
export function describeCondition(alarm: {
	MetricName: string;
	ComparisonOperator: ComparisonOperator;
	Threshold: number;
	DatapointsToAlarm: number;
	Period: number;
	EvaluationPeriods: number;
}): string {
	const symbol = COMPARISON_CHOICES.find((c) => c.value === alarm.ComparisonOperator)?.symbol ?? '?';
	const window = alarm.Period * alarm.EvaluationPeriods;
	const period = PERIOD_CHOICES.find((p) => p.value === window)?.label ?? `${window / 3600} hours`;
	return `${alarm.MetricName} ${symbol} ${alarm.Threshold} for ${alarm.DatapointsToAlarm} datapoints within ${period}`;
}
