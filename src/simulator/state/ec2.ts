/** EC2 instances, kept per Region. */

/**
 * The states of an EC2 instance, as `InstanceState.Name` reports them.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
 */
export const INSTANCE_STATE_NAMES = [
	'pending',
	'running',
	'shutting-down',
	'terminated',
	'stopping',
	'stopped',
] as const;
export type InstanceStateName = (typeof INSTANCE_STATE_NAMES)[number];

/**
 * An EC2 instance, kept in its Region under its id. SIMPLIFIED: an instance changes state at once
 * (running when launched, stopped or terminated when asked); the responses report the passing
 * state (`pending`, `stopping`, `shutting-down`) as AWS's do.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
 */
export interface Ec2Instance {
	readonly InstanceId: string;
	readonly InstanceType: string;
	readonly ReservationId: string;
	readonly State: InstanceStateName;
	/** Real time the instance was launched. */
	readonly LaunchTime: number;
	/** Real time of the last stop or termination, when there was one (a terminated instance stays listed for an hour). */
	readonly stateChangedAt?: number;
	/** What the instance adds to the spend rate while it runs, USD per hour (its price when launched). */
	readonly hourlyPriceUsd: number;
}

/**
 * One Region's EC2 resources (EC2 is a regional service).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
 */
export interface RegionalEc2 {
	readonly instances: Readonly<Record<string, Ec2Instance>>;
}
