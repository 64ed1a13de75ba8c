import { scoreQuiz, type QuizScore, type ScorableQuestion } from '@/lessons/quiz';
import type { ProgressState, RealAccountCheck } from '@/store/progress-schema';
import { summariseLesson, type LessonSummary, type ProgressLesson } from './lesson-summary';

/** The final review as the summary scores it. */
export interface ReviewQuiz {
	quizId: string;
	questions: ScorableQuestion[];
}

/** Everything the completion summary says, worked out from the saved progress. Pure. */
export interface CompletionFigures {
	lessons: { lesson: ProgressLesson; summary: LessonSummary }[];
	lessonsComplete: number;
	/** Labs whose every task is done. */
	labsDone: number;
	labs: number;
	/** Null until the learner checks an answer of the final review. */
	review: QuizScore | null;
	realCheck: RealCheckCounts | null;
}

export interface RealCheckCounts {
	checkedAt: number;
	healthy: number;
	toFix: number;
	notChecked: number;
	checks: RealAccountCheck['checks'];
}

export function summariseCompletion(
	lessons: readonly ProgressLesson[],
	review: ReviewQuiz,
	progress: ProgressState,
): CompletionFigures {
	const summaries = lessons
		.slice()
		.sort((a, b) => a.order - b.order)
		.map((lesson) => ({ lesson, summary: summariseLesson(lesson, progress) }));
	const withLab = summaries.filter(({ lesson }) => lesson.labId !== undefined);
	const saved = progress.quizzes[review.quizId];
	const reviewScore = scoreQuiz(review.questions, saved?.answers ?? {}, saved?.submitted ?? {});
	const lastCheck = progress.realAccount.lastCheck;
	const count = (verdict: string) => lastCheck?.checks.filter((check) => check.verdict === verdict).length ?? 0;
	return {
		lessons: summaries,
		lessonsComplete: summaries.filter(({ summary }) => summary.status === 'complete').length,
		labsDone: withLab.filter(({ summary }) => summary.taskCount !== null && summary.tasksDone >= summary.taskCount)
			.length,
		labs: withLab.length,
		review: reviewScore.checked === 0 ? null : reviewScore,
		realCheck:
			lastCheck === undefined
				? null
				: {
						checkedAt: lastCheck.checkedAt,
						healthy: count('healthy'),
						toFix: count('to-fix'),
						notChecked: count('not-checked'),
						checks: lastCheck.checks,
					},
	};
}
