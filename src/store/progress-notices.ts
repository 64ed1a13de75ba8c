import type { LoadNotice } from './persistence/saved-document';

/**
 * What the learner is told about their saved progress (storage refused, a save set aside), in
 * words they can act on. What an import refuses is said in `progress-changes.ts`.
 */

/** Something the learner must be told about their saved progress. */
export interface ProgressNotice {
	kind: 'recovered' | 'newer' | 'memory' | 'save-failed';
	message: string;
}

export const NOTICE_MEMORY: ProgressNotice = {
	kind: 'memory',
	message:
		'This browser is not letting the course save anything, so your progress will not be kept after you close or reload the page. Use Export progress on the Progress page to keep a copy.',
};

export const NOTICE_SAVE_FAILED: ProgressNotice = {
	kind: 'save-failed',
	message:
		'Your latest progress could not be saved, probably because this browser’s storage is full. It is kept on this page until you leave; use Export progress to keep a copy.',
};

export const NOTICE_READER_MISSING: ProgressNotice = {
	kind: 'save-failed',
	message:
		'Your saved progress could not be opened, because part of this page did not download. It is left untouched; reload the page when you are online to pick it up again. Until then, progress on this page will not be saved.',
};

export const NOTICE_NOT_BACKED_UP: ProgressNotice = {
	kind: 'recovered',
	message:
		'Your saved progress could not be read, and this browser has no room to keep a copy of it. It is left untouched, and progress on this page will not be saved until there is room again.',
};

/** What to say about a save that was set aside when it was read; null when none was. */
export function setAsideNotice(notice: LoadNotice | undefined): ProgressNotice | null {
	if (notice === undefined) return null;
	if (!notice.backupKept) return NOTICE_NOT_BACKED_UP;
	return notice.kind === 'newer' ? newerNotice(notice.backupKey) : recoveredNotice(notice.backupKey);
}

export function recoveredNotice(backupKey: string): ProgressNotice {
	return {
		kind: 'recovered',
		message: `Your saved progress could not be read, so it has started fresh. The old data is kept in this browser under “${backupKey}”.`,
	};
}

export function newerNotice(backupKey: string): ProgressNotice {
	return {
		kind: 'newer',
		message: `Your progress was saved by a newer version of this course. It is kept safe under “${backupKey}”; reload the page to get the newer version. Until then, progress on this page starts fresh.`,
	};
}
