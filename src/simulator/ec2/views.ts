import type { InstanceView } from '../operations.ts';
import type { Ec2Instance, InstanceStateName, SimState } from '../state.ts';

/**
 * Terminated instances stay listed for about an hour, then disappear.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html
 */
export const TERMINATED_LISTED_MS = 3_600_000;

const STATE_CODES: Readonly<Record<InstanceStateName, number>> = {
	pending: 0,
	running: 16,
	'shutting-down': 32,
	terminated: 48,
	stopping: 64,
	stopped: 80,
};

/**
 * An instance state as EC2 reports it, with its code.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
 */
export function stateView<N extends InstanceStateName>(name: N): { Code: number; Name: N } {
	return { Code: STATE_CODES[name], Name: name };
}

/**
 * An instance as the API returns it. SIMPLIFIED: every instance is in the Region's first Availability Zone.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
 */
export function instanceView(instance: Ec2Instance, region: string): InstanceView {
	return {
		InstanceId: instance.InstanceId,
		InstanceType: instance.InstanceType,
		State: stateView(instance.State),
		LaunchTime: instance.LaunchTime,
		Placement: { AvailabilityZone: `${region}a` },
	};
}

/**
 * Whether the instance still shows in lists: every instance but those terminated over an hour ago.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html
 */
export function isListed(instance: Ec2Instance, now: number): boolean {
	return !(
		instance.State === 'terminated' &&
		instance.stateChangedAt !== undefined &&
		now - instance.stateChangedAt >= TERMINATED_LISTED_MS
	);
}

/**
 * The Region's instances, keyed by id: each Region has its own.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
 */
export function regionalInstances(state: SimState, region: string): Readonly<Record<string, Ec2Instance>> {
	// Object.hasOwn rather than the `own` helper: this module sits in the console's first download.
	return (Object.hasOwn(state.ec2, region) ? state.ec2[region]?.instances : undefined) ?? {};
}

/**
 * An instance and the Region it runs in.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/global-view.html
 */
export interface RegionalInstance {
	readonly region: string;
	readonly instance: Ec2Instance;
}

/**
 * Every instance the account still lists, in every Region (what EC2 Global View gathers), by Region
 * then launch order. Terminated instances stay listed for an hour after `now`.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/global-view.html
 */
export function selectInstancesInAllRegions(state: SimState, now: number): RegionalInstance[] {
	return Object.keys(state.ec2)
		.sort()
		.flatMap((region) =>
			Object.values(regionalInstances(state, region))
				.filter((instance) => isListed(instance, now))
				.map((instance) => ({ region, instance })),
		);
}
