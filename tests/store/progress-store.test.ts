import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryStorage, safeStorage, type KeyValueStorage } from '@/store/persistence';
import { createProgressStore, selectCompletedLessonIds, type ProgressReader } from '@/store/progress-store';
import { readSavedProgress } from '@/store/read-saved-progress';
import { parseProgressExport } from '@/store/progress-changes';
import { progressChanges } from '@/store/progress-changes';
import { ProgressStateSchema, type ProgressState } from '@/store/progress-schema';
import {
	PROGRESS_EXPORT_FORMAT,
	PROGRESS_KEY,
	PROGRESS_SUMMARY_KEY,
	PROGRESS_VERSION,
	practiceSeedFrom,
} from '@/store/progress-state';
import { isLessonComplete } from '@/lib/lesson-completion';
import v1Fixture from '../fixtures/persisted/progress.v1.json';
import v2Fixture from '../fixtures/persisted/progress.v2.json';

const T0 = Date.UTC(2025, 0, 1);

/** A store over `initial` in memory, or over the storage a test gives (e.g. what `safeStorage` falls back to). */
function given(
	initial: Record<string, string> = {},
	{ storage, persistent }: { storage: KeyValueStorage; persistent: boolean } = {
		storage: memoryStorage(initial),
		persistent: true,
	},
) {
	let clock = T0;
	const store = createProgressStore({
		storage,
		persistent,
		now: () => clock,
		createSeed: () => 42,
		readSaved: readSavedProgress,
	});
	return {
		storage,
		store,
		progress: () => store.getState().progress,
		advance: (ms: number) => {
			clock += ms;
		},
		saved: () => JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as { version: number; state: ProgressState },
		summary: () => JSON.parse(storage.getItem(PROGRESS_SUMMARY_KEY) ?? 'null') as { completed: string[] },
	};
}

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const arbitraryProgress: fc.Arbitrary<ProgressState> = fc.record({
	shuffleSeed: fc.nat({ max: 0xffffffff }),
	lessons: fc.dictionary(id, fc.oneof(fc.constant({}), fc.record({ completedAt: fc.nat() }))),
	tasks: fc.dictionary(id, fc.dictionary(id, fc.record({ achievedAt: fc.nat(), withSolution: fc.boolean() }))),
	hints: fc.dictionary(id, fc.dictionary(id, fc.nat({ max: 4 }))),
	quizzes: fc.dictionary(
		id,
		fc.record({
			answers: fc.dictionary(id, fc.array(id, { maxLength: 4 })),
			submitted: fc.dictionary(id, fc.boolean()),
			correctOnce: fc.dictionary(id, fc.boolean()),
			attempts: fc.nat({ max: 50 }),
		}),
	),
	realAccount: fc.oneof(
		fc.constant({}),
		fc.record({ adminUserName: fc.stringMatching(/^[\w+=,.@-]{1,64}$/) }),
		fc.record({
			lastCheck: fc.record({
				checkedAt: fc.nat(),
				checks: fc.array(
					fc.record({
						id,
						title: fc.string({ minLength: 1, maxLength: 40 }),
						verdict: fc.constantFrom('healthy' as const, 'to-fix' as const, 'not-checked' as const),
					}),
					{ maxLength: 12 },
				),
			}),
		}),
	),
	practiceSeed: fc.nat({ max: 0xffffffff }),
});

/**
 * The version 1 fixture as this version reads it: the same progress, no real-account names yet,
 * and a practice seed derived from its shuffle seed.
 */
const v1AsCurrent = {
	...v1Fixture.state,
	realAccount: {},
	practiceSeed: practiceSeedFrom(v1Fixture.state.shuffleSeed),
};

