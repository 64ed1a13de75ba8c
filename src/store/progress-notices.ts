import { importDocument } from './persistence/saved-document';
import { PROGRESS_DOCUMENT } from './progress-migrations';
import { PROGRESS_EXPORT_FORMAT, PROGRESS_VERSION, type ProgressState } from './progress-schema';

/**
 * What the learner is told about their saved progress (storage refused, a save set aside), and
 * how an exported progress file is read back, in words they can act on.
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

export const NOTICE_NOT_BACKED_UP: ProgressNotice = {
	kind: 'recovered',
	message:
		'Your saved progress could not be read, and this browser has no room to keep a copy of it. It is left untouched, and progress on this page will not be saved until there is room again.',
};

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

/** Largest import accepted; a real export is a few kilobytes. */
const MAX_IMPORT_CHARACTERS = 2_000_000;

/** Checks an exported file's text and brings its state to the current version. */
export function parseProgressExport(text: string): { ok: true; state: ProgressState } | { ok: false; message: string } {
	const read = importDocument(PROGRESS_DOCUMENT, text, {
		format: PROGRESS_EXPORT_FORMAT,
		maxCharacters: MAX_IMPORT_CHARACTERS,
	});
	if (read.ok) return read;
	return { ok: false, message: `${importProblemText(read)} Nothing was changed.` };
}

function importProblemText(read: Exclude<ReturnType<typeof importDocument>, { ok: true }>): string {
	switch (read.problem) {
		case 'too-large':
			return 'This file is far too large to be a progress export from this course.';
		case 'not-json':
			return 'This file is not JSON, so it cannot be a progress export. Choose the .json file that Export progress saved.';
		case 'wrong-format':
		case 'no-envelope':
			return `This JSON file is not a progress file from this course: it has no "format": "${PROGRESS_EXPORT_FORMAT}" marker.`;
		case 'no-version':
			return 'This progress file has no valid version number, so it cannot be read.';
		case 'newer':
			return `This progress file comes from a newer version of the course (file version ${read.version}; this page reads up to version ${PROGRESS_VERSION}). Reload the page to get the newest course, then import again.`;
		case 'invalid':
			return `This progress file has the wrong shape and cannot be used (${read.detail}).`;
	}
}
