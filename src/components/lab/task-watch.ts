import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lab, TaskStatus } from '@/lessons/lab';
import type { SimState } from '@/simulator';
import type { SimStore } from '@/store';

/** A question nobody has checked an answer to yet (or whose answer changed since). */
export const UNCHECKED: TaskStatus = { met: false, reason: '' };

export interface TaskWatchState {
	/**
	 * Each task's status, in the lab's order. A task done in the console is checked on the account
	 * as it is now; a question only when the learner presses Check ({@link UNCHECKED} until then).
	 */
	readonly statuses: readonly TaskStatus[];
	/** The learner's answers to question tasks as typed so far, by task id. */
	readonly answers: Readonly<Record<string, string>>;
	/**
	 * Tasks whose reason the learner may see: they pressed Check, or (for a task done in the
	 * console) the account has changed in a way the task's check notices. Until then a reason would
	 * hand over the next step before the learner has tried.
	 */
	readonly tried: Readonly<Record<string, true>>;
}

export interface TaskWatch extends StoreApi<TaskWatchState> {
	/** Records an answer as typed; the question's earlier verdict no longer applies. */
	setAnswer: (taskId: string, value: string) => void;
	/** The learner pressed Check: checks the task now, shows its reason, and returns its status. */
	checkTask: (taskId: string) => TaskStatus | undefined;
	/** Records several answers at once (the reference solution's) and checks their tasks. */
	setAnswers: (answers: Readonly<Record<string, string>>) => void;
	/** Stops watching the account. */
	stop: () => void;
}

/** What a check says, as one string: empty when met (no reason is empty), else the reason. */
const saying = (status: TaskStatus): string => (status.met ? '' : status.reason);

/**
 * Watches a lab's tasks on its practice account. Tasks done in the console are checked when the
 * account changes (a subscription to the account's store), never because the lab re-renders:
 * opening a hint or a dialog does not check the whole account again. Questions are checked only
 * when the learner presses Check, so trying answers one after another until one is accepted gets
 * no help from the page: each try is a deliberate press, and a wrong one says where to look.
 *
 * `untouched` is the lab's starting account: a task whose check says something else about the
 * account now than it said there has been tried, so its reason shows.
 */
export function watchTasks(store: SimStore, lab: Lab, untouched?: SimState): TaskWatch {
	const atStart = lab.tasks.map((task) => (untouched && !task.question ? saying(task.check(untouched)) : undefined));

	const checkLive = (sim: SimState, previous: readonly TaskStatus[], tried: Readonly<Record<string, true>>) => {
		const nextTried: Record<string, true> = { ...tried };
		const statuses = lab.tasks.map((task, index) => {
			if (task.question) return previous[index] ?? UNCHECKED;
			const status = task.check(sim);
			const start = atStart[index];
			if (start !== undefined && saying(status) !== start) nextTried[task.id] = true;
			return status;
		});
		return { statuses, tried: nextTried };
	};

	const watch = createStore<TaskWatchState>(() => ({
		...checkLive(store.getState().sim, [], {}),
		answers: {},
	}));

	const stop = store.subscribe((state, previous) => {
		if (state.sim === previous.sim) return;
		const { statuses, tried } = watch.getState();
		watch.setState(checkLive(state.sim, statuses, tried));
	});

	const replaceStatus = (index: number, status: TaskStatus) =>
		watch.getState().statuses.map((current, i) => (i === index ? status : current));

	const setAnswer = (taskId: string, value: string) => {
		const index = lab.tasks.findIndex((task) => task.id === taskId);
		if (index < 0) return;
		const { answers, tried } = watch.getState();
		const { [taskId]: _shown, ...stillTried } = tried;
		watch.setState({
			answers: { ...answers, [taskId]: value },
			statuses: replaceStatus(index, UNCHECKED),
			tried: stillTried,
		});
	};

	const checkTask = (taskId: string): TaskStatus | undefined => {
		const index = lab.tasks.findIndex((task) => task.id === taskId);
		const task = lab.tasks[index];
		if (!task) return undefined;
		const { answers, tried } = watch.getState();
		const status = task.check(store.getState().sim, answers[taskId]);
		watch.setState({ statuses: replaceStatus(index, status), tried: { ...tried, [taskId]: true } });
		return status;
	};

	const setAnswers = (changed: Readonly<Record<string, string>>) => {
		for (const [taskId, value] of Object.entries(changed)) {
			setAnswer(taskId, value);
			checkTask(taskId);
		}
	};

	return { ...watch, setAnswer, checkTask, setAnswers, stop };
}
