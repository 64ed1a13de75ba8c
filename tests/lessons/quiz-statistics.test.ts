/**
 * The quizzes should test understanding, not test-taking. A learner who has not read the lesson must not be
 * able to score well with a rule of thumb: "pick the second option", "pick the longest", "drop the one that is
 * far longer than the rest", "the first option is always ticked". These tests measure the answer keys of every
 * quiz file together, so a new quiz is held to the same rules. Messages count option positions from 1.
 *
 * Source order matters although each learner sees a shuffled order: the page shows source order until the
 * quiz island has loaded, and anyone can read the JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '@/lessons/quiz';

const quizzesDir = join(process.cwd(), 'src/content/quizzes');

function loadAllQuestions(): Array<QuizQuestion & { quizId: string }> {
	return readdirSync(quizzesDir)
		.filter((file) => file.endsWith('.json'))
		.flatMap((file) => {
			const quiz = JSON.parse(readFileSync(join(quizzesDir, file), 'utf8')) as { questions: QuizQuestion[] };
			return quiz.questions.map((question) => ({ ...question, quizId: file.replace(/\.json$/, '') }));
		});
}

/** No single position may hold more than this share of the single-answer keys (four options: 25% each is even). */
const MAX_SHARE_OF_ONE_POSITION = 0.4;
/**
 * How often the correct option may be the longest one (ties count as longest). With four options of similar
 * length, chance is about 25%; below 15% "never pick the longest" works, above 45% "pick the longest" does.
 */
const CORRECT_IS_LONGEST_RANGE = { min: 0.15, max: 0.45 };
/** A distractor longer than this many times every other option of its question stands out on sight. */
const FAR_LONGER_FACTOR = 1.5;
/**
 * At most one question in twenty may have such a distractor. A misconception sometimes needs a few more words
 * than the truth, so zero would be too strict; but at one in twenty, "drop the option that is far longer" pays
 * off less than once per quiz (each has about seven questions), which is too rarely to be worth learning.
 */
const MAX_SHARE_WITH_FAR_LONGER_DISTRACTOR = 0.05;

interface KeyStatistics {
	/** Single-answer questions. */
	singleCount: number;
	/** Position of the correct option in source order → how many single-answer questions have it there. */
	correctPositions: Record<number, number>;
	/** Single-answer questions whose correct option is at least as long as every other option. */
	correctIsLongest: number;
	/** Questions (of both kinds) with a distractor more than FAR_LONGER_FACTOR times longer than every other option. */
	withFarLongerDistractor: string[];
	questionCount: number;
	/** Source positions of the correct options of each multiple-select question. */
	multipleKeys: number[][];
	/** Option count of each multiple-select question, in the same order as multipleKeys. */
	multipleOptionCounts: number[];
}

