/**
 * On-Demand hourly prices of the instance types the simulator knows, in USD.
 *
 * SIMPLIFIED: a fixed table of a few common types, US East (N. Virginia) On-Demand Linux prices;
 * the same price is used in every Region, and no other type can be launched.
 * @see https://aws.amazon.com/ec2/pricing/on-demand/
 */
export const INSTANCE_PRICES_USD_PER_HOUR: Readonly<Record<string, number>> = {
	't2.micro': 0.0116,
	't3.nano': 0.0052,
	't3.micro': 0.0104,
	't3.small': 0.0208,
	't3.medium': 0.0416,
	'm5.large': 0.096,
	'm5.xlarge': 0.192,
	'c5.large': 0.085,
	'g4dn.xlarge': 0.526,
	'g5.12xlarge': 5.672,
	'p3.16xlarge': 24.48,
	'p4d.24xlarge': 32.7726,
};

/** The hourly price of an instance type, or `undefined` for a type the table does not list. */
export function hourlyPrice(instanceType: string): number | undefined {
	return Object.prototype.hasOwnProperty.call(INSTANCE_PRICES_USD_PER_HOUR, instanceType)
		? INSTANCE_PRICES_USD_PER_HOUR[instanceType]
		: undefined;
}
