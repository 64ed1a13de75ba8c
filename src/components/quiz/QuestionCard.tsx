import { isAnswerCorrect, optionVerdict, type OptionVerdict, type QuizOption, type QuizQuestion } from '@/lessons/quiz';
import type { ReviewLink } from './Quiz';

interface QuestionCardProps {
	quizId: string;
	question: QuizQuestion;
	/** The options in the order this learner sees them. */
	options: QuizOption[];
	number: number;
	total: number;
	review: ReviewLink | undefined;
	selected: string[];
	/** Whether the current answer has been checked, so feedback shows. */
	checked: boolean;
	/** How many times Check answer was pressed with nothing chosen. */
	unansweredChecks: number;
	onSelect: (optionIds: string[]) => void;
	onCheck: () => void;
}

/** Words first, icon second: the verdict never depends on colour or the icon alone. */
const VERDICT_TEXT: Record<OptionVerdict, string> = {
	'chosen-correct': 'Your choice: correct.',
	'chosen-incorrect': 'Your choice: incorrect.',
	missed: 'Correct answer, not chosen.',
	'rightly-left-out': 'Incorrect option.',
};

function VerdictIcon({ verdict }: { verdict: OptionVerdict }) {
	const isRightOption = verdict === 'chosen-correct' || verdict === 'missed';
	return (
		<svg class="quiz-option__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
			{isRightOption ? (
				<path
					d="M3 8.5l3 3 7-7"
					fill="none"
					stroke="currentColor"
					stroke-width="2.2"
					stroke-linecap="round"
					stroke-linejoin="round"
				/>
			) : (
				<path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
			)}
		</svg>
	);
}

function resultText(question: QuizQuestion, selected: string[]): string {
	if (isAnswerCorrect(question, selected)) return 'Correct. The notes under each option say why.';
	const wrongChoices = question.options.filter((option) => !option.correct && selected.includes(option.id)).length;
	const missed = question.options.filter((option) => option.correct && !selected.includes(option.id)).length;
	if (question.kind === 'single') return 'Not quite. Read the notes under the options, then choose again and check.';
	const parts: string[] = [];
	if (wrongChoices > 0) parts.push(`${wrongChoices} of your choices ${wrongChoices === 1 ? 'is' : 'are'} incorrect`);
	if (missed > 0) parts.push(`${missed} correct ${missed === 1 ? 'option was' : 'options were'} not chosen`);
	return `Not quite: ${parts.join(' and ')}. Read the notes under the options, then change your answer and check again.`;
}

/** One question: a fieldset of radio buttons or checkboxes, a Check answer button and per-option feedback. */
export function QuestionCard({
	quizId,
	question,
	options,
	number,
	total,
	review,
	selected,
	checked,
	unansweredChecks,
	onSelect,
	onCheck,
}: QuestionCardProps) {
	const baseId = `quiz-${quizId}-${question.id}`;
	const inputType = question.kind === 'single' ? 'radio' : 'checkbox';
	const correct = checked && isAnswerCorrect(question, selected);

	function toggle(optionId: string, isChecked: boolean): void {
		if (question.kind === 'single') {
			onSelect([optionId]);
			return;
		}
		onSelect(isChecked ? [...selected, optionId] : selected.filter((id) => id !== optionId));
	}

	let result = '';
	if (checked) result = resultText(question, selected);
	else if (unansweredChecks > 0) result = 'Choose an answer first, then check it.';

	return (
		<fieldset
			class={`quiz-question${checked ? (correct ? ' quiz-question--correct' : ' quiz-question--incorrect') : ''}`}
			id={baseId}
		>
			<legend class="quiz-question__legend">
				<span class="quiz-question__number">
					Question {number} of {total}
				</span>
				<span class="quiz-question__prompt">{question.prompt}</span>
				<span class="quiz-question__instruction">
					{question.kind === 'single' ? 'Choose one.' : 'Choose all that apply.'}
				</span>
			</legend>
			{review ? (
				<p class="quiz-question__review">
					<a href={review.href}>Review: {review.title}</a>
				</p>
			) : null}
			<ul class="quiz-question__options" role="list">
				{options.map((option) => {
					const inputId = `${baseId}-${option.id}`;
					const isSelected = selected.includes(option.id);
					const verdict = checked ? optionVerdict(option, selected) : undefined;
					return (
						<li key={option.id} class={`quiz-option${verdict ? ` quiz-option--${verdict}` : ''}`}>
							<input
								type={inputType}
								id={inputId}
								name={baseId}
								value={option.id}
								checked={isSelected}
								aria-describedby={verdict ? `${inputId}-feedback` : undefined}
								onChange={(event) => toggle(option.id, event.currentTarget.checked)}
							/>
							<label for={inputId}>{option.text}</label>
							{verdict ? (
								<p class="quiz-option__feedback" id={`${inputId}-feedback`}>
									<VerdictIcon verdict={verdict} />
									<span>
										<strong>{VERDICT_TEXT[verdict]}</strong> {option.explanation}
									</span>
								</p>
							) : null}
						</li>
					);
				})}
			</ul>
			<div class="quiz-question__actions">
				<button type="button" class="button button--primary" onClick={onCheck}>
					Check answer
				</button>
				<p
					class={`quiz-question__result${checked ? (correct ? ' is-correct' : ' is-incorrect') : ''}`}
					aria-live="polite"
				>
					{/* A new node per press, so screen readers announce the same words again. */}
					{result ? <span key={`${checked}-${unansweredChecks}`}>{result}</span> : null}
				</p>
			</div>
		</fieldset>
	);
}
