import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProgressState, QuizProgress } from './progress-schema';
import {
	PROGRESS_KEY,
	PROGRESS_SUMMARY_KEY,
	PROGRESS_VERSION,
	createEmptyProgress,
	createEmptyQuizProgress,
} from './progress-state';
import { isLessonComplete } from '@/lib/lesson-completion';
import {
	NOTICE_MEMORY,
	NOTICE_READER_MISSING,
	NOTICE_SAVE_FAILED,
	setAsideNotice,
	type ProgressNotice,
} from './progress-notices';
import { loadSaved, saveDocument, type DocumentReader } from './persistence/saved-document';
import { readItem, safeStorage, writeItem, type KeyValueStorage } from './persistence/storage';

/**
 * The learner's progress: tasks achieved, hints opened, quiz answers, lessons completed.
 * It is its own store with its own key and version line, apart from the practice console, so resetting a lab
 * never touches progress and resetting progress never touches a lab. What only the progress page and the
 * real-account check change (resets, undo, export, import, the real account) is in `progress-changes.ts`,
 * so the lesson pages do not download it. Reading a save (its migrations and shape) is in
 * `read-saved-progress.ts`, downloaded only when the browser holds one: until it arrives the store
 * is not `loaded`, `useProgress` gives nothing, and changes wait.
 */

/** A change the learner can take back once: the last reset or import. */
export interface ProgressUndo {
	/** What is being undone, e.g. "Reset of Add MFA to the root user". */
	label: string;
	snapshot: ProgressState;
}

export interface ProgressStoreState {
	/** An empty placeholder until `loaded`. */
	progress: ProgressState;
	notice: ProgressNotice | null;
	undo: ProgressUndo | null;
	/** False while a saved progress waits for its reader to download. */
	loaded: boolean;
}

/** What reading the saved progress gave: the progress, what to tell the learner, and whether it may be overwritten. */
export interface LoadedProgress {
	progress: ProgressState;
	notice: ProgressNotice | null;
	writable: boolean;
}

/** Parses, migrates and checks the saved progress (`readSavedProgress` in `read-saved-progress.ts`). */
export type ProgressReader = DocumentReader<ProgressState>;

export interface ProgressStoreOptions {
	storage: KeyValueStorage;
	/** False when the storage is only memory: the learner is told progress will not be kept. */
	persistent: boolean;
	now?: () => number;
	/** A fresh learner's seeds (quiz shuffles, practice accounts); random in the browser, fixed in tests. */
	createSeed?: () => number;
	/** Reads a saved progress at once (tests, and pages that have it anyway). */
	readSaved?: ProgressReader;
	/** Downloads the reader when the storage holds a save and `readSaved` was not given. */
	loadReader?: () => Promise<ProgressReader>;
}

/** Window event fired when the set of completed lessons changes; `detail` has the summary's shape. */
export const PROGRESS_SUMMARY_EVENT = 'course:progress-summary';

function randomSeed(): number {
	return Math.floor(Math.random() * 0x100000000) >>> 0;
}

/** Ids of the lessons the learner has completed, in a stable order. */
export function selectCompletedLessonIds(progress: ProgressState): string[] {
	return Object.entries(progress.lessons)
		.filter(([, lesson]) => lesson.completedAt !== undefined)
		.map(([lessonId]) => lessonId)
		.sort();
}

/** A quiz's saved answers, or an untouched quiz. */
export function selectQuiz(progress: ProgressState, quizId: string): QuizProgress {
	return progress.quizzes[quizId] ?? createEmptyQuizProgress();
}

