import { readVersioned } from './read-document';
import type { ReadResult, SavedDocument } from './saved-document';

/**
 * A saved document as a file the learner keeps (export) and gives back (import). Apart from the
 * saves themselves because only the progress page uses them, and the lesson pages load the saves.
 */

/** An exported file: the document's envelope with a format marker and the time of export. */
export function exportDocument<T>(
	document: SavedDocument<T>,
	state: T,
	options: { format: string; exportedAt: number },
): string {
	return JSON.stringify(
		{
			format: options.format,
			version: document.version,
			exportedAt: new Date(options.exportedAt).toISOString(),
			state,
		},
		null,
		2,
	);
}

/** Reads a file the learner chose: it must carry the format marker, then it is read like a save. */
export function importDocument<T>(
	document: SavedDocument<T>,
	text: string,
	options: { format: string; maxCharacters: number },
): ReadResult<T> | { readonly ok: false; readonly problem: 'too-large' | 'wrong-format' } {
	if (text.length > options.maxCharacters) return { ok: false, problem: 'too-large' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		return { ok: false, problem: 'wrong-format' };
	const record = parsed as { format?: unknown; version?: unknown; state?: unknown };
	if (record.format !== options.format) return { ok: false, problem: 'wrong-format' };
	return readVersioned(document, { version: record.version, state: record.state });
}
