import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lab, LabStartScreen, TaskStatus } from '@/lessons/lab';
import { useStore, type SaveReader } from '@/store';
import { getProgressStore, markTaskAchieved, recordHint, syncLessonCompletion } from '@/store/progress-store';
import type { TaskProgress } from '@/store/progress-schema';
import { useProgress } from '@/components/progress/use-progress';
import { ConsoleWorkspace } from '@/components/console/ConsoleWorkspace';
import type { Route } from '@/components/console/routes';
import { TaskItem } from './TaskItem';
import { SolutionPanel } from './SolutionPanel';
import { SOLUTION_LEVEL } from './lab-progress';
import { createLabStore } from './lab-store';
import type { StartingAccount } from './load-starting-account';
import { UNCHECKED, watchTasks } from './task-watch';

export interface LabConsoleProps {
	lab: Lab;
	/** The lab's starting account, as the site built it. */
	start: StartingAccount;
	/** Reads the learner's saved practice account for this lab; undefined when the browser holds none. */
	readSave: SaveReader | undefined;
	/** The lesson's id (its URL slug), for completion. */
	lessonId: string;
	quizId?: string | undefined;
	/** The quiz's question ids, so finishing the lab can complete the lesson. */
	quizQuestionIds?: readonly string[] | undefined;
}

/**
 * The learner's practice seed, kept with their progress, which picks their variant of a lab's
 * starting account (see `starting-variants.ts`), once their saved progress is read. Here rather
 * than in the island, which would otherwise download the progress store a second way.
 */
export function learnersPracticeSeed(): Promise<number> {
	const progress = getProgressStore();
	return new Promise((resolve) => progress.whenLoaded(() => resolve(progress.getState().progress.practiceSeed)));
}

/** One empty object, so the recording effect does not run again on every render before anything is achieved. */
const NOTHING_ACHIEVED: Readonly<Record<string, TaskProgress>> = {};

const START_ROUTES: Record<LabStartScreen, Route> = {
	'sign-in': { screen: 'sign-in' },
	'console-home': { screen: 'console-home' },
};

/**
 * A lesson's practice lab: the task list and the practice console with its tools. Tasks done in the
 * console are checked live on the learner's simulated account; answers to questions when the
 * learner presses Check. Each lab keeps its own saved account.
 */
