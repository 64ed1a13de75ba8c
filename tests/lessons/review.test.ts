import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '@/lessons/quiz';
import { buildReview, reviewQuestionId, standsAlone, type ReviewSource } from '@/lessons/review';

const question = (id: string, extra: Partial<QuizQuestion> = {}): QuizQuestion => ({
	id,
	prompt: `Question ${id}?`,
	kind: 'single',
	options: [
		{ id: 'a', text: 'Yes', correct: true, explanation: 'Right.' },
		{ id: 'b', text: 'No', correct: false, explanation: 'Wrong.' },
	],
	...extra,
});

const source = (lessonId: string, count: number, extra: (index: number) => Partial<QuizQuestion> = () => ({})) => ({
	lessonId,
	lessonTitle: `Lesson ${lessonId}`,
	lessonHref: `/lessons/${lessonId}/`,
	quizId: `quiz-${lessonId}`,
	questions: Array.from({ length: count }, (_, index) => question(`q${index + 1}`, extra(index))),
});

/** The course's own quizzes, as the review page reads them. */
function courseSources(): ReviewSource[] {
	const lessonsDir = join(process.cwd(), 'src/content/lessons');
	return readdirSync(lessonsDir)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.flatMap((file) => {
			const quizId = /^quiz:\s*(\S+)/m.exec(readFileSync(join(lessonsDir, file), 'utf8'))?.[1];
			if (quizId === undefined) return [];
			const quiz = JSON.parse(readFileSync(join(process.cwd(), 'src/content/quizzes', `${quizId}.json`), 'utf8')) as {
				questions: QuizQuestion[];
			};
			const lessonId = file.replace(/\.mdx$/, '').replace(/^\d+-/, '');
			return [
				{ lessonId, lessonTitle: lessonId, lessonHref: `/lessons/${lessonId}/`, quizId, questions: quiz.questions },
			];
		});
}

describe('buildReview', () => {
	const sources = ['a', 'b', 'c', 'd'].map((id) => source(id, 5));

	it('takes two questions from every lesson', () => {
		const review = buildReview(sources);
		expect(review).toHaveLength(8);
		for (const { lessonId } of sources) expect(review.filter((q) => q.lessonId === lessonId)).toHaveLength(2);
	});

	it('never puts two questions of the same lesson side by side', () => {
		for (const seed of ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']) {
			const review = buildReview(sources, 2, seed);
			for (let index = 1; index < review.length; index += 1) {
				expect(review[index]?.lessonId, `${seed} at ${index}`).not.toBe(review[index - 1]?.lessonId);
			}
		}
	});

	it('mixes the lessons instead of following their order', () => {
		const order = buildReview(sources).map((q) => q.lessonId);
		expect(order.slice(0, 4)).not.toEqual(['a', 'b', 'c', 'd']);
	});

	it('gives the same review for the same quizzes and seed, and another for another seed', () => {
		const ids = (seed?: string) => buildReview(sources, 2, seed).map((q) => q.id);
		expect(ids()).toEqual(ids());
		expect(ids('another seed')).not.toEqual(ids());
	});

	it('keeps where each question came from, under an id of its quiz and question', () => {
		const [first] = buildReview([source('a', 1)]);
		expect(first).toMatchObject({
			id: reviewQuestionId('quiz-a', 'q1'),
			lessonId: 'a',
			lessonTitle: 'Lesson a',
			lessonHref: '/lessons/a/',
		});
		expect(first?.options).toHaveLength(2);
	});

	it('leaves out questions that bring back another lesson or lean on the one before', () => {
		const review = buildReview([
			source('a', 4, (index) =>
				index === 0
					? { revisits: '01-x' }
					: index === 1
						? { prompt: 'What can you learn from the message above?' }
						: {},
			),
		]);
		expect(review.map((q) => q.id).sort()).toEqual(['quiz-a.q3', 'quiz-a.q4']);
	});

	it('takes what a short quiz has, and nothing from an empty one', () => {
		const review = buildReview([source('a', 1), source('b', 0), source('c', 3)]);
		expect(review.filter((q) => q.lessonId === 'a')).toHaveLength(1);
		expect(review.filter((q) => q.lessonId === 'b')).toHaveLength(0);
		expect(review.filter((q) => q.lessonId === 'c')).toHaveLength(2);
	});
});

describe('standsAlone', () => {
	it('accepts a plain question and refuses one that revisits or points back', () => {
		expect(standsAlone(question('x'))).toBe(true);
		expect(standsAlone(question('x', { revisits: 'root-mfa' }))).toBe(false);
		expect(standsAlone(question('x', { prompt: 'Given the error above, what happened?' }))).toBe(false);
	});
});

describe('the course’s review', () => {
	it('draws two standalone questions from every lesson with a quiz, interleaved', () => {
		const sources = courseSources();
		const review = buildReview(sources);
		expect(review).toHaveLength(sources.length * 2);
		for (let index = 1; index < review.length; index += 1) {
			expect(review[index]?.lessonId).not.toBe(review[index - 1]?.lessonId);
		}
		expect(new Set(review.map((q) => q.id)).size).toBe(review.length);
	});
});
