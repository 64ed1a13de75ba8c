import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	correctOptionIds,
	currentAnswer,
	describeScore,
	isAnswerCorrect,
	optionOrderSeed,
	optionVerdict,
	orderOptions,
	scoreQuiz,
	seededShuffle,
	type QuizQuestion,
} from '@/lessons/quiz';
import { isLessonComplete } from '@/lib/lesson-completion';

function option(id: string, correct: boolean) {
	return { id, text: `Option ${id}`, correct, explanation: `Why ${id}` };
}

const single: QuizQuestion = {
	id: 'q1',
	prompt: 'One?',
	kind: 'single',
	options: [option('a', false), option('b', true), option('c', false)],
};
const multiple: QuizQuestion = {
	id: 'q2',
	prompt: 'Many?',
	kind: 'multiple',
	options: [option('a', true), option('b', false), option('c', true), option('d', false)],
};

describe('isAnswerCorrect', () => {
	it('accepts exactly the correct option of a single-choice question', () => {
		expect(isAnswerCorrect(single, ['b'])).toBe(true);
		expect(isAnswerCorrect(single, ['a'])).toBe(false);
		expect(isAnswerCorrect(single, [])).toBe(false);
	});

	it('needs every correct option and no wrong one in a multiple-choice question', () => {
		expect(isAnswerCorrect(multiple, ['c', 'a'])).toBe(true);
		expect(isAnswerCorrect(multiple, ['a'])).toBe(false);
		expect(isAnswerCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
	});

	it('ignores duplicates and order', () => {
		expect(isAnswerCorrect(multiple, ['c', 'a', 'c'])).toBe(true);
	});

	it('accepts the correct option ids and nothing that differs from them', () => {
		fc.assert(
			fc.property(fc.subarray(['a', 'b', 'c', 'd']), (picked) => {
				const expected = picked.length === 2 && picked.includes('a') && picked.includes('c');
				expect(isAnswerCorrect(multiple, picked)).toBe(expected);
			}),
		);
		expect(correctOptionIds(multiple)).toEqual(['a', 'c']);
	});
});

describe('optionVerdict', () => {
	it('tells chosen, missed and rightly left out options apart', () => {
		expect(optionVerdict(option('a', true), ['a'])).toBe('chosen-correct');
		expect(optionVerdict(option('b', false), ['b'])).toBe('chosen-incorrect');
		expect(optionVerdict(option('c', true), ['a'])).toBe('missed');
		expect(optionVerdict(option('d', false), ['a'])).toBe('rightly-left-out');
	});
});

describe('scoreQuiz', () => {
	it('counts only checked answers', () => {
		const score = scoreQuiz([single, multiple], { q1: ['b'], q2: ['a', 'c'] }, { q1: true });
		expect(score).toEqual({ correct: 1, checked: 1, total: 2 });
	});

	it('counts a checked wrong answer as checked but not correct', () => {
		const score = scoreQuiz([single, multiple], { q1: ['a'], q2: ['a', 'c'] }, { q1: true, q2: true });
		expect(score).toEqual({ correct: 1, checked: 2, total: 2 });
		expect(describeScore(score)).toBe('1 of 2 correct');
	});

	it('treats a checked question with no saved answer as wrong', () => {
		expect(scoreQuiz([single], {}, { q1: true })).toEqual({ correct: 0, checked: 1, total: 1 });
	});

	it('does not score a checked answer that chose an option the question no longer has', () => {
		const answers = { q1: ['b'], q2: ['a', 'c', 'e'] };
		expect(scoreQuiz([single, multiple], answers, { q1: true, q2: true })).toEqual({
			correct: 1,
			checked: 1,
			total: 2,
		});
	});
});

describe('currentAnswer', () => {
	it('keeps an answer whose options all still exist, checked or not', () => {
		expect(currentAnswer(multiple, ['a', 'c'], true)).toEqual({ selected: ['a', 'c'], checked: true });
		expect(currentAnswer(multiple, ['a'], false)).toEqual({ selected: ['a'], checked: false });
	});

	it('drops an option id the question no longer has, and asks for the answer to be checked again', () => {
		// "e" stands for an option that was reworded to mean something else, or removed.
		expect(currentAnswer(multiple, ['a', 'e', 'c'], true)).toEqual({ selected: ['a', 'c'], checked: false });
		expect(currentAnswer(single, ['e'], true)).toEqual({ selected: [], checked: false });
	});
});

describe('seededShuffle', () => {
	it('gives the same order for the same seed', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
				expect(seededShuffle(items, seed)).toEqual(seededShuffle(items, seed));
			}),
		);
	});

	it('keeps every item exactly once and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.string()), fc.nat(), (items, seed) => {
				const before = items.slice();
				const shuffled = seededShuffle(items, seed);
				expect(items).toEqual(before);
				expect(shuffled.slice().sort()).toEqual(items.slice().sort());
			}),
		);
	});

	it('produces different orders for different seeds', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		const orders = new Set(Array.from({ length: 40 }, (_, seed) => seededShuffle(items, seed).join('')));
		expect(orders.size).toBeGreaterThan(10);
	});
});