export function createProgressStore(options: ProgressStoreOptions) {
	const { storage, persistent } = options;
	const now = options.now ?? (() => Date.now());
	const createSeed = options.createSeed ?? randomSeed;
	const fresh = () => createEmptyProgress(createSeed(), createSeed());
	let reader = options.readSaved;

	/** The saved progress, or undefined while a save waits for its reader. */
	function load(): LoadedProgress | undefined {
		const memory = persistent ? null : NOTICE_MEMORY;
		if (!reader) {
			// Nothing to read starts fresh; a save waits for its reader.
			return readItem(storage, PROGRESS_KEY) === null
				? { progress: fresh(), notice: memory, writable: true }
				: undefined;
		}
		const loaded = loadSaved(storage, PROGRESS_KEY, reader, { fallback: fresh, now });
		return { progress: loaded.state, notice: memory ?? setAsideNotice(loaded.notice), writable: loaded.writable };
	}

	const initial = load();
	/** False while an old save we could not back up sits under the key: it must not be overwritten. */
	let writable = initial?.writable ?? false;
	const store: StoreApi<ProgressStoreState> = createStore<ProgressStoreState>()(() => ({
		progress: initial?.progress ?? createEmptyProgress(0, 0),
		notice: initial?.notice ?? null,
		undo: null,
		loaded: initial !== undefined,
	}));

	/** Changes asked for before the save was read; they run once it is. */
	const waiting: (() => void)[] = [];

	/** Runs `action` now if the progress is loaded, or as soon as it is. */
	function whenLoaded(action: () => void): void {
		if (store.getState().loaded) action();
		else waiting.push(action);
	}

	function finishLoading(loaded: LoadedProgress): void {
		writable = loaded.writable;
		store.setState({ progress: loaded.progress, notice: loaded.notice ?? store.getState().notice, loaded: true });
		syncSummary();
		for (const action of waiting.splice(0)) action();
	}

	/** Reads the save once its reader is here; without one (a failed download) the page goes on in memory. */
	function readWhenReaderArrives(): void {
		if (!options.loadReader) {
			finishLoading({ progress: fresh(), notice: NOTICE_READER_MISSING, writable: false });
			return;
		}
		options.loadReader().then(
			(arrived) => {
				reader = arrived;
				const loaded = load();
				if (loaded) finishLoading(loaded);
			},
			() => finishLoading({ progress: fresh(), notice: NOTICE_READER_MISSING, writable: false }),
		);
	}

	function persist(progress: ProgressState): void {
		if (!writable) return;
		const savedProgress = saveDocument(storage, { key: PROGRESS_KEY, version: PROGRESS_VERSION }, progress);
		const summary = JSON.stringify({ completed: selectCompletedLessonIds(progress) });
		const savedSummary = writeItem(storage, PROGRESS_SUMMARY_KEY, summary);
		if (persistent && (!savedProgress || !savedSummary)) store.setState({ notice: NOTICE_SAVE_FAILED });
	}

	/**
	 * Every change goes through here: the new state is stored in memory, then saved with its summary.
	 * `undo` replaces what Undo takes back (null: nothing); left out, it stays as it was.
	 */
	function commit(next: ProgressState, undo?: ProgressUndo | null): void {
		store.setState(undo === undefined ? { progress: next } : { progress: next, undo });
		persist(next);
	}

	/** Brings the navigation's summary in line with a loaded save (it may be missing or stale). */
	function syncSummary(): void {
		if (!writable || !store.getState().loaded) return;
		const summary = JSON.stringify({ completed: selectCompletedLessonIds(progress()) });
		if (storage.getItem(PROGRESS_SUMMARY_KEY) !== summary) writeItem(storage, PROGRESS_SUMMARY_KEY, summary);
	}
	syncSummary();
	if (initial === undefined) readWhenReaderArrives();

	function progress(): ProgressState {
		return store.getState().progress;
	}

	function updateQuiz(quizId: string, change: (quiz: QuizProgress) => QuizProgress): void {
		const current = progress();
		commit({ ...current, quizzes: { ...current.quizzes, [quizId]: change(selectQuiz(current, quizId)) } });
	}

	/** Records that a lab task was achieved. Idempotent: the first achievement, and how it was reached, stays. */
	function markTaskAchieved(labId: string, taskId: string, { withSolution }: { withSolution: boolean }): void {
		const current = progress();
		const lab = current.tasks[labId] ?? {};
		if (lab[taskId] !== undefined) return;
		commit({
			...current,
			tasks: { ...current.tasks, [labId]: { ...lab, [taskId]: { achievedAt: now(), withSolution } } },
		});
	}

	/** Records the highest hint level opened for a task; opening an earlier hint again changes nothing. */
	function recordHint(labId: string, taskId: string, level: number): void {
		const current = progress();
		const lab = current.hints[labId] ?? {};
		const reached = Math.max(0, Math.floor(level));
		if ((lab[taskId] ?? 0) >= reached) return;
		commit({ ...current, hints: { ...current.hints, [labId]: { ...lab, [taskId]: reached } } });
	}

	/** Saves the options picked for a question. A changed answer needs checking again, so its feedback is hidden. */
	function answerQuestion(quizId: string, questionId: string, optionIds: readonly string[]): void {
		updateQuiz(quizId, (quiz) => ({
			...quiz,
			answers: { ...quiz.answers, [questionId]: [...new Set(optionIds)] },
			submitted: { ...quiz.submitted, [questionId]: false },
		}));
	}

	/** Marks a question's current answer as checked; a correct one is remembered for lesson completion. */
	function submitQuestion(quizId: string, questionId: string, { correct }: { correct: boolean }): void {
		updateQuiz(quizId, (quiz) => ({
			...quiz,
			submitted: { ...quiz.submitted, [questionId]: true },
			correctOnce: correct ? { ...quiz.correctOnce, [questionId]: true } : quiz.correctOnce,
		}));
	}

	/** Clears a quiz's answers for a new attempt; the new attempt number gives a new option order. */
	function retryQuiz(quizId: string): void {
		updateQuiz(quizId, (quiz) => ({ ...createEmptyQuizProgress(quiz.attempts + 1), correctOnce: quiz.correctOnce }));
	}

	/** Marks a lesson complete. The first completion time stays. */
	function markLessonCompleted(lessonId: string): void {
		const current = progress();
		if (current.lessons[lessonId]?.completedAt !== undefined) return;
		commit({ ...current, lessons: { ...current.lessons, [lessonId]: { completedAt: now() } } });
	}

	/** Lesson completion for islands that know the lesson's ids: marks the lesson once all is done. */
	function syncLessonCompletion(
		lessonId: string,
		labId: string | undefined,
		taskIds: readonly string[],
		quizId: string | undefined,
		questionIds: readonly string[],
	): boolean {
		const complete = isLessonComplete({
			labTaskIds: taskIds,
			quizQuestionIds: questionIds,
			progress: progress(),
			labId,
			quizId,
		});
		if (complete) markLessonCompleted(lessonId);
		return complete;
	}

	/** Reads the save again, e.g. after another tab changed it. */
	function reload(): void {
		const loaded = load();
		if (loaded) finishLoading(loaded);
		else if (store.getState().loaded) {
			store.setState({ loaded: false });
			readWhenReaderArrives();
		}
	}

	function dismissNotice(): void {
		store.setState({ notice: null });
	}

	/** A change asked for while the save is still being read waits for it, so it never acts on the placeholder. */
	function afterLoading<A extends unknown[]>(change: (...args: A) => void): (...args: A) => void {
		return (...args) => whenLoaded(() => change(...args));
	}

	return {
		store,
		getState: () => store.getState(),
		subscribe: store.subscribe,
		whenLoaded,
		markTaskAchieved: afterLoading(markTaskAchieved),
		recordHint: afterLoading(recordHint),
		answerQuestion: afterLoading(answerQuestion),
		submitQuestion: afterLoading(submitQuestion),
		retryQuiz: afterLoading(retryQuiz),
		markLessonCompleted: afterLoading(markLessonCompleted),
		/** False while the save is still being read: the check then runs once it is. */
		syncLessonCompletion(...args: Parameters<typeof syncLessonCompletion>): boolean {
			if (store.getState().loaded) return syncLessonCompletion(...args);
			whenLoaded(() => syncLessonCompletion(...args));
			return false;
		},
		/** Only once `loaded`: the change is computed from the progress it replaces. */
		commit,
		now,
		createSeed,
		reload,
		dismissNotice,
	};
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

let sharedStore: ProgressStore | undefined;

/**
 * The one progress store every island on the page shares (islands share ES modules, not context).
 * Created on first use in the browser, so rendering on the server never touches storage.
 */
export function getProgressStore(): ProgressStore {
	if (sharedStore === undefined) {
		const { storage, persistent } = safeStorage();
		const created = createProgressStore({
			storage,
			persistent,
			loadReader: () => import('./read-saved-progress').then((module) => module.readSavedProgress),
		});
		if (typeof window !== 'undefined') {
			// Another tab saved progress: show it here too instead of overwriting it with stale data later.
			window.addEventListener('storage', (event) => {
				if (event.key === PROGRESS_KEY) created.reload();
			});
			// The navigation's completion ticks listen for this, so they update without a reload.
			const announce = (ids: string[]) =>
				window.dispatchEvent(new CustomEvent(PROGRESS_SUMMARY_EVENT, { detail: { completed: ids } }));
			// Once the save is read, and then on every change: the summary the navigation read before
			// this script ran may have been stale.
			created.whenLoaded(() => {
				const initialIds = selectCompletedLessonIds(created.getState().progress);
				let completed = initialIds.join('\n');
				announce(initialIds);
				created.subscribe((state) => {
					if (!state.loaded) return;
					const next = selectCompletedLessonIds(state.progress);
					if (next.join('\n') === completed) return;
					completed = next.join('\n');
					announce(next);
				});
			});
		}
		sharedStore = created;
	}
	return sharedStore;
}

/** Lesson islands (quiz, lab) call this after a change; it marks the lesson complete once everything is done. */
export function syncLessonCompletion(
	lessonId: string,
	labId: string | undefined,
	taskIds: readonly string[],
	quizId: string | undefined,
	questionIds: readonly string[],
): boolean {
	return getProgressStore().syncLessonCompletion(lessonId, labId, taskIds, quizId, questionIds);
}

export const markTaskAchieved: ProgressStore['markTaskAchieved'] = (...args) =>
	getProgressStore().markTaskAchieved(...args);
export const recordHint: ProgressStore['recordHint'] = (...args) => getProgressStore().recordHint(...args);
export const answerQuestion: ProgressStore['answerQuestion'] = (...args) => getProgressStore().answerQuestion(...args);
export const submitQuestion: ProgressStore['submitQuestion'] = (...args) => getProgressStore().submitQuestion(...args);
export const retryQuiz: ProgressStore['retryQuiz'] = (...args) => getProgressStore().retryQuiz(...args);
export const dismissProgressNotice: ProgressStore['dismissNotice'] = () => getProgressStore().dismissNotice();

export type { ProgressNotice };