describe('createProgressStore', () => {
	it('starts empty with the learner seed when nothing is saved', () => {
		const { progress, store } = given();
		expect(progress()).toEqual({
			shuffleSeed: 42,
			lessons: {},
			tasks: {},
			hints: {},
			quizzes: {},
			realAccount: {},
			practiceSeed: 42,
		});
		expect(store.getState().notice).toBeNull();
	});

	it('loads a version 1 save with its progress unchanged', () => {
		const { progress, store } = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		expect(progress()).toEqual(v1AsCurrent);
		expect(store.getState().notice).toBeNull();
	});

	it('backs up a damaged save, starts fresh and says so', () => {
		const { storage, progress, store } = given({ [PROGRESS_KEY]: '{"version":1,"state":{"lessons":3' });
		expect(progress().lessons).toEqual({});
		const backupKey = `${PROGRESS_KEY}:backup:${new Date(T0).toISOString()}`;
		expect(storage.getItem(backupKey)).toBe('{"version":1,"state":{"lessons":3');
		expect(store.getState().notice).toEqual({
			kind: 'recovered',
			message: expect.stringContaining(backupKey) as unknown,
		});
	});

	it('backs up a save of the wrong shape the same way', () => {
		const { progress, store } = given({ [PROGRESS_KEY]: JSON.stringify({ version: 1, state: { lessons: [] } }) });
		expect(progress().lessons).toEqual({});
		expect(store.getState().notice?.kind).toBe('recovered');
	});

	it('keeps a save from a newer version under a backup key and tells the learner', () => {
		const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, state: { anything: true } });
		const { storage, store, progress } = given({ [PROGRESS_KEY]: newer });
		expect(progress().quizzes).toEqual({});
		expect(storage.getItem(`${PROGRESS_KEY}:backup:${new Date(T0).toISOString()}`)).toBe(newer);
		expect(store.getState().notice?.kind).toBe('newer');
		expect(store.getState().notice?.message).toContain('newer version');
	});

	it('works in memory and says progress will not be kept when storage is disabled', () => {
		const throwing: KeyValueStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('SecurityError');
			},
			removeItem: () => undefined,
			key: () => null,
			length: 0,
		};
		const { store } = given(
			{},
			safeStorage(() => throwing),
		);
		expect(store.getState().notice?.kind).toBe('memory');
		expect(store.getState().notice?.message).toContain('will not be kept');
		store.markLessonCompleted('root-mfa');
		expect(store.getState().progress.lessons['root-mfa']).toEqual({ completedAt: T0 });
	});

	it('tells the learner when a save is refused', () => {
		const storage = memoryStorage();
		const full: KeyValueStorage = {
			...storage,
			getItem: (key) => storage.getItem(key),
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			key: (index) => storage.key(index),
			get length() {
				return storage.length;
			},
		};
		const store = createProgressStore({
			storage: full,
			persistent: true,
			now: () => T0,
			createSeed: () => 1,
			readSaved: readSavedProgress,
		});
		store.markLessonCompleted('root-mfa');
		expect(store.getState().notice?.kind).toBe('save-failed');
		expect(store.getState().progress.lessons['root-mfa']).toBeDefined();
	});
});

describe('markTaskAchieved', () => {
	it('records the first achievement and keeps it when called again', () => {
		const { store, progress, advance, saved } = given();
		store.markTaskAchieved('root-mfa', 'assign', { withSolution: false });
		advance(1000);
		store.markTaskAchieved('root-mfa', 'assign', { withSolution: true });
		expect(progress().tasks).toEqual({ 'root-mfa': { assign: { achievedAt: T0, withSolution: false } } });
		expect(saved().state.tasks).toEqual(progress().tasks);
	});

	it('records a task reached with the solution', () => {
		const { store, progress } = given();
		store.markTaskAchieved('root-mfa', 'sign-in', { withSolution: true });
		expect(progress().tasks['root-mfa']?.['sign-in']?.withSolution).toBe(true);
	});
});

describe('recordHint', () => {
	it('keeps the highest level reached', () => {
		const { store, progress } = given();
		store.recordHint('root-mfa', 'assign', 2);
		store.recordHint('root-mfa', 'assign', 1);
		expect(progress().hints).toEqual({ 'root-mfa': { assign: 2 } });
		store.recordHint('root-mfa', 'assign', 3);
		expect(progress().hints['root-mfa']?.['assign']).toBe(3);
	});
});

