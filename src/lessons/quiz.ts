/**
 * Quiz scoring and option shuffling. Pure functions: no DOM, no storage, no randomness of their own.
 * The shuffle takes a seed so a learner sees the same order after a reload and a new one after Retry.
 */

export interface QuizOption {
	/** Stable id within the question; saved answers refer to it. */
	id: string;
	text: string;
	correct: boolean;
	/** Why this option is right or wrong. */
	explanation: string;
}

export interface QuizQuestion {
	/** Stable id within the quiz; saved answers are keyed by it. */
	id: string;
	prompt: string;
	kind: 'single' | 'multiple';
	options: QuizOption[];
	/** Id of an earlier lesson this question brings back. */
	revisits?: string | undefined;
}

/** The smallest view of a question that scoring needs. */
export interface ScorableQuestion {
	id: string;
	options: ReadonlyArray<Pick<QuizOption, 'id' | 'correct'>>;
}

/** Ids of the options that belong to a fully correct answer. */
export function correctOptionIds(question: ScorableQuestion): string[] {
	return question.options.filter((option) => option.correct).map((option) => option.id);
}

/**
 * An answer is correct when it selects exactly the correct options: every one of them and nothing else.
 * Order and duplicates do not matter.
 */
export function isAnswerCorrect(question: ScorableQuestion, selectedIds: readonly string[]): boolean {
	const selected = new Set(selectedIds);
	const expected = new Set(correctOptionIds(question));
	if (selected.size !== expected.size) return false;
	for (const id of selected) if (!expected.has(id)) return false;
	return true;
}

/** A saved answer as it applies to the question's options today. */
export interface CurrentAnswer {
	/** The saved option ids the question still has. */
	selected: string[];
	/** Whether the answer counts as checked: its feedback shows and it is scored. */
	checked: boolean;
}

/**
 * Reads a saved answer against the question as it is now. An option reworded to mean something else gets a new
 * id, so a saved id the question no longer has points at words the learner can no longer see. Such ids are
 * dropped (otherwise a checkbox nobody can untick would keep a multiple-select answer wrong for ever), and an
 * answer that held one is no longer counted as checked: the learner looks at the question again instead of being
 * scored, or shown feedback, on a choice that isn't on the page.
 */
export function currentAnswer(
	question: ScorableQuestion,
	savedIds: readonly string[],
	submitted: boolean,
): CurrentAnswer {
	const known = new Set(question.options.map((option) => option.id));
	const selected = savedIds.filter((id) => known.has(id));
	return { selected, checked: submitted && selected.length === savedIds.length };
}

/** How an option turned out for the learner after they checked their answer. */
export type OptionVerdict =
	/** Chosen, and it belongs to the right answer. */
	| 'chosen-correct'
	/** Chosen, but it is wrong. */
	| 'chosen-incorrect'
	/** Not chosen, although it belongs to the right answer. */
	| 'missed'
	/** Not chosen, and rightly so. */
	| 'rightly-left-out';

export function optionVerdict(
	option: Pick<QuizOption, 'id' | 'correct'>,
	selectedIds: readonly string[],
): OptionVerdict {
	const chosen = selectedIds.includes(option.id);
	if (chosen) return option.correct ? 'chosen-correct' : 'chosen-incorrect';
	return option.correct ? 'missed' : 'rightly-left-out';
}

export interface QuizScore {
	/** Questions whose checked answer is correct. */
	correct: number;
	/** Questions the learner has checked. */
	checked: number;
	/** All questions in the quiz. */
	total: number;
}

/**
 * Scores the answers the learner has checked. An answer that was picked but not checked yet does not count,
 * nor does one that chose an option the question no longer has (see currentAnswer), so the score matches the
 * feedback on the page.
 */
export function scoreQuiz(
	questions: readonly ScorableQuestion[],
	answers: Readonly<Record<string, readonly string[]>>,
	submitted: Readonly<Record<string, boolean>>,
): QuizScore {
	let correct = 0;
	let checked = 0;
	for (const question of questions) {
		const answer = currentAnswer(question, answers[question.id] ?? [], submitted[question.id] === true);
		if (!answer.checked) continue;
		checked += 1;
		if (isAnswerCorrect(question, answer.selected)) correct += 1;
	}
	return { correct, checked, total: questions.length };
}

/** "4 of 5 correct", the wording used on the quiz and the progress page. */
export function describeScore(score: QuizScore): string {
	return `${score.correct} of ${score.total} correct`;
}

/** 32-bit FNV-1a hash of a string; turns ids into seeds. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index += 1) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A small deterministic generator (mulberry32): the same seed always yields the same sequence in [0, 1). */
export function createSeededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle driven by a seed. Returns a new array; the input is left alone. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
	const result = items.slice();
	const random = createSeededRandom(seed);
	for (let index = result.length - 1; index > 0; index -= 1) {
		const swapWith = Math.floor(random() * (index + 1));
		const current = result[index] as T;
		result[index] = result[swapWith] as T;
		result[swapWith] = current;
	}
	return result;
}

/**
 * The seed for one question's option order. It mixes the learner's own seed with the quiz, the question and
 * the attempt number, so each learner gets their own order, each question a different one, and Retry a new one.
 */
export function optionOrderSeed(learnerSeed: number, quizId: string, questionId: string, attempt: number): number {
	return hashString(`${learnerSeed}:${quizId}:${questionId}:${attempt}`);
}

/** The options of a question in the order this learner sees them on this attempt. */
export function orderOptions<T extends { id: string }>(
	options: readonly T[],
	learnerSeed: number,
	quizId: string,
	questionId: string,
	attempt: number,
): T[] {
	return seededShuffle(options, optionOrderSeed(learnerSeed, quizId, questionId, attempt));
}
