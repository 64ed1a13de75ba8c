import type { Dimension, SimState } from '../state.ts';

export const BILLING_NAMESPACE = 'AWS/Billing';
export const ESTIMATED_CHARGES = 'EstimatedCharges';
export const BILLING_REGION = 'us-east-1';

/** Whether a metric identity is the total `EstimatedCharges` with `Currency=USD`. */
export function isEstimatedChargesMetric(
	namespace: string,
	metricName: string,
	dimensions: readonly Dimension[],
): boolean {
	return (
		namespace === BILLING_NAMESPACE &&
		metricName === ESTIMATED_CHARGES &&
		dimensions.length === 1 &&
		dimensions[0]?.Name === 'Currency' &&
		dimensions[0]?.Value === 'USD'
	);
}

/**
 * The datapoints of a metric in a Region. Only the billing metric has data: it is stored in US
 * East (N. Virginia) and exists once billing alerts have produced a first datapoint.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 */
export function metricDatapoints(
	state: SimState,
	region: string,
	namespace: string,
	metricName: string,
	dimensions: readonly Dimension[],
): readonly { Timestamp: number; Value: number }[] {
	if (region !== BILLING_REGION || !isEstimatedChargesMetric(namespace, metricName, dimensions)) return [];
	return state.billing.datapoints;
}

/** Whether the billing metric can be seen in a Region (us-east-1, after the first publication). */
export function isBillingMetricAvailable(state: SimState, region: string): boolean {
	return region === BILLING_REGION && state.billing.datapoints.length > 0;
}
