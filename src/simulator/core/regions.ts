/** The Regions the simulated console offers, with the names AWS shows. */
export const REGIONS = {
	'us-east-1': 'US East (N. Virginia)',
	'us-east-2': 'US East (Ohio)',
	'us-west-1': 'US West (N. California)',
	'us-west-2': 'US West (Oregon)',
	'ca-central-1': 'Canada (Central)',
	'eu-west-1': 'Europe (Ireland)',
	'eu-west-2': 'Europe (London)',
	'eu-central-1': 'Europe (Frankfurt)',
	'ap-south-1': 'Asia Pacific (Mumbai)',
	'ap-southeast-1': 'Asia Pacific (Singapore)',
	'ap-southeast-2': 'Asia Pacific (Sydney)',
	'ap-northeast-1': 'Asia Pacific (Tokyo)',
	'sa-east-1': 'South America (São Paulo)',
} as const satisfies Record<string, string>;

export type RegionCode = keyof typeof REGIONS;

/** The default Region for regional services, and the only one with billing metrics. */
export const DEFAULT_REGION: RegionCode = 'us-east-1';

export function isRegionCode(value: unknown): value is RegionCode {
	return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REGIONS, value);
}

/** The Region's display name, e.g. `US East (N. Virginia)`. */
export function regionName(region: string): string {
	return isRegionCode(region) ? REGIONS[region] : region;
}