describe('answerQuestion and submitQuestion', () => {
	it('saves the answer and hides feedback until it is checked', () => {
		const { store, progress, saved } = given();
		store.answerQuestion('mfa', 'q1', ['b', 'b']);
		expect(progress().quizzes['mfa']).toEqual({
			answers: { q1: ['b'] },
			submitted: { q1: false },
			correctOnce: {},
			attempts: 0,
		});
		store.submitQuestion('mfa', 'q1', { correct: true });
		expect(progress().quizzes['mfa']?.submitted).toEqual({ q1: true });
		expect(progress().quizzes['mfa']?.correctOnce).toEqual({ q1: true });
		expect(saved().state.quizzes).toEqual(progress().quizzes);
	});

	it('does not remember a wrong answer as correct', () => {
		const { store, progress } = given();
		store.answerQuestion('mfa', 'q1', ['a']);
		store.submitQuestion('mfa', 'q1', { correct: false });
		expect(progress().quizzes['mfa']?.correctOnce).toEqual({});
		expect(progress().quizzes['mfa']?.submitted).toEqual({ q1: true });
	});

	it('needs a changed answer to be checked again', () => {
		const { store, progress } = given();
		store.answerQuestion('mfa', 'q1', ['a']);
		store.submitQuestion('mfa', 'q1', { correct: false });
		store.answerQuestion('mfa', 'q1', ['b']);
		expect(progress().quizzes['mfa']?.submitted['q1']).toBe(false);
	});
});

describe('retryQuiz', () => {
	it('clears answers, counts the attempt and keeps what was once correct', () => {
		const { store, progress } = given();
		store.answerQuestion('mfa', 'q1', ['b']);
		store.submitQuestion('mfa', 'q1', { correct: true });
		store.retryQuiz('mfa');
		expect(progress().quizzes['mfa']).toEqual({ answers: {}, submitted: {}, correctOnce: { q1: true }, attempts: 1 });
	});
});

describe('markLessonCompleted', () => {
	it('keeps the first completion time and writes the summary the navigation reads', () => {
		const { store, progress, advance, summary } = given();
		store.markLessonCompleted('root-mfa');
		advance(5000);
		store.markLessonCompleted('root-mfa');
		store.markLessonCompleted('billing-alarm');
		expect(progress().lessons['root-mfa']).toEqual({ completedAt: T0 });
		expect(summary()).toEqual({ completed: ['billing-alarm', 'root-mfa'] });
	});
});

describe('resetLesson', () => {
	it('forgets the lesson, its lab and its quiz, and leaves other lessons alone', () => {
		const { store, progress, summary } = given();
		store.markTaskAchieved('root-mfa', 'assign', { withSolution: false });
		store.recordHint('root-mfa', 'assign', 1);
		store.answerQuestion('root-mfa-quiz', 'q1', ['a']);
		store.markLessonCompleted('root-mfa');
		store.markLessonCompleted('billing-alarm');
		store.markTaskAchieved('billing-alarm', 'alarm', { withSolution: false });
		progressChanges(store).resetLesson('root-mfa', 'root-mfa', 'root-mfa-quiz');
		expect(progress().lessons).toEqual({ 'billing-alarm': { completedAt: T0 } });
		expect(progress().tasks).toEqual({ 'billing-alarm': { alarm: { achievedAt: T0, withSolution: false } } });
		expect(progress().hints).toEqual({});
		expect(progress().quizzes).toEqual({});
		expect(summary()).toEqual({ completed: ['billing-alarm'] });
	});

	it('can be undone once', () => {
		const { store, progress } = given();
		store.markLessonCompleted('root-mfa');
		const before = progress();
		progressChanges(store).resetLesson('root-mfa');
		expect(store.getState().undo?.label).toContain('root-mfa');
		expect(progressChanges(store).undoLast()).toBe(true);
		expect(progress()).toEqual(before);
		expect(progressChanges(store).undoLast()).toBe(false);
	});
});

