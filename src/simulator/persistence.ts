import { SimStateSchema } from './schema.ts';
import { SIM_STATE_VERSION, type SimState } from './state.ts';

/** The outcome of loading a saved simulator state. */
export type MigrateResult =
	| { readonly ok: true; readonly state: SimState; readonly migratedFrom?: number }
	| { readonly ok: false; readonly reason: 'newer-version' | 'invalid'; readonly detail: string };

/**
 * Loads a saved envelope `{ version, state }`: refuses saves from a newer version, migrates older
 * ones step by step (none exist yet: version 1 is the first release) and validates the result
 * with {@link SimStateSchema}. Never throws.
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
	// Migrations from older versions would run here, in order, each taking version n to n + 1.
	const parsed = SimStateSchema.safeParse(envelope.state);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		const where = first ? first.path.join('.') || '(root)' : '(root)';
		return { ok: false, reason: 'invalid', detail: `${where}: ${first?.message ?? 'invalid'}` };
	}
	// The schema mirrors SimState exactly, so the parsed value is a SimState.
	const state = parsed.data as SimState;
	return version === SIM_STATE_VERSION ? { ok: true, state } : { ok: true, state, migratedFrom: version };
}
