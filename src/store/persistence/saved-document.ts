/**
 * Saved documents: everything the course keeps in the browser (a practice account, the learner's
 * progress, the practice authenticator) is one document with a key, a version line, migrations
 * and a shape. This module loads, saves, exports and imports any of them the same way:
 *
 * - load parses the JSON once, migrates it step by step, checks it once against the shape, and
 *   never throws. A save that cannot be read, or that a newer build of the course wrote, is copied
 *   to a backup key before anything may overwrite it, and the caller gets a notice to show;
 * - save writes `{ version, state }` and reports a refusal (storage full, switched off) instead of
 *   throwing;
 * - export and import do the same for a file the learner keeps.
 */
import { readItem, writeItem, type KeyValueStorage } from './storage';

/** Anything with a `safeParse` (see `src/lib/shape.ts`): the document's shape. */
export interface Validator<T> {
	safeParse(
		value: unknown,
	):
		| { success: true; data: T }
		| { success: false; error: { issues: readonly { path: readonly (string | number)[]; message: string }[] } };
}

/** What makes a saved document: where it lives, its version line and its shape. */
export interface SavedDocument<T> {
	/** The storage key, `course:<name>`. */
	readonly key: string;
	/** The version this build writes. */
	readonly version: number;
	/**
	 * Brings data written at `fromVersion` (1 … version) up to the current version. It may throw on
	 * data it cannot read; the loader treats that as an unreadable save.
	 */
	readonly migrate: (raw: unknown, fromVersion: number) => unknown;
	readonly schema: Validator<T>;
	/** Reads a save written before the document used the `{ version, state }` envelope, if there were any. */
	readonly readLegacy?: (parsed: unknown) => Envelope | undefined;
}

/** The shape every save has on disk. */
export interface Envelope {
	readonly version: number;
	readonly state: unknown;
}

/** Why a save was set aside: unreadable, or written by a newer build of the course. */
export interface LoadNotice {
	readonly kind: 'recovered' | 'newer';
	/** Where the old save was copied to. */
	readonly backupKey: string;
	/** False when even the backup could not be written (storage full or gone). */
	readonly backupKept: boolean;
}

export interface LoadResult<T> {
	readonly state: T;
	readonly notice?: LoadNotice;
	/**
	 * False when the key must not be overwritten: a save we could not back up is still there, and
	 * keeping it matters more than saving this session.
	 */
	readonly writable: boolean;
}

/** `<key>:backup:<ISO time>`, the key a save is copied to before it is replaced. */
export function backupKeyFor(key: string, now: number): string {
	return `${key}:backup:${new Date(now).toISOString()}`;
}

/** Reads a document; `fallback` is the state to start from when there is no usable save. */
export function loadDocument<T>(
	storage: Pick<KeyValueStorage, 'getItem' | 'setItem'>,
	document: SavedDocument<T>,
	options: { fallback: () => T; now: () => number },
): LoadResult<T> {
	const raw = readItem(storage, document.key);
	if (raw === null) return { state: options.fallback(), writable: true };
	const read = readEnvelope(document, raw);
	if (read.ok) return { state: read.state, writable: true };
	const backupKey = backupKeyFor(document.key, options.now());
	const backupKept = writeItem(storage, backupKey, raw);
	return {
		state: options.fallback(),
		notice: { kind: read.problem === 'newer' ? 'newer' : 'recovered', backupKey, backupKept },
		writable: backupKept,
	};
}

/** Writes `{ version, state }`; false when the storage refused (quota exceeded, private mode). */
export function saveDocument<T>(
	storage: Pick<KeyValueStorage, 'setItem'>,
	document: SavedDocument<T>,
	state: T,
): boolean {
	let text: string;
	try {
		text = JSON.stringify({ version: document.version, state } satisfies Envelope);
	} catch {
		return false;
	}
	return writeItem(storage, document.key, text);
}

/** Why a saved or imported text could not be used. */
export type ReadProblem =
	| { readonly problem: 'not-json' | 'no-envelope' | 'no-version' }
	| { readonly problem: 'newer'; readonly version: number }
	| { readonly problem: 'invalid'; readonly detail: string };

export type ReadResult<T> = { readonly ok: true; readonly state: T } | ({ readonly ok: false } & ReadProblem);

/** Parses, migrates and checks one saved or exported text. Never throws. */
export function readEnvelope<T>(document: SavedDocument<T>, text: string): ReadResult<T> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	const envelope = isEnvelope(parsed) ? parsed : document.readLegacy?.(parsed);
	if (envelope === undefined) return { ok: false, problem: 'no-envelope' };
	return readVersioned(document, envelope);
}

/** Migrates and checks the state of an envelope already parsed. Never throws. */
export function readVersioned<T>(
	document: SavedDocument<T>,
	envelope: { version: unknown; state: unknown },
): ReadResult<T> {
	const { version, state } = envelope;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, problem: 'no-version' };
	if (version > document.version) return { ok: false, problem: 'newer', version };
	let migrated: unknown;
	try {
		migrated = version === document.version ? state : document.migrate(state, version);
	} catch (error) {
		// A migration that throws on odd data is treated like any other unreadable save.
		return {
			ok: false,
			problem: 'invalid',
			detail: error instanceof Error ? error.message : 'it could not be upgraded',
		};
	}
	const checked = document.schema.safeParse(migrated);
	if (checked.success) return { ok: true, state: checked.data };
	return { ok: false, problem: 'invalid', detail: describeFirstIssue(checked.error.issues) };
}

function isEnvelope(value: unknown): value is { version: unknown; state: unknown } {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && 'version' in value && 'state' in value;
}

/** "quizzes.mfa.attempts: Expected number, received string", in words a learner can pass on. */
export function describeFirstIssue(issues: readonly { path: readonly (string | number)[]; message: string }[]): string {
	const first = issues[0];
	if (first === undefined) return 'the data does not have the expected shape';
	const where = first.path.length > 0 ? first.path.join('.') : 'the top level';
	return `${where}: ${first.message}`;
}
