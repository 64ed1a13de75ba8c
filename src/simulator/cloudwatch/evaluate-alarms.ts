import { own } from '../core/own.ts';
import type { HandlerEnv } from '../core/handler.ts';
import { regionName } from '../core/regions.ts';
import { publishToTopic } from '../sns/publish.ts';
import type { AlarmStateValue, AlarmStatistic, ComparisonOperator, MetricAlarm, SimState } from '../state.ts';
import { metricDatapoints } from './metrics.ts';

function statistic(values: readonly number[], stat: AlarmStatistic): number {
	switch (stat) {
		case 'SampleCount':
			return values.length;
		case 'Sum':
			return values.reduce((a, b) => a + b, 0);
		case 'Average':
			return values.reduce((a, b) => a + b, 0) / values.length;
		case 'Minimum':
			return Math.min(...values);
		case 'Maximum':
			return Math.max(...values);
	}
}

const OPERATOR_WORDS: Readonly<Record<ComparisonOperator, string>> = {
	GreaterThanOrEqualToThreshold: 'greater than or equal to',
	GreaterThanThreshold: 'greater than',
	LessThanThreshold: 'less than',
	LessThanOrEqualToThreshold: 'less than or equal to',
};

export function breaches(value: number, operator: ComparisonOperator, threshold: number): boolean {
	switch (operator) {
		case 'GreaterThanOrEqualToThreshold':
			return value >= threshold;
		case 'GreaterThanThreshold':
			return value > threshold;
		case 'LessThanThreshold':
			return value < threshold;
		case 'LessThanOrEqualToThreshold':
			return value <= threshold;
	}
}

function formatTime(time: number): string {
	const d = new Date(time);
	const p = (n: number): string => String(n).padStart(2, '0');
	return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCFullYear() % 100)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/**
 * The state an alarm should be in at billing-clock time `clock`: the last `EvaluationPeriods`
 * periods are aggregated with the alarm's statistic, and `DatapointsToAlarm` breaching periods put
 * it in ALARM. With no data at all, `TreatMissingData` decides (`missing` → INSUFFICIENT_DATA).
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export function alarmVerdict(
	state: SimState,
	region: string,
	alarm: MetricAlarm,
	clock: number,
): { value: AlarmStateValue; reason: string } {
	const points = metricDatapoints(state, region, alarm.Namespace, alarm.MetricName, alarm.Dimensions);
	const periodMs = alarm.Period * 1000;
	const buckets: { end: number; value: number }[] = [];
	for (let i = alarm.EvaluationPeriods - 1; i >= 0; i--) {
		const end = clock - i * periodMs;
		const start = end - periodMs;
		const values = points.filter((p) => p.Timestamp > start && p.Timestamp <= end).map((p) => p.Value);
		if (values.length > 0) buckets.push({ end, value: statistic(values, alarm.Statistic) });
	}
	if (buckets.length === 0) {
		switch (alarm.TreatMissingData) {
			case 'breaching':
				return {
					value: 'ALARM',
					reason: 'Threshold Crossed: no datapoints were received, and missing data is treated as breaching.',
				};
			case 'notBreaching':
				return {
					value: 'OK',
					reason: 'Threshold Crossed: no datapoints were received, and missing data is treated as not breaching.',
				};
			case 'ignore':
				return { value: alarm.StateValue, reason: alarm.StateReason };
			case 'missing':
				return {
					value: 'INSUFFICIENT_DATA',
					reason: 'Insufficient Data: no datapoints were received for the alarm period.',
				};
		}
	}
	// SIMPLIFIED: periods without data do not count towards "M out of N" unless missing data is
	// treated as breaching; AWS's exact handling of partially missing windows has more cases.
	const missing = alarm.EvaluationPeriods - buckets.length;
	const breachingCount =
		buckets.filter((b) => breaches(b.value, alarm.ComparisonOperator, alarm.Threshold)).length +
		(alarm.TreatMissingData === 'breaching' ? missing : 0);
	const shown = buckets.map((b) => `${b.value} (${formatTime(b.end)})`).join(', ');
	const words = OPERATOR_WORDS[alarm.ComparisonOperator];
	if (breachingCount >= alarm.DatapointsToAlarm) {
		return {
			value: 'ALARM',
			reason: `Threshold Crossed: ${breachingCount} out of the last ${alarm.EvaluationPeriods} datapoints [${shown}] ${breachingCount === 1 ? 'was' : 'were'} ${words} the threshold (${alarm.Threshold}) (minimum ${alarm.DatapointsToAlarm} datapoint${alarm.DatapointsToAlarm === 1 ? '' : 's'} for OK -> ALARM transition).`,
		};
	}
	return {
		value: 'OK',
		reason: `Threshold Crossed: ${buckets.length} datapoint${buckets.length === 1 ? '' : 's'} [${shown}] ${buckets.length === 1 ? 'was' : 'were'} not ${words} the threshold (${alarm.Threshold}).`,
	};
}

function notificationBody(state: SimState, region: string, alarm: MetricAlarm, previous: AlarmStateValue): string {
	return [
		`You are receiving this email because your Amazon CloudWatch Alarm "${alarm.AlarmName}" in the ${regionName(region)} region has entered the ${alarm.StateValue} state, because "${alarm.StateReason}" at "${new Date(alarm.StateUpdatedTimestamp).toUTCString()}".`,
		'',
		'Alarm Details:',
		`- Name:                       ${alarm.AlarmName}`,
		`- Description:                ${alarm.AlarmDescription ?? ''}`,
		`- State Change:               ${previous} -> ${alarm.StateValue}`,
		`- Reason for State Change:    ${alarm.StateReason}`,
		`- Timestamp:                  ${new Date(alarm.StateUpdatedTimestamp).toUTCString()}`,
		`- AWS Account:                ${state.account.accountId}`,
		`- Alarm Arn:                  ${alarm.AlarmArn}`,
		'',
		'Threshold:',
		`- The alarm is in the ALARM state when the metric is ${OPERATOR_WORDS[alarm.ComparisonOperator]} ${alarm.Threshold} for at least ${alarm.DatapointsToAlarm} of the last ${alarm.EvaluationPeriods} period(s) of ${alarm.Period} seconds.`,
		'',
		'Monitored Metric:',
		`- MetricNamespace:            ${alarm.Namespace}`,
		`- MetricName:                 ${alarm.MetricName}`,
		`- Dimensions:                 ${alarm.Dimensions.map((d) => `[${d.Name} = ${d.Value}]`).join(' ')}`,
		`- Period:                     ${alarm.Period} seconds`,
		`- Statistic:                  ${alarm.Statistic}`,
	].join('\n');
}

/**
 * Re-evaluates one alarm and, on a state change with actions enabled, notifies the SNS topics
 * configured for the new state (`AlarmActions`, `OKActions` or `InsufficientDataActions`).
 */
