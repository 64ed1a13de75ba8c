import { describe, expect, it } from 'vitest';
import { summariseCompletion } from '@/components/progress/completion-summary';
import type { ProgressLesson } from '@/components/progress/lesson-summary';
import type { ProgressState } from '@/store/progress-schema';
import { createEmptyProgress } from '@/store/progress-state';

const question = (id: string) => ({
	id,
	options: [
		{ id: 'a', correct: true },
		{ id: 'b', correct: false },
	],
});

const lessons: ProgressLesson[] = [
	{
		id: 'two',
		title: 'Two',
		href: '/lessons/two/',
		order: 2,
		labId: 'lab-two',
		quizId: 'quiz-two',
		taskIds: ['t1', 't2'],
		questions: [question('q1')],
	},
	{
		id: 'one',
		title: 'One',
		href: '/lessons/one/',
		order: 1,
		labId: 'lab-one',
		quizId: 'quiz-one',
		taskIds: ['t1'],
		questions: [question('q1')],
	},
	{
		id: 'three',
		title: 'Three',
		href: '/lessons/three/',
		order: 3,
		quizId: 'quiz-three',
		taskIds: [],
		questions: [question('q1')],
	},
];
const review = { quizId: 'final-review', questions: [question('quiz-one.q1'), question('quiz-two.q1')] };
const done = { achievedAt: 1, withSolution: false };

function progressWith(change: Partial<ProgressState>): ProgressState {
	return { ...createEmptyProgress(7), ...change };
}

describe('summariseCompletion', () => {
	it('lists the lessons in course order and counts complete lessons and finished labs', () => {
		const figures = summariseCompletion(
			lessons,
			review,
			progressWith({
				lessons: { one: { completedAt: 5 } },
				tasks: { 'lab-one': { t1: done }, 'lab-two': { t1: done } },
			}),
		);
		expect(figures.lessons.map(({ lesson }) => lesson.id)).toEqual(['one', 'two', 'three']);
		expect(figures.lessonsComplete).toBe(1);
		expect(figures.labsDone).toBe(1);
		expect(figures.labs).toBe(2);
	});

	it('scores the final review once an answer is checked, and not before', () => {
		expect(summariseCompletion(lessons, review, progressWith({})).review).toBeNull();
		const answered = progressWith({
			quizzes: {
				'final-review': {
					answers: { 'quiz-one.q1': ['a'], 'quiz-two.q1': ['b'] },
					submitted: { 'quiz-one.q1': true, 'quiz-two.q1': false },
					correctOnce: {},
					attempts: 0,
				},
			},
		});
		expect(summariseCompletion(lessons, review, answered).review).toEqual({ correct: 1, checked: 1, total: 2 });
	});

	it('counts the last real-account check’s verdicts, or says there is none', () => {
		expect(summariseCompletion(lessons, review, progressWith({})).realCheck).toBeNull();
		const checks = [
			{ id: 'a', title: 'A', verdict: 'healthy' as const },
			{ id: 'b', title: 'B', verdict: 'healthy' as const },
			{ id: 'c', title: 'C', verdict: 'to-fix' as const },
			{ id: 'd', title: 'D', verdict: 'not-checked' as const },
		];
		const figures = summariseCompletion(
			lessons,
			review,
			progressWith({ realAccount: { lastCheck: { checkedAt: 9, checks } } }),
		);
		expect(figures.realCheck).toEqual({ checkedAt: 9, healthy: 2, toFix: 1, notChecked: 1, checks });
	});
});
