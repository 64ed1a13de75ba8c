/**
 * Saved documents: everything the course keeps in the browser (a practice account, the learner's
 * progress, the practice authenticator) is one document with a key, a version line, migrations
 * and a shape. This module loads, saves, exports and imports any of them the same way:
 *
 * - load hands the saved text to a reader and never throws. A save that cannot be read, or that a
 *   newer build of the course wrote, is copied to a backup key before anything may overwrite it,
 *   and the caller gets a notice to show. The reader that parses the JSON once, migrates it step by
 *   step and checks it once against the shape is in `read-document.ts`, downloaded only by pages
 *   that have a save to read;
 * - save writes `{ version, state }` and reports a refusal (storage full, switched off) instead of
 *   throwing;
 * - export and import do the same for a file the learner keeps (`document-files.ts`).
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

/** How a saved document is read: its version line, migrations and shape. */
export interface DocumentFormat<T> {
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

/** What makes a saved document: where it lives, and how it is read. */
export interface SavedDocument<T> extends DocumentFormat<T> {
	/** The storage key, `course:<name>`. */
	readonly key: string;
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

/** Parses, migrates and checks a saved text (see `read-document.ts`). Never throws. */
export type DocumentReader<T> = (text: string) => ReadResult<T>;

/**
 * Reads the text saved under `key` with `read`; `fallback` is the state to start from when there is
 * no usable save. A save `read` refuses is copied to a backup key first. `read` is a parameter so a
 * page that finds nothing saved need not download a document's shape checks and migrations.
 */
export function loadSaved<T>(
	storage: Pick<KeyValueStorage, 'getItem' | 'setItem'>,
	key: string,
	read: DocumentReader<T>,
	options: { fallback: () => T; now: () => number },
): LoadResult<T> {
	const raw = readItem(storage, key);
	if (raw === null) return { state: options.fallback(), writable: true };
	const loaded = read(raw);
	if (loaded.ok) return { state: loaded.state, writable: true };
	const backupKey = backupKeyFor(key, options.now());
	const backupKept = writeItem(storage, backupKey, raw);
	return {
		state: options.fallback(),
		notice: { kind: loaded.problem === 'newer' ? 'newer' : 'recovered', backupKey, backupKept },
		writable: backupKept,
	};
}

/** Writes `{ version, state }`; false when the storage refused (quota exceeded, private mode). */
export function saveDocument<T>(
	storage: Pick<KeyValueStorage, 'setItem'>,
	document: Pick<SavedDocument<T>, 'key' | 'version'>,
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
