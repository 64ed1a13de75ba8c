/** EC2 operations (regional): instances and what they cost on the billing clock. */
import type { InstanceStateName } from '../state.ts';
import type { CommonError } from './common.ts';

/**
 * An instance's state as EC2 reports it: the name and its numeric code (0 pending, 16 running, 32
 * shutting-down, 48 terminated, 64 stopping, 80 stopped).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
 */
export interface InstanceStateView {
	readonly Code: number;
	readonly Name: InstanceStateName;
}

/**
 * An instance as `RunInstances` and `DescribeInstances` return it (the members the console shows).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
 */
export interface InstanceView {
	readonly InstanceId: string;
	readonly InstanceType: string;
	readonly State: InstanceStateView;
	readonly LaunchTime: number;
	readonly Placement: { readonly AvailabilityZone: string };
}

/**
 * An instance as `RunInstances` returns it: just launched, so always `pending`.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
 */
export type RunInstancesInstance = InstanceView & { readonly State: { readonly Code: 0; readonly Name: 'pending' } };

/**
 * A reservation: the instances one `RunInstances` call launched.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Reservation.html
 */
export interface ReservationView {
	readonly ReservationId: string;
	readonly OwnerId: string;
	readonly Instances: readonly InstanceView[];
}

/**
 * One instance's change of state, as `StopInstances` and `TerminateInstances` report it.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceStateChange.html
 */
export interface InstanceStateChange {
	readonly InstanceId: string;
	readonly CurrentState: InstanceStateView;
	readonly PreviousState: InstanceStateView;
}

/**
 * A `DescribeInstances` filter (`instance-id`, `instance-state-name` or `instance-type`).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Filter.html
 */
export interface Ec2Filter {
	readonly Name: string;
	readonly Values: readonly string[];
}

/** The errors of an operation that names instances by id. */
type InstanceIdErrors = 'InvalidInstanceID.Malformed' | 'InvalidInstanceID.NotFound';

/**
 * EC2 instances: launch, list, stop and terminate, in the call's Region.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/OperationList-query-ec2.html
 */
export interface Ec2Operations {
	/**
	 * The Region's instances (terminated ones stay listed for about an hour), optionally only those
	 * named in `InstanceIds` or matching every filter.
	 */
	DescribeInstances: {
		input: { InstanceIds?: readonly string[]; Filters?: readonly Ec2Filter[] };
		output: { Reservations: readonly ReservationView[] };
		errors: CommonError | InstanceIdErrors | 'InvalidParameterValue';
	};
	/** Launches instances; each adds its hourly price to the account's spend rate while it runs. */
	RunInstances: {
		input: { InstanceType: string; MinCount: number; MaxCount: number };
		output: { ReservationId: string; OwnerId: string; Instances: readonly RunInstancesInstance[] };
		errors: CommonError | 'InvalidParameterValue' | 'InstanceLimitExceeded';
	};
	/** Stops running instances: they stop costing, keep their disk, and can be started again. */
	StopInstances: {
		input: { InstanceIds: readonly string[] };
		output: { StoppingInstances: readonly InstanceStateChange[] };
		errors: CommonError | InstanceIdErrors | 'IncorrectInstanceState';
	};
	/** Terminates (deletes) instances for good: they stop costing at once. Terminating twice succeeds. */
	TerminateInstances: {
		input: { InstanceIds: readonly string[] };
		output: { TerminatingInstances: readonly InstanceStateChange[] };
		errors: CommonError | InstanceIdErrors;
	};
}
