import { loadSaved, type DocumentFormat, type LoadResult, type ReadResult, type SavedDocument } from './saved-document';
import type { KeyValueStorage } from './storage';

/**
 * Reading a saved or exported document: parse the JSON once, migrate it step by step, check it
 * once against the shape. Apart from `saved-document.ts` because the shapes and migrations it runs
 * are a page's largest part of saving: a page that finds nothing saved does not download them.
 */

/** Reads a document with its own format; `fallback` is the state to start from when there is no usable save. */
export function loadDocument<T>(
	storage: Pick<KeyValueStorage, 'getItem' | 'setItem'>,
	document: SavedDocument<T>,
	options: { fallback: () => T; now: () => number },
): LoadResult<T> {
	return loadSaved(storage, document.key, (text) => readEnvelope(document, text), options);
}

/** Parses, migrates and checks one saved or exported text. Never throws. */
export function readEnvelope<T>(document: DocumentFormat<T>, text: string): ReadResult<T> {
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
	document: DocumentFormat<T>,
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
