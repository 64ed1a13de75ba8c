/**
 * When a lesson counts as complete: the one rule the progress store applies and the tests check.
 * Pure: it reads a progress snapshot and the lesson's ids, nothing else.
 */

/** The parts of saved progress that completion looks at. */
export interface CompletionProgress {
	tasks: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	quizzes: Readonly<Record<string, { correctOnce: Readonly<Record<string, boolean>> }>>;
}

export interface LessonCompletionInput {
	/** Every task of the lesson's lab; empty when the lesson has no lab. */
	labTaskIds: readonly string[];
	/** Every question of the lesson's quiz; empty when the lesson has no quiz. */
	quizQuestionIds: readonly string[];
	progress: CompletionProgress;
	labId?: string | undefined;
	quizId?: string | undefined;
}

/**
 * A lesson is complete when every lab task has been achieved (with or without the solution) and every quiz
 * question has been answered correctly at least once. Starting a quiz over does not undo a correct answer.
 * A lesson with neither tasks nor questions is never completed by this rule: there is nothing to finish.
 */
export function isLessonComplete({
	labTaskIds,
	quizQuestionIds,
	progress,
	labId,
	quizId,
}: LessonCompletionInput): boolean {
	if (labTaskIds.length === 0 && quizQuestionIds.length === 0) return false;
	if (labTaskIds.length > 0) {
		const achieved = labId === undefined ? undefined : progress.tasks[labId];
		if (achieved === undefined || !labTaskIds.every((taskId) => achieved[taskId] !== undefined)) return false;
	}
	if (quizQuestionIds.length > 0) {
		const quiz = quizId === undefined ? undefined : progress.quizzes[quizId];
		if (quiz === undefined || !quizQuestionIds.every((questionId) => quiz.correctOnce[questionId] === true))
			return false;
	}
	return true;
}