export function evaluateAlarm(state: SimState, region: string, alarmName: string, env: HandlerEnv): SimState {
	const regionalAlarms = state.cloudwatch[region]?.alarms;
	const alarm = regionalAlarms && own(regionalAlarms, alarmName);
	if (!alarm) return state;
	const clock = state.billing.clock;
	const verdict = alarmVerdict(state, region, alarm, clock);
	if (verdict.value === alarm.StateValue) return state;
	const updated: MetricAlarm = {
		...alarm,
		StateValue: verdict.value,
		StateReason: verdict.reason,
		StateUpdatedTimestamp: clock,
	};
	const regional = state.cloudwatch[region] ?? { alarms: {} };
	let next: SimState = {
		...state,
		cloudwatch: {
			...state.cloudwatch,
			[region]: { ...regional, alarms: { ...regional.alarms, [alarmName]: updated } },
		},
	};
	if (!updated.ActionsEnabled) return next;
	const actions =
		verdict.value === 'ALARM'
			? updated.AlarmActions
			: verdict.value === 'OK'
				? updated.OKActions
				: updated.InsufficientDataActions;
	const subject = `${verdict.value}: "${updated.AlarmName}" in ${regionName(region)}`;
	const body = notificationBody(next, region, updated, alarm.StateValue);
	for (const action of actions) next = publishToTopic(next, action, subject, body, env.now);
	return next;
}

/** Re-evaluates every alarm in every Region. */
export function evaluateAllAlarms(state: SimState, env: HandlerEnv): SimState {
	let next = state;
	for (const [region, regional] of Object.entries(state.cloudwatch)) {
		for (const alarmName of Object.keys(regional.alarms)) next = evaluateAlarm(next, region, alarmName, env);
	}
	return next;
}
