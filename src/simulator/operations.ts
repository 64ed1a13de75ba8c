/**
 * The single source of truth for every operation: its input, its output and the AWS error codes it
 * can return. Names follow AWS exactly (operation names, member names, wire error codes). Each
 * service's operations are described in its own file under `operations/`; this file joins them.
 */
import type { BillingOperations } from './operations/billing.ts';
import type { CloudTrailOperations } from './operations/cloudtrail.ts';
import type { ConsoleOperations } from './operations/console.ts';
import type { Ec2Operations } from './operations/ec2.ts';
import type { IamOperations } from './operations/iam.ts';
import type { MonitoringOperations } from './operations/monitoring.ts';
import type { SignInOperations } from './operations/sign-in.ts';

export type * from './operations/billing.ts';
export type * from './operations/cloudtrail.ts';
export type * from './operations/common.ts';
export type * from './operations/console.ts';
export type * from './operations/ec2.ts';
export type * from './operations/iam.ts';
export type * from './operations/monitoring.ts';
export type * from './operations/sign-in.ts';

/**
 * Every operation: `input`, `output` and `errors` (AWS wire codes). Operations that are console
 * actions without a public AWS API (sign-in, billing preferences, mailbox, simulation controls)
 * are marked as such in their TSDoc.
 */
export interface Operations
	extends
		SignInOperations,
		IamOperations,
		BillingOperations,
		MonitoringOperations,
		ConsoleOperations,
		Ec2Operations,
		CloudTrailOperations {}

/** Every operation name. */
export type OperationName = keyof Operations;

/** A call: the operation, its input, and the region for regional services (default `us-east-1`). */
export type ApiCall = {
	[K in OperationName]: { readonly op: K; readonly input: Operations[K]['input']; readonly region?: string };
}[OperationName];

/** The call for one operation. */
export type ApiCallOf<K extends OperationName> = Extract<ApiCall, { op: K }>;
