import { loadDocument } from './persistence/read-document';
import type { KeyValueStorage } from './persistence/storage';
import { PROGRESS_DOCUMENT } from './progress-migrations';
import { NOTICE_NOT_BACKED_UP, newerNotice, recoveredNotice } from './progress-notices';
import type { LoadedProgress } from './progress-store';
import type { ProgressState } from './progress-schema';

/**
 * Reads the learner's saved progress: migrations, the shape and what to tell the learner about a
 * save set aside. Its own module because a page downloads it only when the browser holds a save
 * (see `createProgressStore`); a first visit starts from empty progress without it.
 */
export function readSavedProgress(
	storage: Pick<KeyValueStorage, 'getItem' | 'setItem'>,
	now: () => number,
	fallback: () => ProgressState,
): LoadedProgress {
	const loaded = loadDocument(storage, PROGRESS_DOCUMENT, { fallback, now });
	if (loaded.notice === undefined) return { progress: loaded.state, notice: null, writable: loaded.writable };
	const { kind, backupKey, backupKept } = loaded.notice;
	const notice = !backupKept
		? NOTICE_NOT_BACKED_UP
		: kind === 'newer'
			? newerNotice(backupKey)
			: recoveredNotice(backupKey);
	return { progress: loaded.state, notice, writable: loaded.writable };
}
