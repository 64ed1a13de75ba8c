import { exportDocument, importDocument } from './persistence/document-files';
import { PROGRESS_DOCUMENT } from './progress-migrations';
import type { ProgressState, RealAccountCheck } from './progress-schema';
import { createEmptyProgress, IAM_USER_NAME_PATTERN, PROGRESS_EXPORT_FORMAT, PROGRESS_VERSION } from './progress-state';
import { getProgressStore, type ProgressStore } from './progress-store';

/**
 * The changes to the learner's progress that only the progress page and the real-account check
 * make: resets and their undo, export and import, the real account's user name and last check.
 * Kept out of the progress store so that a lesson page, which never makes them, does not download
 * them (with the export format and the import's error messages).
 */

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

export type ImportResult = { ok: true } | { ok: false; message: string };

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string | undefined): Record<string, T> {
	if (key === undefined || !(key in record)) return { ...record };
	const copy = { ...record };
	delete copy[key];
	return copy;
}

function hasAnyProgress(progress: ProgressState): boolean {
	return [progress.lessons, progress.tasks, progress.hints, progress.quizzes, progress.realAccount].some(
		(part) => Object.keys(part).length > 0,
	);
}

/** These changes made on `store`; the functions exported below make them on the page's shared store. */
export function progressChanges(store: ProgressStore) {
	const progress = () => store.getState().progress;

	return {
		/** Forgets everything about one lesson: its completion, its lab's tasks and hints, its quiz answers. */
		resetLesson(lessonId: string, labId?: string, quizId?: string, label = `Reset of lesson “${lessonId}”`): void {
			const current = progress();
			store.commit(
				{
					...current,
					lessons: withoutKey(current.lessons, lessonId),
					tasks: withoutKey(current.tasks, labId),
					hints: withoutKey(current.hints, labId),
					quizzes: withoutKey(current.quizzes, quizId),
				},
				{ label, snapshot: current },
			);
		},

		/** Forgets all progress. The learner also gets new seeds, as a new learner would. */
		resetAll(): void {
			const current = progress();
			store.commit(createEmptyProgress(store.createSeed(), store.createSeed()), {
				label: 'Reset of all progress',
				snapshot: current,
			});
		},

		/** Takes back the last reset or import. Returns false when there is nothing to undo. */
		undoLast(): boolean {
			const undo = store.getState().undo;
			if (undo === null) return false;
			store.commit(undo.snapshot, null);
			return true;
		},

		/** The progress as a JSON file's text, with a format marker and the version it was written at. */
		exportProgress(): string {
			return exportDocument(PROGRESS_DOCUMENT, progress(), {
				format: PROGRESS_EXPORT_FORMAT,
				exportedAt: store.now(),
			});
		},

		/**
		 * Replaces the progress with an exported file's. A file that cannot be used is refused with a
		 * message that says why, and nothing changes. Never throws.
		 */
		importProgress(text: string): ImportResult {
			const parsed = parseProgressExport(text);
			if (!parsed.ok) return parsed;
			const current = progress();
			store.commit(
				parsed.state,
				hasAnyProgress(current) ? { label: 'Import of a progress file', snapshot: current } : null,
			);
			return { ok: true };
		},

		/**
		 * Remembers the name of the learner's everyday IAM user on their real account, so the account
		 * check builds its commands with it. A blank or invalid name forgets it (the course's iam-admin
		 * applies).
		 */
		setRealAdminUserName(name: string): void {
			const current = progress();
			const trimmed = name.trim();
			const adminUserName = IAM_USER_NAME_PATTERN.test(trimmed) ? trimmed : undefined;
			if (current.realAccount.adminUserName === adminUserName) return;
			const { adminUserName: _previous, ...rest } = current.realAccount;
			store.commit({ ...current, realAccount: adminUserName === undefined ? rest : { ...rest, adminUserName } });
		},

		/**
		 * Keeps the verdicts of a real-account check for the completion summary, with the time. Only ids,
		 * titles and verdicts: the caller never passes what was pasted. The same verdicts again change
		 * nothing, so the time says when the result last changed.
		 */
		recordRealAccountCheck(checks: RealAccountCheck['checks']): void {
			const current = progress();
			const copy = checks.map(({ id, title, verdict }) => ({ id, title, verdict }));
			const previous = current.realAccount.lastCheck?.checks;
			if (previous !== undefined && JSON.stringify(previous) === JSON.stringify(copy)) return;
			store.commit({
				...current,
				realAccount: { ...current.realAccount, lastCheck: { checkedAt: store.now(), checks: copy } },
			});
		},
	};
}

type ProgressChanges = ReturnType<typeof progressChanges>;

const shared = (): ProgressChanges => progressChanges(getProgressStore());

export const resetLesson: ProgressChanges['resetLesson'] = (...args) => shared().resetLesson(...args);
export const resetAll: ProgressChanges['resetAll'] = () => shared().resetAll();
export const undoLast: ProgressChanges['undoLast'] = () => shared().undoLast();
export const exportProgress: ProgressChanges['exportProgress'] = () => shared().exportProgress();
export const importProgress: ProgressChanges['importProgress'] = (text) => shared().importProgress(text);
export const setRealAdminUserName: ProgressChanges['setRealAdminUserName'] = (name) =>
	shared().setRealAdminUserName(name);
export const recordRealAccountCheck: ProgressChanges['recordRealAccountCheck'] = (checks) =>
	shared().recordRealAccountCheck(checks);
