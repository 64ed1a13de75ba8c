import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lab, TaskStatus } from '@/lessons/lab';
import type { SimState } from '@/simulator';
import type { SimStore } from '@/store';

export interface TaskWatchState {
	/** Each task's status on the practice account as it is now, in the lab's order. */
	readonly statuses: readonly TaskStatus[];
	/** The learner's answers to question tasks, by task id. */
	readonly answers: Readonly<Record<string, string>>;
}

export interface TaskWatch extends StoreApi<TaskWatchState> {
	/** Records an answer and checks that task again. */
	setAnswer: (taskId: string, value: string) => void;
	/** Records several answers at once (the reference solution's) and checks their tasks again. */
	setAnswers: (answers: Readonly<Record<string, string>>) => void;
	/** Stops watching the account. */
	stop: () => void;
}

/**
 * Watches a lab's tasks on its practice account. The checks run when the account changes (a
 * subscription to the account's store) or when an answer changes, never because the lab
 * re-renders: opening a hint or a dialog does not check the whole account again.
 */
export function watchTasks(store: SimStore, lab: Lab): TaskWatch {
	const check = (sim: SimState, answers: Readonly<Record<string, string>>): TaskStatus[] =>
		lab.tasks.map((task) => task.check(sim, answers[task.id]));
	const watch = createStore<TaskWatchState>(() => ({ statuses: check(store.getState().sim, {}), answers: {} }));

	const stop = store.subscribe((state, previous) => {
		if (state.sim !== previous.sim) watch.setState({ statuses: check(state.sim, watch.getState().answers) });
	});

	const setAnswers = (changed: Readonly<Record<string, string>>) => {
		const answers = { ...watch.getState().answers, ...changed };
		const sim = store.getState().sim;
		const statuses = lab.tasks.map((task, index) =>
			Object.prototype.hasOwnProperty.call(changed, task.id)
				? task.check(sim, answers[task.id])
				: (watch.getState().statuses[index] ?? task.check(sim, answers[task.id])),
		);
		watch.setState({ answers, statuses });
	};

	return {
		...watch,
		setAnswer: (taskId, value) => setAnswers({ [taskId]: value }),
		setAnswers,
		stop,
	};
}
