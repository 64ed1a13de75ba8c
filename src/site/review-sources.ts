import { getEntry } from 'astro:content';
import type { ReviewSource } from '@/lessons/review';
import { getLessonsInOrder, lessonHref, lessonSlug } from './lessons';

/** Every lesson's quiz, in course order, as the final review draws from them. */
export async function getReviewSources(): Promise<ReviewSource[]> {
	const sources: ReviewSource[] = [];
	for (const lesson of await getLessonsInOrder()) {
		if (lesson.data.quiz === undefined) continue;
		const quiz = await getEntry('quizzes', lesson.data.quiz);
		if (!quiz) throw new Error(`Lesson ${lesson.id} names quiz "${lesson.data.quiz}", which does not exist.`);
		sources.push({
			lessonId: lessonSlug(lesson),
			lessonTitle: lesson.data.title,
			lessonHref: lessonHref(lesson),
			quizId: quiz.id,
			questions: quiz.data.questions,
		});
	}
	return sources;
}