function measure(questions: readonly QuizQuestion[]): KeyStatistics {
	const stats: KeyStatistics = {
		singleCount: 0,
		correctPositions: {},
		correctIsLongest: 0,
		withFarLongerDistractor: [],
		questionCount: questions.length,
		multipleKeys: [],
		multipleOptionCounts: [],
	};
	for (const question of questions) {
		const lengths = question.options.map((option) => option.text.length);
		const key = question.options.flatMap((option, index) => (option.correct ? [index] : []));
		if (question.kind === 'single') {
			const position = key[0] ?? -1;
			stats.singleCount += 1;
			stats.correctPositions[position] = (stats.correctPositions[position] ?? 0) + 1;
			if ((lengths[position] ?? 0) >= Math.max(...lengths)) stats.correctIsLongest += 1;
		} else {
			stats.multipleKeys.push(key);
			stats.multipleOptionCounts.push(question.options.length);
		}
		const hasFarLongerDistractor = question.options.some(
			(option, index) =>
				!option.correct &&
				lengths.every((length, other) => other === index || option.text.length > FAR_LONGER_FACTOR * length),
		);
		if (hasFarLongerDistractor) stats.withFarLongerDistractor.push(question.id);
	}
	return stats;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Every rule of thumb that would score well on these questions, in words; empty when there is none. */
function findTells(stats: KeyStatistics): string[] {
	const tells: string[] = [];
	if (stats.singleCount > 0) {
		for (const [position, count] of Object.entries(stats.correctPositions)) {
			const share = count / stats.singleCount;
			if (share > MAX_SHARE_OF_ONE_POSITION)
				tells.push(`option ${Number(position) + 1} is the single answer in ${percent(share)} of questions`);
		}
		const longestShare = stats.correctIsLongest / stats.singleCount;
		if (longestShare < CORRECT_IS_LONGEST_RANGE.min || longestShare > CORRECT_IS_LONGEST_RANGE.max)
			tells.push(`the single answer is the longest option in ${percent(longestShare)} of questions`);
	}
	const farLongerShare = stats.withFarLongerDistractor.length / Math.max(stats.questionCount, 1);
	if (farLongerShare > MAX_SHARE_WITH_FAR_LONGER_DISTRACTOR)
		tells.push(
			`a distractor is far longer than the rest in ${percent(farLongerShare)} of questions: ${stats.withFarLongerDistractor.join(', ')}`,
		);
	tells.push(...findMultipleSelectTells(stats.multipleKeys, stats.multipleOptionCounts));
	return tells;
}

/**
 * A multiple-select key pattern that all of them share: a position ticked in every question ("always tick the
 * first"), a position left unticked in every question that has it ("never tick the last"), or the same number of
 * correct options everywhere ("it is always two").
 */
function findMultipleSelectTells(keys: readonly number[][], optionCounts: readonly number[]): string[] {
	if (keys.length < 2) return [];
	const tells: string[] = [];
	const mostOptions = Math.max(...optionCounts);
	for (let position = 0; position < mostOptions; position += 1) {
		const withPosition = keys.filter((_, index) => (optionCounts[index] ?? 0) > position);
		if (withPosition.length < 2) continue;
		if (withPosition.every((key) => key.includes(position)))
			tells.push(`option ${position + 1} is correct in every multiple-select question`);
		if (withPosition.every((key) => !key.includes(position)))
			tells.push(`option ${position + 1} is wrong in every multiple-select question that has it`);
	}
	if (new Set(keys.map((key) => key.length)).size === 1)
		tells.push(`every multiple-select question has exactly ${keys[0]?.length ?? 0} correct options`);
	return tells;
}

function option(text: string, correct: boolean) {
	return { id: text, text, correct, explanation: 'Why.' };
}

describe('quiz answer keys', () => {
	const questions = loadAllQuestions();

	it('are well formed: one answer for single choice, at least one for multiple, unique ids and texts', () => {
		for (const question of questions) {
			const where = `${question.quizId}/${question.id}`;
			const correct = question.options.filter((o) => o.correct).length;
			if (question.kind === 'single') expect(correct, where).toBe(1);
			else expect(correct, where).toBeGreaterThanOrEqual(1);
			expect(new Set(question.options.map((o) => o.id)).size, where).toBe(question.options.length);
			expect(new Set(question.options.map((o) => o.text)).size, where).toBe(question.options.length);
		}
		const ids = questions.map((question) => `${question.quizId}/${question.id}`);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('give a learner who guesses by position or length nothing to go on', () => {
		expect(findTells(measure(questions))).toEqual([]);
	});
});

describe('the tell finder', () => {
	// By default the last option is the longest, and no option is far longer than another.
	const single = (correctAt: number, texts = ['aaaa', 'bbbb', 'cccc', 'ddddd']): QuizQuestion => ({
		id: `q${correctAt}-${texts.join('')}`,
		prompt: '?',
		kind: 'single',
		options: texts.map((text, index) => option(text, index === correctAt)),
	});
	const multiple = (key: number[], count = 4): QuizQuestion => ({
		id: `m${key.join('')}`,
		prompt: '?',
		kind: 'multiple',
		options: Array.from({ length: count }, (_, index) => option(`option ${index}`, key.includes(index))),
	});

	it('accepts keys spread evenly with lengths that vary', () => {
		const balanced = [single(0), single(1), single(2), single(3), multiple([0, 2]), multiple([1, 2, 3]), multiple([3])];
		expect(findTells(measure(balanced))).toEqual([]);
	});

	it('finds one position holding most single answers', () => {
		const tells = findTells(measure([single(1), single(1), single(2), single(0)]));
		expect(tells).toContain('option 2 is the single answer in 50% of questions');
	});

	it('finds a correct option that is too rarely, or too often, the longest', () => {
		expect(findTells(measure([single(0), single(1), single(2)]))).toContain(
			'the single answer is the longest option in 0% of questions',
		);
		const alwaysLongest = [single(3), single(0, ['aaaaa', 'b', 'c', 'd']), single(1, ['a', 'bbbbb', 'c', 'd'])];
		expect(findTells(measure(alwaysLongest))).toContain('the single answer is the longest option in 100% of questions');
	});

	it('finds distractors far longer than the rest', () => {
		const texts = ['a much longer distractor', 'short', 'brief', 'tiny'];
		const tells = findTells(measure([single(1, texts), single(2), single(3)]));
		expect(tells.some((tell) => tell.startsWith('a distractor is far longer than the rest in 33%'))).toBe(true);
	});

	it('finds a multiple-select pattern that every question shares', () => {
		expect(findTells(measure([multiple([0, 2]), multiple([0, 1, 3])]))).toContain(
			'option 1 is correct in every multiple-select question',
		);
		expect(findTells(measure([multiple([0, 2]), multiple([1, 2, 3])]))).toContain(
			'option 3 is correct in every multiple-select question',
		);
		expect(findTells(measure([multiple([0, 1]), multiple([1, 2]), multiple([0, 2])]))).toEqual([
			'option 4 is wrong in every multiple-select question that has it',
			'every multiple-select question has exactly 2 correct options',
		]);
	});
});