describe('the practice seed', () => {
	it('is drawn for a new learner and kept across reloads and lesson resets', () => {
		let draws = 0;
		const storage = memoryStorage();
		const seeds = () => [7, 99][draws++ % 2] ?? 0;
		const store = createProgressStore({ storage, persistent: true, createSeed: seeds, readSaved: readSavedProgress });
		expect(store.getState().progress).toMatchObject({ shuffleSeed: 7, practiceSeed: 99 });
		progressChanges(store).resetLesson('our-new-user', 'users-list');
		store.reload();
		expect(store.getState().progress.practiceSeed).toBe(99);
		const again = createProgressStore({ storage, persistent: true, createSeed: () => 1, readSaved: readSavedProgress });
		expect(again.getState().progress.practiceSeed).toBe(99);
	});

	it('is given to a learner whose save is from before practice seeds, and then kept', () => {
		const { storage, progress, saved } = given({ [PROGRESS_KEY]: JSON.stringify(v2Fixture) });
		expect(progress().practiceSeed).toBe(practiceSeedFrom(v2Fixture.state.shuffleSeed));
		expect(progress().realAccount).toEqual(v2Fixture.state.realAccount);
		progressStoreAfterAChange(storage);
		expect(saved()).toMatchObject({ version: PROGRESS_VERSION, state: { practiceSeed: progress().practiceSeed } });
	});

	it('is drawn again when all progress is reset, as for a new learner', () => {
		const { store, progress } = given({ [PROGRESS_KEY]: JSON.stringify(v2Fixture) });
		progressChanges(store).resetAll();
		expect(progress().practiceSeed).toBe(42);
	});
});

/** Records a hint through a store on the same storage, so the save is written at the current version. */
function progressStoreAfterAChange(storage: KeyValueStorage): void {
	createProgressStore({ storage, persistent: true, createSeed: () => 1, readSaved: readSavedProgress }).recordHint(
		'users-list',
		'user-count',
		1,
	);
}

describe('resetAll', () => {
	it('forgets everything, saves the empty state and can be undone', () => {
		const { store, progress, saved, summary } = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		progressChanges(store).resetAll();
		expect(progress()).toEqual({
			shuffleSeed: 42,
			lessons: {},
			tasks: {},
			hints: {},
			quizzes: {},
			realAccount: {},
			practiceSeed: 42,
		});
		expect(saved().state).toEqual(progress());
		expect(summary()).toEqual({ completed: [] });
		progressChanges(store).undoLast();
		expect(progress()).toEqual(v1AsCurrent);
	});
});

