import { getCollection } from 'astro:content';
import type { ProgressLesson } from '@/components/progress/lesson-summary';
import { findLabTaskIds } from '@/components/quiz/lab-task-ids';
import { getLessonsInOrder, lessonHref, lessonSlug } from './lessons';

interface ScorableQuestion {
	id: string;
	options: { id: string; correct: boolean }[];
}

/** What scoring a question needs of it: its id and which options are correct (not their text). */
export function scorable(questions: readonly ScorableQuestion[]): ScorableQuestion[] {
	return questions.map((question) => ({
		id: question.id,
		options: question.options.map((option) => ({ id: option.id, correct: option.correct })),
	}));
}

/**
 * Every lesson, in course order, as the progress and summary pages count it: its lab's tasks and
 * its quiz's questions (ids and correct options only, so the pages ship no quiz text).
 */
export async function getProgressLessons(): Promise<ProgressLesson[]> {
	const quizzes = await getCollection('quizzes');
	return (await getLessonsInOrder()).map((entry) => {
		const quiz = quizzes.find((candidate) => candidate.id === entry.data.quiz);
		return {
			id: lessonSlug(entry),
			title: entry.data.title,
			href: lessonHref(entry),
			order: entry.data.order,
			labId: entry.data.lab,
			quizId: quiz?.id,
			taskIds: entry.data.lab === undefined ? [] : findLabTaskIds(entry.data.lab),
			questions: scorable(quiz?.data.questions ?? []),
		};
	});
}
