import { scoreQuiz, type QuizScore, type ScorableQuestion } from '@/lessons/quiz';
import type { ProgressState } from '@/store/progress-schema';

/** What the progress page knows about a lesson from the content at build time. */
export interface ProgressLesson {
	/** The lesson's id in progress (its URL slug). */
	id: string;
	title: string;
	href: string;
	order: number;
	labId?: string | undefined;
	quizId?: string | undefined;
	/** The lab's task ids, or null when the lab registry does not list them. */
	taskIds: string[] | null;
	/** The quiz's questions, reduced to what scoring needs. */
	questions: ScorableQuestion[];
}

export type LessonStatus = 'complete' | 'in-progress' | 'not-started';

export interface LessonSummary {
	status: LessonStatus;
	tasksDone: number;
	tasksWithSolution: number;
	/** Number of tasks in the lab, when known. */
	taskCount: number | null;
	/** Sum of the hint levels opened across the lab's tasks. */
	hintsOpened: number;
	quiz: QuizScore | null;
}

/** Sums up one lesson's saved progress for the progress page. Pure. */
export function summariseLesson(lesson: ProgressLesson, progress: ProgressState): LessonSummary {
	const tasks = lesson.labId === undefined ? {} : (progress.tasks[lesson.labId] ?? {});
	const countedTasks = Object.entries(tasks).filter(
		([taskId]) => lesson.taskIds === null || lesson.taskIds.includes(taskId),
	);
	const hints = lesson.labId === undefined ? {} : (progress.hints[lesson.labId] ?? {});
	const savedQuiz = lesson.quizId === undefined ? undefined : progress.quizzes[lesson.quizId];
	const quiz =
		lesson.quizId === undefined
			? null
			: scoreQuiz(lesson.questions, savedQuiz?.answers ?? {}, savedQuiz?.submitted ?? {});
	const hintsOpened = Object.values(hints).reduce((sum, level) => sum + level, 0);
	const answered = savedQuiz !== undefined && Object.values(savedQuiz.answers).some((ids) => ids.length > 0);
	const completed = progress.lessons[lesson.id]?.completedAt !== undefined;
	const started = countedTasks.length > 0 || hintsOpened > 0 || answered || (savedQuiz?.attempts ?? 0) > 0;
	return {
		status: completed ? 'complete' : started ? 'in-progress' : 'not-started',
		tasksDone: countedTasks.length,
		tasksWithSolution: countedTasks.filter(([, task]) => task.withSolution).length,
		taskCount: lesson.taskIds === null ? null : lesson.taskIds.length,
		hintsOpened,
		quiz,
	};
}

/** "2 of 3 done, 1 with the solution", or "2 done" when the number of tasks is not known. */
export function describeTasks(summary: LessonSummary): string {
	const done =
		summary.taskCount === null ? `${summary.tasksDone} done` : `${summary.tasksDone} of ${summary.taskCount} done`;
	return summary.tasksWithSolution > 0 ? `${done}, ${summary.tasksWithSolution} with the solution` : done;
}

/** "3 hints opened", "1 hint opened" or "None". */
export function describeHints(hintsOpened: number): string {
	if (hintsOpened === 0) return 'None';
	return `${hintsOpened} ${hintsOpened === 1 ? 'hint' : 'hints'} opened`;
}

/** `secure-aws-course-progress-2025-01-31.json`, dated in the learner's own time zone. */
export function exportFileName(date: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `secure-aws-course-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
