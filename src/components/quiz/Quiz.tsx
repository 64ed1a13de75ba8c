import { useEffect, useRef, useState } from 'preact/hooks';
import {
	currentAnswer,
	describeScore,
	isAnswerCorrect,
	orderOptions,
	scoreQuiz,
	type QuizQuestion,
} from '@/lessons/quiz';
import { createEmptyQuizProgress } from '@/store/progress-state';
import { answerQuestion, retryQuiz, submitQuestion, syncLessonCompletion } from '@/store/progress-store';
import { useProgress } from '@/components/progress/use-progress';
import { QuestionCard } from './QuestionCard';

/** An earlier lesson a question brings back, shown as a "Review:" link. */
export interface ReviewLink {
	title: string;
	href: string;
}

export interface QuizProps {
	quizId: string;
	/** The lesson's id in progress (its URL slug); absent for a quiz that belongs to no lesson (the final review). */
	lessonId?: string | undefined;
	questions: QuizQuestion[];
	/** Question id → the earlier lesson it revisits. */
	reviews: Record<string, ReviewLink>;
	/** The lesson's lab, if it has one. */
	labId?: string | undefined;
	/** The lab's task ids; null when they are not known here, so the lab marks the lesson complete instead. */
	labTaskIds: string[] | null;
}

/**
 * The self-check quiz at the end of a lesson. Answers live in the progress store, so they survive a reload;
 * each learner sees the options in their own order, which changes when they retry.
 */
export default function Quiz({ quizId, lessonId, questions, reviews, labId, labTaskIds }: QuizProps) {
	const saved = useProgress((state) => state.progress.quizzes[quizId]);
	const shuffleSeed = useProgress((state) => state.progress.shuffleSeed);
	const lessonComplete = useProgress(
		(state) => lessonId !== undefined && state.progress.lessons[lessonId]?.completedAt !== undefined,
	);
	const notice = useProgress((state) => state.notice);
	const [announcement, setAnnouncement] = useState('');
	const [unansweredChecks, setUnansweredChecks] = useState<Record<string, number>>({});
	const sectionRef = useRef<HTMLDivElement>(null);
	const focusFirstOption = useRef(false);

	const quiz = saved ?? createEmptyQuizProgress();

	// Retry reorders the options, and moving a focused node drops its focus, so focus waits for that render.
	useEffect(() => {
		if (!focusFirstOption.current) return;
		focusFirstOption.current = false;
		sectionRef.current?.querySelector<HTMLInputElement>('input')?.focus();
	}, [quiz.attempts]);
	const score = scoreQuiz(questions, quiz.answers, quiz.submitted);

	/** The saved answer without options the question no longer has. */
	function answerTo(question: QuizQuestion) {
		return currentAnswer(question, quiz.answers[question.id] ?? [], quiz.submitted[question.id] === true);
	}

	function check(question: QuizQuestion): void {
		const { selected } = answerTo(question);
		if (selected.length === 0) {
			setUnansweredChecks((counts) => ({ ...counts, [question.id]: (counts[question.id] ?? 0) + 1 }));
			return;
		}
		setUnansweredChecks((counts) => ({ ...counts, [question.id]: 0 }));
		submitQuestion(quizId, question.id, { correct: isAnswerCorrect(question, selected) });
		const canJudgeLesson = lessonId !== undefined && (labId === undefined || labTaskIds !== null);
		if (canJudgeLesson) {
			syncLessonCompletion(
				lessonId,
				labId,
				labTaskIds ?? [],
				quizId,
				questions.map((q) => q.id),
			);
		}
	}

	function retry(): void {
		focusFirstOption.current = true;
		retryQuiz(quizId);
		setUnansweredChecks({});
		setAnnouncement('Your answers are cleared and the options are in a new order. Start again with question 1.');
	}

	let summary = `Check each answer to build your score out of ${score.total}.`;
	if (score.checked === score.total) summary = `You scored ${describeScore(score)}.`;
	else if (score.checked > 0)
		summary = `${describeScore(score)} so far; ${score.total - score.checked} still to check.`;

	return (
		// data-ready tells tests (and styles) that saved answers and the option order are in place.
		<div class="quiz" ref={sectionRef} data-ready={shuffleSeed === undefined ? undefined : 'true'}>
			{notice ? (
				<p class="quiz__notice" role="status">
					{notice.message} <a href="/progress/">Open your progress</a>
				</p>
			) : null}
			<ol class="quiz__questions">
				{questions.map((question, index) => {
					const options =
						shuffleSeed === undefined
							? question.options
							: orderOptions(question.options, shuffleSeed, quizId, question.id, quiz.attempts);
					const answer = answerTo(question);
					return (
						<li key={question.id}>
							<QuestionCard
								quizId={quizId}
								question={question}
								options={options}
								number={index + 1}
								total={questions.length}
								review={reviews[question.id]}
								selected={answer.selected}
								checked={answer.checked}
								unansweredChecks={unansweredChecks[question.id] ?? 0}
								onSelect={(optionIds) => answerQuestion(quizId, question.id, optionIds)}
								onCheck={() => check(question)}
							/>
						</li>
					);
				})}
			</ol>
			<div class="quiz__summary">
				<p class="quiz__score" aria-live="polite">
					{summary}
					{lessonComplete === true ? ' This lesson is complete.' : ''}
				</p>
				<button type="button" class="button" onClick={retry}>
					Retry quiz
				</button>
				<p class="visually-hidden" aria-live="polite">
					{announcement}
				</p>
			</div>
		</div>
	);
}
