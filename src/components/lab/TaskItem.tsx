import { useId } from 'preact/hooks';
import type { LabTask, TaskStatus } from '@/lessons/lab';
import { Button } from '@/components/console/ui/Button';

export interface TaskItemProps {
	task: LabTask;
	index: number;
	/** Live status on the account as it is now. */
	status: TaskStatus;
	/** Achieved at some point (stays achieved even if the account changes later). */
	achieved: boolean;
	achievedWithSolution: boolean;
	hintLevel: number;
	answer: string;
	onAnswer: (value: string) => void;
	onNextHint: () => void;
}

/**
 * One task of a lab: its title, whether it is done, what is still missing (live), the learner's
 * answer for question tasks, and the hint ladder.
 */
export function TaskItem(props: TaskItemProps) {
	const { task, index, status, achieved, achievedWithSolution, hintLevel, answer } = props;
	const id = useId();
	const shownHints = task.hints.slice(0, Math.min(hintLevel, task.hints.length));
	const hintLabels = ['The idea', 'Where to look', 'The exact clicks'];
	const stateLabel = achieved ? (achievedWithSolution ? 'Done (with the solution)' : 'Done') : 'To do';
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
				<div class="lab-task__question">
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
				</div>
			)}
			{status.met ? (
				<p class="lab-task__live lab-task__live--met">Your practice account meets this now.</p>
			) : (
				<p class="lab-task__live">
					{achieved ? 'Done earlier, but not any more: ' : 'Still missing: '}
					{status.reason}
				</p>
			)}
			{shownHints.length > 0 && (
				<ol class="lab-task__hints" aria-label={`Hints for task ${index + 1}`}>
					{shownHints.map((hint, level) => (
						<li key={level}>
							<strong>{hintLabels[level]}:</strong> {hint}
						</li>
					))}
				</ol>
			)}
			{!achieved && hintLevel < task.hints.length && (
				<Button onClick={props.onNextHint}>
					{hintLevel === 0 ? 'Show a hint' : 'Show the next hint'} ({hintLevel + 1} of {task.hints.length})
				</Button>
			)}
		</li>
	);
}
