import { readVersioned } from './persistence/read-document';
import type { SavedDocument } from './persistence/saved-document';
import { ProgressStateSchema, type ProgressState } from './progress-schema';
import { PROGRESS_KEY, PROGRESS_VERSION, practiceSeedFrom } from './progress-state';

/**
 * Migrations for saved progress. Each entry `{ to: n, up(prev) }` turns a version n-1 save into version n,
 * with the older shape copied, frozen, next to it. Each `up` returns a complete object, never a partial one.
 */
export interface ProgressMigration {
	/** The version this step produces. Steps run 2, 3, 4… with no gaps. */
	to: number;
	up(previous: unknown): unknown;
}

/** Version 1 as it was released (frozen: never change it). */
interface ProgressV1 {
	shuffleSeed: number;
	lessons: Record<string, unknown>;
	tasks: Record<string, unknown>;
	hints: Record<string, unknown>;
	quizzes: Record<string, unknown>;
}

/** Version 2 adds `realAccount`: the names the learner gave their real account, empty until they say. */
function addRealAccount(previous: unknown): unknown {
	if (typeof previous !== 'object' || previous === null || Array.isArray(previous)) {
		throw new Error('the saved progress is not an object');
	}
	return { ...(previous as ProgressV1), realAccount: {} };
}

/** Version 2 as it was released (frozen: never change it). */
interface ProgressV2 extends ProgressV1 {
	realAccount: Record<string, unknown>;
}

/**
 * Version 3 adds `practiceSeed`, which picks the learner's variant of a practice account. A
 * migration cannot draw a random number, so it derives one from the learner's shuffle seed.
 */
function addPracticeSeed(previous: unknown): unknown {
	if (typeof previous !== 'object' || previous === null || Array.isArray(previous)) {
		throw new Error('the saved progress is not an object');
	}
	const v2 = previous as ProgressV2;
	const shuffleSeed = typeof v2.shuffleSeed === 'number' && Number.isFinite(v2.shuffleSeed) ? v2.shuffleSeed : 0;
	return { ...v2, practiceSeed: practiceSeedFrom(shuffleSeed) };
}

export const PROGRESS_MIGRATIONS: readonly ProgressMigration[] = [
	{ to: 2, up: addRealAccount },
	{ to: 3, up: addPracticeSeed },
];

/**
 * Checks that the steps run 2, 3, 4… with no gap and end at PROGRESS_VERSION.
 * Runs when the module loads, so a mistake in the table fails every test and every build at once.
 */
export function assertMigrationTable(migrations: readonly ProgressMigration[], currentVersion: number): void {
	migrations.forEach((migration, index) => {
		if (migration.to !== index + 2) {
			throw new Error(`Progress migration ${index} goes to version ${migration.to}; expected ${index + 2}.`);
		}
	});
	const last = migrations.length + 1;
	if (last !== currentVersion) {
		throw new Error(`Progress migrations end at version ${last} but PROGRESS_VERSION is ${currentVersion}.`);
	}
}

assertMigrationTable(PROGRESS_MIGRATIONS, PROGRESS_VERSION);

export type MigrationResult =
	| { ok: true; state: ProgressState }
	| { ok: false; reason: 'newer'; fromVersion: number }
	| { ok: false; reason: 'invalid'; detail: string };

/** Runs every step above `fromVersion` in order; a step may throw on data it cannot read. */
function upgrade(migrations: readonly ProgressMigration[]): (raw: unknown, fromVersion: number) => unknown {
	return (raw, fromVersion) => {
		let state = raw;
		for (const migration of migrations) if (migration.to > fromVersion) state = migration.up(state);
		return state;
	};
}

/** The learner's progress as a saved document: `course:progress`, its version line and its shape. */
export const PROGRESS_DOCUMENT: SavedDocument<ProgressState> = {
	key: PROGRESS_KEY,
	version: PROGRESS_VERSION,
	migrate: upgrade(PROGRESS_MIGRATIONS),
	schema: ProgressStateSchema,
};

/**
 * Brings a saved progress state written at `fromVersion` up to the current version and checks it,
 * as loading and importing do (see saved-document.ts). Never throws: a save from a newer build or one
 * that does not fit the shape comes back as a failure the caller can explain.
 */
export function migrateProgress(
	raw: unknown,
	fromVersion: number,
	migrations: readonly ProgressMigration[] = PROGRESS_MIGRATIONS,
	currentVersion: number = PROGRESS_VERSION,
): MigrationResult {
	const document = { ...PROGRESS_DOCUMENT, version: currentVersion, migrate: upgrade(migrations) };
	const read = readVersioned(document, { version: fromVersion, state: raw });
	if (read.ok) return { ok: true, state: read.state };
	if (read.problem === 'newer') return { ok: false, reason: 'newer', fromVersion };
	if (read.problem === 'invalid') return { ok: false, reason: 'invalid', detail: read.detail };
	return { ok: false, reason: 'invalid', detail: `the version number ${String(fromVersion)} is not valid` };
}
