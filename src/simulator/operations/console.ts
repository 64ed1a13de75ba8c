/** The other services' entry pages, console-only actions, the practice mailbox and simulation controls. */
import type { CommonError, Empty } from './common.ts';

/** Entry pages of other services, console-only actions and the simulation's own controls. */
export interface ConsoleOperations {
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
