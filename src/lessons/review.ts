import { hashString, seededShuffle, type QuizQuestion } from './quiz';

/**
 * The final review: a few questions from every lesson's quiz, mixed so that neighbours come from different
 * lessons (interleaved retrieval, which helps a learner remember more than rereading one topic at a time).
 * Pure and seeded: the same quizzes and seed always give the same review.
 */

/** A lesson's quiz, as the review draws from it. */
export interface ReviewSource {
	/** The lesson's URL slug. */
	readonly lessonId: string;
	readonly lessonTitle: string;
	readonly lessonHref: string;
	readonly quizId: string;
	readonly questions: readonly QuizQuestion[];
}

/** One review question: the quiz's question under an id that says where it came from. */
export interface ReviewQuestion extends QuizQuestion {
	readonly lessonId: string;
	readonly lessonTitle: string;
	readonly lessonHref: string;
}

/** The quiz id the review's answers are saved under in progress, apart from every lesson's own quiz. */
export const REVIEW_QUIZ_ID = 'final-review';

/** The seed every build uses, so the review is the same from one build to the next while the quizzes are. */
export const REVIEW_SEED = 'final-review';

/**
 * A question that can stand alone in a mixed review: not one that brings back an earlier lesson (the
 * review covers that lesson itself) and not one that refers to the question before it.
 */
export function standsAlone(question: QuizQuestion): boolean {
	return question.revisits === undefined && !/\b(above|previous question)\b/i.test(question.prompt);
}

/** The review question's id: the quiz id and the question id, so answers never mix between quizzes. */
export function reviewQuestionId(quizId: string, questionId: string): string {
	return `${quizId}.${questionId}`;
}

/**
 * Picks `perLesson` questions from each source (fewer if it has fewer that stand alone) and orders them in
 * rounds: each round takes one question from every lesson that has one left, in a shuffled lesson order that
 * never starts with the lesson that ended the round before. The lessons' own order is not used.
 */
export function buildReview(sources: readonly ReviewSource[], perLesson = 2, seed = REVIEW_SEED): ReviewQuestion[] {
	const picked = sources.map((source) =>
		seededShuffle(source.questions.filter(standsAlone), hashString(`${seed}:${source.quizId}`))
			.slice(0, perLesson)
			.map((question): ReviewQuestion => ({
				...question,
				id: reviewQuestionId(source.quizId, question.id),
				lessonId: source.lessonId,
				lessonTitle: source.lessonTitle,
				lessonHref: source.lessonHref,
			})),
	);
	const review: ReviewQuestion[] = [];
	for (let round = 0; round < perLesson; round += 1) {
		const lessons = seededShuffle(
			picked.map((_, index) => index).filter((index) => (picked[index]?.length ?? 0) > round),
			hashString(`${seed}:round:${round}`),
		);
		const last = review.at(-1)?.lessonId;
		if (lessons.length > 1 && picked[lessons[0] ?? -1]?.[round]?.lessonId === last) lessons.push(lessons.shift() ?? 0);
		for (const index of lessons) {
			const question = picked[index]?.[round];
			if (question) review.push(question);
		}
	}
	return review;
}
