/** EC2, the other services' entry pages, console-only actions, the practice mailbox and simulation controls. */
import type { CommonError, Empty } from './common.ts';

/** An instance as `RunInstances` returns it: just launched, so always `pending`. */
export interface RunInstancesInstance {
	readonly InstanceId: string;
	readonly InstanceType: string;
	readonly State: { readonly Name: 'pending' };
}

/** EC2, entry pages of other services, console-only actions and the simulation's own controls. */
export interface ConsoleOperations {
	// ---------- EC2 (regional) ----------
	/** The EC2 console's instance list. Launched instances are not kept, so it is always empty. */
	DescribeInstances: { input: Empty; output: { Reservations: readonly never[] }; errors: CommonError };
	/** Launches instances; what they cost is added to the account's spend rate. */
	RunInstances: {
		input: { InstanceType: string; MinCount: number; MaxCount: number };
		output: { Instances: readonly RunInstancesInstance[] };
		errors: CommonError | 'InvalidParameterValue' | 'InstanceLimitExceeded';
	};

	// ---------- Other services: entry pages only (no resources) ----------
	DescribeDBInstances: { input: Empty; output: { DBInstances: readonly never[] }; errors: CommonError };
	ListBuckets: { input: Empty; output: { Buckets: readonly never[] }; errors: CommonError };

	// ---------- Console-only actions and the practice mailbox ----------
	/** The console's "Email sign-in instructions": a message with the sign-in URL and user name, never the password. */
	SendSignInInstructions: {
		input: { UserName: string };
		output: { MessageId: string };
		errors: 'MissingAuthenticationToken' | 'NoSuchEntity' | 'ValidationError';
	};
	MarkMessageRead: {
		input: { MessageId: string };
		output: Empty;
		errors: 'NoSuchMessage' | 'ValidationError';
	};

	// ---------- Simulation controls (not AWS) ----------
	/** Fast-forwards the billing clock; charges accrue and EstimatedCharges is published every 6 hours. */
	AdvanceBillingClock: { input: { Hours: number }; output: { Clock: number }; errors: 'ValidationError' };
	SetSpendRate: { input: { UsdPerHour: number }; output: Empty; errors: 'ValidationError' };
}