describe('syncLessonCompletion', () => {
	it('marks the lesson once every task and question is done', () => {
		const { store, progress } = given();
		store.markTaskAchieved('lab', 't1', { withSolution: false });
		expect(store.syncLessonCompletion('lesson', 'lab', ['t1'], 'quiz', ['q1'])).toBe(false);
		store.answerQuestion('quiz', 'q1', ['a']);
		store.submitQuestion('quiz', 'q1', { correct: true });
		expect(store.syncLessonCompletion('lesson', 'lab', ['t1'], 'quiz', ['q1'])).toBe(true);
		expect(progress().lessons['lesson']).toEqual({ completedAt: T0 });
	});

	it('agrees with isLessonComplete', () => {
		fc.assert(
			fc.property(
				arbitraryProgress,
				fc.array(id, { maxLength: 3 }),
				fc.array(id, { maxLength: 3 }),
				id,
				id,
				(state, taskIds, questionIds, labId, quizId) => {
					const { store } = given({ [PROGRESS_KEY]: JSON.stringify({ version: PROGRESS_VERSION, state }) });
					const expected = isLessonComplete({
						labTaskIds: taskIds,
						quizQuestionIds: questionIds,
						progress: state,
						labId,
						quizId,
					});
					expect(store.syncLessonCompletion('lesson', labId, taskIds, quizId, questionIds)).toBe(expected);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe('exportProgress and importProgress', () => {
	it('exports pretty JSON with the format marker and version', () => {
		const { store } = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		const text = progressChanges(store).exportProgress();
		expect(text).toContain('\n  "format"');
		expect(JSON.parse(text)).toEqual({
			format: PROGRESS_EXPORT_FORMAT,
			version: PROGRESS_VERSION,
			exportedAt: new Date(T0).toISOString(),
			state: v1AsCurrent,
		});
	});

	it('round-trips any progress unchanged', () => {
		fc.assert(
			fc.property(arbitraryProgress, (state) => {
				const source = given({ [PROGRESS_KEY]: JSON.stringify({ version: PROGRESS_VERSION, state }) });
				const target = given();
				expect(progressChanges(target.store).importProgress(progressChanges(source.store).exportProgress())).toEqual({
					ok: true,
				});
				expect(target.progress()).toEqual(state);
				expect(target.saved().state).toEqual(state);
				expect(ProgressStateSchema.safeParse(target.progress())).toEqual({ success: true, data: state });
			}),
			{ numRuns: 100 },
		);
	});

	it('lets the learner undo an import that replaced progress', () => {
		const { store, progress } = given();
		store.markLessonCompleted('root-mfa');
		const before = progress();
		const other = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		progressChanges(store).importProgress(progressChanges(other.store).exportProgress());
		expect(progress()).toEqual(v1AsCurrent);
		progressChanges(store).undoLast();
		expect(progress()).toEqual(before);
	});

	const refusals: Array<[string, string, string]> = [
		['text that is not JSON', 'hello, world', 'This file is not JSON'],
		[
			'JSON without the format marker',
			JSON.stringify({ version: 1, state: {} }),
			'not a progress file from this course',
		],
		['a JSON array', '[1,2,3]', 'not a progress file from this course'],
		[
			'a file without a version',
			JSON.stringify({ format: PROGRESS_EXPORT_FORMAT, state: {} }),
			'no valid version number',
		],
		[
			'a file from a newer version',
			JSON.stringify({ format: PROGRESS_EXPORT_FORMAT, version: 99, state: {} }),
			'newer version of the course (file version 99',
		],
		[
			'a file of the wrong shape',
			JSON.stringify({
				format: PROGRESS_EXPORT_FORMAT,
				version: 1,
				state: { shuffleSeed: 1, lessons: {}, tasks: {}, hints: {}, quizzes: { mfa: { attempts: 'two' } } },
			}),
			'wrong shape',
		],
	];

	it.each(refusals)('refuses %s with a specific message and changes nothing', (_name, text, expected) => {
		const { store, progress, storage } = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		const savedBefore = storage.getItem(PROGRESS_KEY);
		const result = progressChanges(store).importProgress(text);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toContain(expected);
		expect(result.ok ? '' : result.message).toContain('Nothing was changed.');
		expect(progress()).toEqual(v1AsCurrent);
		expect(storage.getItem(PROGRESS_KEY)).toBe(savedBefore);
	});

	it('names the part of a wrong-shaped file that is wrong', () => {
		const text = JSON.stringify({
			format: PROGRESS_EXPORT_FORMAT,
			version: 1,
			state: {
				shuffleSeed: 1,
				lessons: {},
				tasks: {},
				hints: {},
				quizzes: { mfa: { answers: {}, submitted: {}, correctOnce: {}, attempts: 'two' } },
			},
		});
		const result = parseProgressExport(text);
		expect(result.ok ? '' : result.message).toContain('quizzes.mfa.attempts');
	});

	it('never throws on arbitrary text and changes nothing when it refuses', () => {
		const { store, progress } = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.json().map((json) => `{"format":"${PROGRESS_EXPORT_FORMAT}","version":1,"state":${json}}`),
				),
				(text) => {
					const result = progressChanges(store).importProgress(text);
					if (!result.ok) expect(progress()).toEqual(v1AsCurrent);
					else progressChanges(store).undoLast();
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('setRealAdminUserName', () => {
	it('remembers the name, saves it, and forgets it when cleared or invalid', () => {
		const { store, progress, saved } = given();
		progressChanges(store).setRealAdminUserName('  jo.admin ');
		expect(progress().realAccount).toEqual({ adminUserName: 'jo.admin' });
		expect(saved().state.realAccount).toEqual({ adminUserName: 'jo.admin' });
		progressChanges(store).setRealAdminUserName('not a name!');
		expect(progress().realAccount).toEqual({});
		progressChanges(store).setRealAdminUserName('admin-2');
		progressChanges(store).setRealAdminUserName('');
		expect(progress().realAccount).toEqual({});
	});

	it('travels with an export and comes back with an undone reset', () => {
		const { store, progress } = given();
		progressChanges(store).setRealAdminUserName('jo.admin');
		const target = given();
		progressChanges(target.store).importProgress(progressChanges(store).exportProgress());
		expect(target.progress().realAccount).toEqual({ adminUserName: 'jo.admin' });
		progressChanges(store).resetAll();
		expect(progress().realAccount).toEqual({});
		progressChanges(store).undoLast();
		expect(progress().realAccount).toEqual({ adminUserName: 'jo.admin' });
	});
});

describe('recordRealAccountCheck', () => {
	const checks = [
		{ id: 'root-mfa', title: 'Root user: MFA enabled', verdict: 'healthy' as const },
		{ id: 'billing-alarm', title: 'Billing alarm in US East (N. Virginia)', verdict: 'to-fix' as const },
		{ id: 'admin-mfa', title: 'jo.admin: MFA enabled', verdict: 'not-checked' as const },
	];

	it('keeps the verdicts with the time, beside the user name, and saves them', () => {
		const { store, progress, saved } = given();
		progressChanges(store).setRealAdminUserName('jo.admin');
		progressChanges(store).recordRealAccountCheck(checks);
		expect(progress().realAccount).toEqual({ adminUserName: 'jo.admin', lastCheck: { checkedAt: T0, checks } });
		expect(saved().state.realAccount.lastCheck).toEqual({ checkedAt: T0, checks });
		progressChanges(store).setRealAdminUserName('other');
		expect(progress().realAccount.lastCheck).toEqual({ checkedAt: T0, checks });
	});

	it('keeps the time of the last change: the same verdicts again change nothing, new ones replace them', () => {
		const { store, progress, advance } = given();
		progressChanges(store).recordRealAccountCheck(checks);
		advance(60_000);
		progressChanges(store).recordRealAccountCheck(checks.map((check) => ({ ...check })));
		expect(progress().realAccount.lastCheck?.checkedAt).toBe(T0);
		const fixed = checks.map((check) => ({ ...check, verdict: 'healthy' as const }));
		progressChanges(store).recordRealAccountCheck(fixed);
		expect(progress().realAccount.lastCheck).toEqual({ checkedAt: T0 + 60_000, checks: fixed });
	});

	it('copies only the id, title and verdict of each check', () => {
		const { store, progress } = given();
		// A caller that passed more than it should: the extra field is not kept.
		const withExtra: typeof checks = [
			{
				id: 'root-mfa',
				title: 'Root user: MFA enabled',
				verdict: 'healthy',
				...{ output: 'arn:aws:iam::111122223333:root' },
			},
		];
		progressChanges(store).recordRealAccountCheck(withExtra);
		expect(JSON.stringify(progress())).not.toContain('111122223333');
	});

	it('loads saves from before it, and refuses a verdict it does not know', () => {
		const before = given({
			[PROGRESS_KEY]: JSON.stringify({ version: 2, state: { ...v1Fixture.state, realAccount: {} } }),
		});
		expect(before.progress().realAccount).toEqual({});
		const bad = ProgressStateSchema.safeParse({
			...v1AsCurrent,
			realAccount: { lastCheck: { checkedAt: 1, checks: [{ id: 'root-mfa', title: 'x', verdict: 'maybe' }] } },
		});
		expect(bad.success).toBe(false);
	});
});

describe('selectCompletedLessonIds', () => {
	it('lists only lessons with a completion time', () => {
		expect(selectCompletedLessonIds(v1AsCurrent as ProgressState)).toEqual(['secure-your-account']);
	});
});

describe('navigation summary', () => {
	it('is written when a save is loaded whose summary is missing', () => {
		const { summary } = given({ [PROGRESS_KEY]: JSON.stringify(v1Fixture) });
		expect(summary()).toEqual({ completed: ['secure-your-account'] });
	});
});

describe('reload', () => {
	it('picks up progress another tab saved', () => {
		const { store, storage, progress } = given();
		const other = createProgressStore({
			storage,
			persistent: true,
			now: () => T0 + 1,
			createSeed: () => 9,
			readSaved: readSavedProgress,
		});
		other.markLessonCompleted('billing-alarm');
		expect(progress().lessons).toEqual({});
		store.reload();
		expect(progress().lessons).toEqual({ 'billing-alarm': { completedAt: T0 + 1 } });
	});
});

describe('a saved progress whose reader downloads on demand', () => {
	const savedProgress = (): string => {
		const { storage, store } = given();
		store.markTaskAchieved('root-mfa', 'root-mfa-assigned', { withSolution: false });
		store.markLessonCompleted('secure-your-account');
		return storage.getItem(PROGRESS_KEY)!;
	};

	/** A reader download the test settles when it chooses. */
	function pendingReader() {
		let settle: { resolve: (reader: ProgressReader) => void; reject: (error: Error) => void } | undefined;
		let asked = 0;
		const loadReader = () => {
			asked += 1;
			return new Promise<ProgressReader>((resolve, reject) => (settle = { resolve, reject }));
		};
		return { loadReader, asked: () => asked, settle: () => settle! };
	}
	const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

	it('downloads nothing when nothing is saved, and is loaded at once', () => {
		const download = pendingReader();
		const store = createProgressStore({
			storage: memoryStorage(),
			persistent: true,
			createSeed: () => 5,
			loadReader: download.loadReader,
		});
		expect(store.getState().loaded).toBe(true);
		expect(download.asked()).toBe(0);
	});

	it('holds changes until the save is read, then applies them to it and never writes over it before', async () => {
		const saved = savedProgress();
		const storage = memoryStorage({ [PROGRESS_KEY]: saved });
		const download = pendingReader();
		const store = createProgressStore({ storage, persistent: true, now: () => T0, loadReader: download.loadReader });
		expect(store.getState().loaded).toBe(false);
		expect(download.asked()).toBe(1);
		store.recordHint('root-mfa', 'root-mfa-assigned', 2);
		expect(store.syncLessonCompletion('root-mfa', 'root-mfa', ['root-mfa-assigned'], undefined, [])).toBe(false);
		expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
		const loadedSeen: boolean[] = [];
		store.whenLoaded(() => loadedSeen.push(store.getState().loaded));

		download.settle().resolve(readSavedProgress);
		await settled();
		const { progress, loaded } = store.getState();
		expect(loaded).toBe(true);
		expect(loadedSeen).toEqual([true]);
		expect(progress.lessons['secure-your-account']?.completedAt).toBeDefined();
		expect(progress.hints['root-mfa']).toEqual({ 'root-mfa-assigned': 2 });
		expect(progress.lessons['root-mfa']?.completedAt).toBe(T0);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state).toEqual(progress);
	});

	it('leaves the save untouched and says so when the reader cannot be downloaded', async () => {
		const saved = savedProgress();
		const storage = memoryStorage({ [PROGRESS_KEY]: saved });
		const download = pendingReader();
		const store = createProgressStore({ storage, persistent: true, loadReader: download.loadReader });
		download.settle().reject(new Error('offline'));
		await settled();
		expect(store.getState().loaded).toBe(true);
		expect(store.getState().notice?.message).toMatch(/could not be opened.*reload the page/s);
		store.markLessonCompleted('root-mfa');
		expect(store.getState().progress.lessons['root-mfa']).toBeDefined();
		expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
	});
});
