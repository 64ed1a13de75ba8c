import { PROGRESS_VERSION, ProgressStateSchema, type ProgressState } from './progress-schema';

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

export const PROGRESS_MIGRATIONS: readonly ProgressMigration[] = [{ to: 2, up: addRealAccount }];

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

/**
 * Brings a saved progress state written at `fromVersion` up to the current version and validates it.
 * Never throws: a save from a newer build or one that does not fit the schema comes back as a failure
 * the caller can explain.
 */
export function migrateProgress(
	raw: unknown,
	fromVersion: number,
	migrations: readonly ProgressMigration[] = PROGRESS_MIGRATIONS,
	currentVersion: number = PROGRESS_VERSION,
): MigrationResult {
	if (!Number.isInteger(fromVersion) || fromVersion < 1) {
		return { ok: false, reason: 'invalid', detail: `the version number ${String(fromVersion)} is not valid` };
	}
	if (fromVersion > currentVersion) return { ok: false, reason: 'newer', fromVersion };
	let state = raw;
	try {
		for (const migration of migrations) {
			if (migration.to > fromVersion) state = migration.up(state);
		}
	} catch (error) {
		return { ok: false, reason: 'invalid', detail: error instanceof Error ? error.message : String(error) };
	}
	const reserved = findReservedKey(state);
	if (reserved !== undefined)
		return { ok: false, reason: 'invalid', detail: `${reserved.path}: "${reserved.key}" cannot be used as an id` };
	const parsed = ProgressStateSchema.safeParse(state);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
		return { ok: false, reason: 'invalid', detail: describeFirstIssue(issues) };
	}
	return { ok: true, state: parsed.data };
}

/**
 * Keys that plain objects already "have". Progress ids are ours (lesson, lab, task, quiz and question
 * ids), never these; a save holding one is refused with a clear message rather than half-read.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first reserved key in parsed JSON, with its path, if any. */
function findReservedKey(value: unknown, path = ''): { key: string; path: string } | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	for (const key of Object.keys(value)) {
		const here = path ? `${path}.${key}` : key;
		if (RESERVED_KEYS.has(key)) return { key, path: here };
		const inner = findReservedKey((value as Record<string, unknown>)[key], here);
		if (inner !== undefined) return inner;
	}
	return undefined;
}

/** "quizzes.mfa.attempts: Expected number, received string", in words a learner can pass on. */
export function describeFirstIssue(
	issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>,
): string {
	const first = issues[0];
	if (first === undefined) return 'the data does not have the expected shape';
	const where = first.path.length > 0 ? first.path.join('.') : 'the top level';
	return `${where}: ${first.message}`;
}
