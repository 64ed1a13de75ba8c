import { createFreePlan } from './billing/free-plan.ts';
import { SimStateSchema } from './schema.ts';
import { SIM_STATE_VERSION, type SimState } from './state.ts';

/** The outcome of loading a saved simulator state. */
export type MigrateResult =
	| { readonly ok: true; readonly state: SimState; readonly migratedFrom?: number }
	| { readonly ok: false; readonly reason: 'newer-version' | 'invalid'; readonly detail: string };

/** One step of the migration table: takes a save written at version `to - 1` to version `to`. */
interface SimMigration {
	readonly to: number;
	/** Returns a complete object; odd input may make it return something the schema then refuses. */
	up(previous: unknown): unknown;
}

/** The parts of a version 1 save that the step to version 2 reads (frozen: never edit). */
interface SimV1 {
	readonly billing: { readonly clock: number } & Record<string, unknown>;
	readonly [key: string]: unknown;
}

function isSimV1(value: unknown): value is SimV1 {
	if (typeof value !== 'object' || value === null) return false;
	const billing = (value as { billing?: unknown }).billing;
	return (
		typeof billing === 'object' &&
		billing !== null &&
		typeof (billing as { clock?: unknown }).clock === 'number' &&
		Number.isFinite((billing as { clock: number }).clock)
	);
}

/** The parts of a version 2 save that the step to version 3 reads (frozen: never edit). */
interface SimV2 {
	readonly iam: Record<string, unknown>;
	readonly [key: string]: unknown;
}

function isSimV2(value: unknown): value is SimV2 {
	if (typeof value !== 'object' || value === null) return false;
	const iam = (value as { iam?: unknown }).iam;
	return typeof iam === 'object' && iam !== null && !Array.isArray(iam);
}

/** The parts of a version 3 save that the step to version 4 reads (frozen: never edit). */
type SimV3 = Readonly<Record<string, unknown>>;

function isSimV3(value: unknown): value is SimV3 {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MIGRATIONS: readonly SimMigration[] = [
	{
		// Version 2 (December 2026): the account plan on Billing Home and AWS Budgets. A version 1 save
		// starts the Free plan at its billing clock and has no budgets.
		to: 2,
		up(previous) {
			if (!isSimV1(previous)) return previous;
			return {
				...previous,
				billing: { ...previous.billing, plan: createFreePlan(previous.billing.clock) },
				budgets: {},
			};
		},
	},
	{
		// Version 3 (December 2026): passkeys and security keys as MFA devices. A version 2 save has
		// none and no WebAuthn ceremony under way.
		to: 3,
		up(previous) {
			if (!isSimV2(previous)) return previous;
			return { ...previous, iam: { ...previous.iam, fidoDevices: {} }, fidoCeremony: null };
		},
	},
	{
		// Version 4 (December 2026): EC2 instances are kept, per Region. A version 3 save kept none
		// (launched instances only raised the spend rate, which stays as it was).
		to: 4,
		up(previous) {
			if (!isSimV3(previous)) return previous;
			return { ...previous, ec2: {} };
		},
	},
];

/**
 * Brings a saved state written at `fromVersion` up to {@link SIM_STATE_VERSION}, step by step,
 * without checking it: the caller checks the result once against {@link SimStateSchema} (the
 * browser's saved-document loader does). Never throws.
 */
export function upgradeSimState(raw: unknown, fromVersion: number): unknown {
	let migrated = raw;
	for (const step of MIGRATIONS) if (step.to > fromVersion) migrated = step.up(migrated);
	return migrated;
}

/**
 * Loads a saved envelope `{ version, state }`: refuses saves from a newer version, migrates older
 * ones step by step and validates the result with {@link SimStateSchema}. Never throws.
 */
export function migrateSimState(raw: unknown): MigrateResult {
	if (typeof raw !== 'object' || raw === null) {
		return { ok: false, reason: 'invalid', detail: 'The saved data is not an object.' };
	}
	const envelope = raw as { version?: unknown; state?: unknown };
	const version = envelope.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: 'invalid', detail: 'The saved data has no valid version number.' };
	}
	if (version > SIM_STATE_VERSION) {
		return {
			ok: false,
			reason: 'newer-version',
			detail: `The save was written by version ${version}; this build reads up to version ${SIM_STATE_VERSION}.`,
		};
	}
	const parsed = SimStateSchema.safeParse(upgradeSimState(envelope.state, version));
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		const where = first ? first.path.join('.') || '(root)' : '(root)';
		return { ok: false, reason: 'invalid', detail: `${where}: ${first?.message ?? 'invalid'}` };
	}
	// The schema is typed as a Shape<SimState>, so the compiler has checked that it yields one.
	const state = parsed.data;
	return version === SIM_STATE_VERSION ? { ok: true, state } : { ok: true, state, migratedFrom: version };
}

/** The table must end at the current version, with no gaps (checked by a unit test). */
export const SIM_MIGRATION_TARGETS: readonly number[] = MIGRATIONS.map((step) => step.to);