export default function LabConsole({ lab, start, readSave, lessonId, quizId, quizQuestionIds = [] }: LabConsoleProps) {
	const store = useMemo(() => createLabStore(lab.id, start, readSave), [lab, start, readSave]);
	const watch = useMemo(() => watchTasks(store, lab, start.state), [store, lab, start]);
	useEffect(() => watch.stop, [watch]);
	const checked = useStore(watch, (state) => state.statuses);
	const answers = useStore(watch, (state) => state.answers);
	const tried = useStore(watch, (state) => state.tried);
	// undefined until the saved progress has been read: nothing is recorded or announced before that,
	// so tasks done in an earlier visit are not announced again on page load.
	const progressLoaded = useProgress(() => true) === true;
	const achievedTasks = useProgress((state) => state.progress.tasks[lab.id]) ?? NOTHING_ACHIEVED;
	const hintLevels = useProgress((state) => state.progress.hints[lab.id]) ?? {};
	const [announcement, setAnnouncement] = useState('');
	const taskIds = useMemo(() => lab.tasks.map((task) => task.id), [lab]);

	const statuses = lab.tasks.map((task, index): TaskStatus => {
		// A question answered correctly earlier stays answered after a reload, when the box is empty again.
		if (task.question && !answers[task.id] && achievedTasks[task.id]) return { met: true };
		return checked[index] ?? UNCHECKED;
	});
	const viewedSolution = Object.values(hintLevels).some((level) => level >= SOLUTION_LEVEL);

	// Record newly met tasks once, when a check's result changes; they then stay achieved whatever
	// happens to the account.
	const announced = useRef(new Set<string>());
	useEffect(() => {
		if (!progressLoaded) return;
		const newlyDone: string[] = [];
		lab.tasks.forEach((task, index) => {
			if (checked[index]?.met && !achievedTasks[task.id]) {
				markTaskAchieved(lab.id, task.id, { withSolution: viewedSolution });
				if (!announced.current.has(task.id)) newlyDone.push(task.title);
				announced.current.add(task.id);
			}
		});
		if (newlyDone.length > 0) {
			const complete = syncLessonCompletion(lessonId, lab.id, taskIds, quizId, quizQuestionIds);
			const all = lab.tasks.every((task, index) => achievedTasks[task.id] || checked[index]?.met);
			setAnnouncement(
				`Task done: ${newlyDone.join('; ')}.${all ? ' Every task of this lab is done' + (complete ? ', and the lesson is complete.' : '. Try the quiz below next.') : ''}`,
			);
		}
	}, [checked, progressLoaded, achievedTasks]);

	// The solution's operations download only now, and the simulator's with them if they are not here yet.
	const applySolution = async () => {
		const { loadLabSetup } = await import('./load-lab-setup');
		const setup = await loadLabSetup(lab.id);
		await new Promise<void>((resolve) => {
			store.whenReady(() => {
				const solvedAnswers = store.perform((state, ctx) => {
					const solved = setup.solve(state, ctx);
					return { state: solved.state, result: solved.answers };
				});
				watch.setAnswers(solvedAnswers);
				resolve();
			});
		});
	};

	// The lab's live region says what a Check found; a second identical message still gets read out.
	const check = (index: number) => {
		const task = lab.tasks[index];
		const status = task && watch.checkTask(task.id);
		if (!task || !status) return;
		const said = `Task ${index + 1}, ${task.title}: ${status.met ? 'done.' : status.reason}`;
		setAnnouncement((previous) => (previous === said ? `${said}\u00a0` : said));
	};

	const doneCount = lab.tasks.filter((task, index) => achievedTasks[task.id] || statuses[index]?.met).length;

	return (
		<div class="lab">
			<section class="lab-tasks" aria-labelledby={`lab-${lab.id}-tasks`}>
				<h3 id={`lab-${lab.id}-tasks`}>
					Your tasks{' '}
					<span class="lab-tasks__count">
						({doneCount} of {lab.tasks.length} done)
					</span>
				</h3>
				<p class="lab-tasks__intro">
					Tasks you do in the console are ticked as soon as your practice account shows them, whichever way you get
					there. Press Check to see what a task still needs; answers to questions are checked only then.
				</p>
				{lab.credentials && (
					<div class="lab-credentials">
						<p class="lab-credentials__title">Practice details for this lab (never real ones)</p>
						<dl>
							{lab.credentials.map((credential) => (
								<div key={credential.label}>
									<dt>{credential.label}</dt>
									<dd>
										<code>{credential.value}</code>
									</dd>
								</div>
							))}
						</dl>
					</div>
				)}
				<ol class="lab-tasks__list">
					{lab.tasks.map((task, index) => (
						<TaskItem
							key={task.id}
							task={task}
							index={index}
							status={statuses[index] ?? UNCHECKED}
							achieved={Boolean(achievedTasks[task.id])}
							achievedWithSolution={Boolean(achievedTasks[task.id]?.withSolution)}
							hintLevel={Math.min(hintLevels[task.id] ?? 0, task.hints.length)}
							tried={Boolean(tried[task.id])}
							answer={answers[task.id] ?? ''}
							onAnswer={(value) => watch.setAnswer(task.id, value)}
							onCheck={() => check(index)}
							onNextHint={() => recordHint(lab.id, task.id, (hintLevels[task.id] ?? 0) + 1)}
						/>
					))}
				</ol>
				<p class="visually-hidden" role="status" aria-live="polite">
					{announcement}
				</p>
				<SolutionPanel
					lab={lab}
					onViewed={() => taskIds.forEach((taskId) => recordHint(lab.id, taskId, SOLUTION_LEVEL))}
					onApply={applySolution}
				/>
			</section>
			<ConsoleWorkspace store={store} initialRoute={START_ROUTES[lab.startScreen]} />
		</div>
	);
}
