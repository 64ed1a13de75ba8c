import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, optionalString, requiredNumber, requiredString, validationMessage } from '../core/validate.ts';
import type { MetricView, StatisticDatapoint } from '../operations.ts';
import { ALARM_STATISTICS, type AlarmStatistic } from '../state.ts';
import { readDimensions } from './alarms.ts';
import { BILLING_NAMESPACE, ESTIMATED_CHARGES, isBillingMetricAvailable, metricDatapoints } from './metrics.ts';

/**
 * ListMetrics: the metrics with data in the Region. In this account that is only the billing
 * metric `AWS/Billing` `EstimatedCharges` (`Currency=USD`), in US East (N. Virginia), once billing
 * alerts have published a first datapoint.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html
 */
export const listMetrics: Handler<'ListMetrics'> = (state, input, env) => {
	const namespace = optionalString(input, 'Namespace', { min: 1, max: 255 });
	if (!namespace.ok) return namespace;
	const metricName = optionalString(input, 'MetricName', { min: 1, max: 255 });
	if (!metricName.ok) return metricName;
	const rawFilters = asRecord(input)['Dimensions'];
	const filters = Array.isArray(rawFilters) ? rawFilters.map(asRecord) : [];
	const metrics: MetricView[] = [];
	if (isBillingMetricAvailable(state, env.region)) {
		const metric: MetricView = {
			Namespace: BILLING_NAMESPACE,
			MetricName: ESTIMATED_CHARGES,
			Dimensions: [{ Name: 'Currency', Value: 'USD' }],
		};
		const dimensionsMatch = filters.every(
			(f) => f['Name'] === 'Currency' && (f['Value'] === undefined || f['Value'] === 'USD'),
		);
		if (
			(namespace.value ?? BILLING_NAMESPACE) === BILLING_NAMESPACE &&
			(metricName.value ?? ESTIMATED_CHARGES) === ESTIMATED_CHARGES &&
			dimensionsMatch
		) {
			metrics.push(metric);
		}
	}
	return done(state, { Metrics: metrics });
};

/** The most datapoints GetMetricStatistics returns in one call. */
export const MAX_STATISTIC_DATAPOINTS = 1440;

/**
 * GetMetricStatistics: aggregates a metric's datapoints into periods between StartTime and
 * EndTime (times are epoch ms here), for the console's graph.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
 */
export const getMetricStatistics: Handler<'GetMetricStatistics'> = (state, input, env) => {
	const namespace = requiredString(input, 'Namespace', { min: 1, max: 255 });
	if (!namespace.ok) return namespace;
	const metricName = requiredString(input, 'MetricName', { min: 1, max: 255 });
	if (!metricName.ok) return metricName;
	const dimensions = readDimensions(input);
	if (!dimensions.ok) return dimensions;
	const start = requiredNumber(input, 'StartTime');
	if (!start.ok) return start;
	const end = requiredNumber(input, 'EndTime');
	if (!end.ok) return end;
	const period = requiredNumber(input, 'Period');
	if (!period.ok) return period;
	const rawStats = asRecord(input)['Statistics'];
	if (
		!Array.isArray(rawStats) ||
		rawStats.length < 1 ||
		rawStats.length > 5 ||
		!rawStats.every((s) => (ALARM_STATISTICS as readonly unknown[]).includes(s))
	) {
		return fail(
			'ValidationError',
			validationMessage('Statistics', null, `Member must be a list of 1 to 5 of [${ALARM_STATISTICS.join(', ')}]`),
		);
	}
	const statistics = rawStats as AlarmStatistic[];
	if (!Number.isInteger(period.value) || period.value < 60 || period.value % 60 !== 0) {
		return fail('InvalidParameterValue', 'The parameter Period must be a multiple of 60.');
	}
	if (end.value <= start.value)
		return fail('InvalidParameterCombination', 'The parameter StartTime must be less than the parameter EndTime.');
	const periodMs = period.value * 1000;
	const buckets = Math.ceil((end.value - start.value) / periodMs);
	if (buckets > MAX_STATISTIC_DATAPOINTS) {
		return fail(
			'InvalidParameterCombination',
			`You have requested up to ${buckets} datapoints, which exceeds the limit of ${MAX_STATISTIC_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
		);
	}
	const points = metricDatapoints(state, env.region, namespace.value, metricName.value, dimensions.value).filter(
		(p) => p.Timestamp >= start.value && p.Timestamp < end.value,
	);
	const grouped = new Map<number, number[]>();
	for (const p of points) {
		const bucket = start.value + Math.floor((p.Timestamp - start.value) / periodMs) * periodMs;
		grouped.set(bucket, [...(grouped.get(bucket) ?? []), p.Value]);
	}
	const Datapoints: StatisticDatapoint[] = [...grouped.entries()]
		.sort(([a], [b]) => a - b)
		.map(([Timestamp, values]) => {
			const sum = values.reduce((a, b) => a + b, 0);
			const all = {
				SampleCount: values.length,
				Average: sum / values.length,
				Sum: sum,
				Minimum: Math.min(...values),
				Maximum: Math.max(...values),
			};
			const datapoint: Record<string, number | string> = { Timestamp, Unit: 'None' };
			for (const s of statistics) datapoint[s] = all[s];
			return datapoint as unknown as StatisticDatapoint;
		});
	return done(state, { Label: metricName.value, Datapoints });
};
