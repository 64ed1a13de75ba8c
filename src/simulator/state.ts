/**
 * The simulated account's state: plain, JSON-safe, readonly data keyed by natural AWS keys.
 * Times are epoch milliseconds. Ids and ARNs derive from the counter `seq`, never from randomness,
 * so a saved state replays to the same ids. Each part of the account is described in its own file
 * under `state/`; this file joins them into {@link SimState}.
 */

import type { BillingState, Budget } from './state/billing.ts';
import type { RegionalEc2 } from './state/ec2.ts';
import type { IamGroup, IamUser, RootUser } from './state/identity.ts';
import type { MailMessage } from './state/mail.ts';
import type { FidoCeremony, FidoMfaDevice, VirtualMfaDevice } from './state/mfa.ts';
import type { RegionalCloudWatch, RegionalSns } from './state/monitoring.ts';
import type { PendingSignIn, Session } from './state/sign-in.ts';
import type { TrailRecord } from './state/trail.ts';

export * from './state/billing.ts';
export * from './state/ec2.ts';
export * from './state/identity.ts';
export * from './state/mail.ts';
export * from './state/mfa.ts';
export * from './state/monitoring.ts';
export * from './state/sign-in.ts';
export * from './state/trail.ts';

/** The version of the persisted {@link SimState} shape. Bump it with a migration. */
export const SIM_STATE_VERSION = 4;

/** Settings that are part of the scenario rather than of AWS. */
export interface SimSettings {
	/** PBKDF2 iterations for newly stored password hashes. */
	readonly passwordHashIterations: number;
}

/** The whole simulated account. */
export interface SimState {
	readonly account: { readonly accountId: string; readonly alias?: string };
	readonly root: RootUser;
	readonly iam: {
		readonly users: Readonly<Record<string, IamUser>>;
		readonly groups: Readonly<Record<string, IamGroup>>;
		readonly mfaDevices: Readonly<Record<string, VirtualMfaDevice>>;
		/** Passkeys and security keys, by serial number. */
		readonly fidoDevices: Readonly<Record<string, FidoMfaDevice>>;
	};
	readonly session: Session | null;
	readonly pendingSignIn: PendingSignIn | null;
	/** The passkey or security key ceremony the model waits for, if any. */
	readonly fidoCeremony: FidoCeremony | null;
	readonly billing: BillingState;
	/** AWS Budgets, by name (budgets are global to the account). */
	readonly budgets: Readonly<Record<string, Budget>>;
	readonly cloudwatch: Readonly<Record<string, RegionalCloudWatch>>;
	readonly sns: Readonly<Record<string, RegionalSns>>;
	/** EC2 instances, by Region. */
	readonly ec2: Readonly<Record<string, RegionalEc2>>;
	readonly mailbox: readonly MailMessage[];
	readonly trail: readonly TrailRecord[];
	readonly settings: SimSettings;
	/** Counter behind every generated id. */
	readonly seq: number;
}

/** Most trail records kept; older ones are dropped. */
export const TRAIL_LIMIT = 200;
/** Most mailbox messages kept; older ones are dropped. */
export const MAILBOX_LIMIT = 200;