describe('orderOptions', () => {
	it('is stable for one learner, question and attempt, and changes with the attempt', () => {
		const first = orderOptions(multiple.options, 1234, 'mfa', 'q2', 0).map((o) => o.id);
		expect(orderOptions(multiple.options, 1234, 'mfa', 'q2', 0).map((o) => o.id)).toEqual(first);
		const later = Array.from({ length: 8 }, (_, attempt) =>
			orderOptions(multiple.options, 1234, 'mfa', 'q2', attempt + 1)
				.map((o) => o.id)
				.join(''),
		);
		expect(later.some((order) => order !== first.join(''))).toBe(true);
	});

	it('seeds each question differently', () => {
		expect(optionOrderSeed(1, 'quiz', 'q1', 0)).not.toBe(optionOrderSeed(1, 'quiz', 'q2', 0));
		expect(optionOrderSeed(1, 'quiz', 'q1', 0)).not.toBe(optionOrderSeed(2, 'quiz', 'q1', 0));
	});
});

describe('isLessonComplete', () => {
	const progressWith = (tasks: Record<string, Record<string, unknown>>, correctOnce: Record<string, boolean>) => ({
		tasks,
		quizzes: { quiz: { correctOnce } },
	});

	it('is complete when every task is achieved and every question was answered correctly once', () => {
		const progress = progressWith({ lab: { t1: {}, t2: {} } }, { q1: true, q2: true });
		expect(
			isLessonComplete({
				labTaskIds: ['t1', 't2'],
				quizQuestionIds: ['q1', 'q2'],
				progress,
				labId: 'lab',
				quizId: 'quiz',
			}),
		).toBe(true);
	});

	it('is not complete while a task is missing', () => {
		const progress = progressWith({ lab: { t1: {} } }, { q1: true });
		expect(
			isLessonComplete({ labTaskIds: ['t1', 't2'], quizQuestionIds: ['q1'], progress, labId: 'lab', quizId: 'quiz' }),
		).toBe(false);
	});

	it('is not complete while a question has never been answered correctly', () => {
		const progress = progressWith({ lab: { t1: {} } }, { q1: true, q2: false });
		expect(
			isLessonComplete({ labTaskIds: ['t1'], quizQuestionIds: ['q1', 'q2'], progress, labId: 'lab', quizId: 'quiz' }),
		).toBe(false);
	});

	it('needs only the quiz when the lesson has no lab', () => {
		const progress = progressWith({}, { q1: true });
		expect(isLessonComplete({ labTaskIds: [], quizQuestionIds: ['q1'], progress, quizId: 'quiz' })).toBe(true);
	});

	it('never completes a lesson with nothing to do', () => {
		expect(isLessonComplete({ labTaskIds: [], quizQuestionIds: [], progress: progressWith({}, {}) })).toBe(false);
	});

	it('is not complete when the quiz has no saved progress', () => {
		expect(
			isLessonComplete({
				labTaskIds: [],
				quizQuestionIds: ['q1'],
				progress: { tasks: {}, quizzes: {} },
				quizId: 'quiz',
			}),
		).toBe(false);
	});
});
