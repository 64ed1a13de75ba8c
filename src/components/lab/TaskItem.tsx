import { useId } from 'preact/hooks';
import type { LabTask, TaskStatus } from '@/lessons/lab';
import { Button } from '@/components/console/ui/Button';

export interface TaskItemProps {
	task: LabTask;
	index: number;
	/** Live status on the account as it is now; for a question, the verdict of its last Check. */
	status: TaskStatus;
	/** Achieved at some point (stays achieved even if the account changes later). */
	achieved: boolean;
	achievedWithSolution: boolean;
	/** The learner pressed Check, or has started on the task: its reason may show. */
	tried: boolean;
	hintLevel: number;
	answer: string;
	onAnswer: (value: string) => void;
	/** The learner pressed Check. */
	onCheck: () => void;
	onNextHint: () => void;
}

const HINT_LABELS = ['The idea', 'Where to look', 'The exact clicks'];

/** What the task says about itself under its title; nothing until there is something fair to say. */
function feedback(task: LabTask, status: TaskStatus, achieved: boolean, tried: boolean) {
	if (status.met) {
		return (
			<p class="lab-task__live lab-task__live--met">
				{task.question ? 'Right: that is what the practice console shows.' : 'Your practice account meets this now.'}
			</p>
		);
	}
	if (!status.reason) return null;
	if (achieved) return <p class="lab-task__live">Done earlier, but not any more: {status.reason}</p>;
	if (!tried) return null;
	return (
		<p class="lab-task__live">
			{task.question ? 'Not yet: ' : 'Still missing: '}
			{status.reason}
		</p>
	);
}

/**
 * One task of a lab: its title, whether it is done, the learner's answer for a question, a Check
 * button, what is still missing (once the learner has pressed Check or started on the task), and
 * the hint ladder.
 */
export function TaskItem(props: TaskItemProps) {
	const { task, index, status, achieved, achievedWithSolution, tried, hintLevel, answer } = props;
	const id = useId();
	const shownHints = task.hints.slice(0, Math.min(hintLevel, task.hints.length));
	const stateLabel = achieved ? (achievedWithSolution ? 'Done (with the solution)' : 'Done') : 'To do';
	// One Check per task; the hidden words tell the buttons apart for a screen reader's list of buttons.
	const checkButton = !achieved && (
		<Button type={task.question ? 'submit' : 'button'} onClick={task.question ? undefined : props.onCheck}>
			Check<span class="visually-hidden"> task {index + 1}</span>
		</Button>
	);
	return (
		<li class={`lab-task ${achieved ? 'lab-task--done' : ''}`} aria-labelledby={`${id}-title`}>
			<div class="lab-task__head">
				<span class={`lab-task__badge ${achieved ? 'lab-task__badge--done' : ''}`} aria-hidden="true">
					{achieved ? '✓' : index + 1}
				</span>
				<h4 class="lab-task__title" id={`${id}-title`}>
					{task.title} <span class="lab-task__state">— {stateLabel}</span>
				</h4>
			</div>
			{task.question && (
				<form
					class="lab-task__question"
					onSubmit={(event) => {
						event.preventDefault();
						props.onCheck();
					}}
				>
					{task.question.choices ? (
						<fieldset>
							<legend>{task.question.label}</legend>
							{task.question.choices.map((choice) => (
								<label key={choice} class="lab-task__choice">
									<input
										type="radio"
										name={`${id}-answer`}
										value={choice}
										checked={answer === choice}
										onChange={() => props.onAnswer(choice)}
									/>{' '}
									{choice}
								</label>
							))}
						</fieldset>
					) : (
						<label>
							{task.question.label}
							<input
								type="text"
								inputMode={task.question.inputMode ?? 'text'}
								value={answer}
								autoComplete="off"
								onInput={(event) => props.onAnswer(event.currentTarget.value)}
							/>
						</label>
					)}
					{checkButton}
				</form>
			)}
			{feedback(task, status, achieved, tried)}
			{shownHints.length > 0 && (
				<ol class="lab-task__hints" aria-label={`Hints for task ${index + 1}`}>
					{shownHints.map((hint, level) => (
						<li key={level}>
							<strong>{HINT_LABELS[level]}:</strong> {hint}
						</li>
					))}
				</ol>
			)}
			<div class="lab-task__actions">
				{!task.question && checkButton}
				{!achieved && hintLevel < task.hints.length && (
					<Button onClick={props.onNextHint}>
						{hintLevel === 0 ? 'Show a hint' : 'Show the next hint'} ({hintLevel + 1} of {task.hints.length})
					</Button>
				)}
			</div>
		</li>
	);
}
