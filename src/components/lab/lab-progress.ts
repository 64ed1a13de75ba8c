import { getProgressStore } from '@/store/progress-store';

/** Hint level that means "the learner opened the full solution" (the three hints are levels 1–3). */
export const SOLUTION_LEVEL = 4;

/** The hint level reached for each of the lab's tasks. */
export function hintLevels(labId: string): Readonly<Record<string, number>> {
	return getProgressStore().getState().progress.hints[labId] ?? {};
}

/** Whether the learner has opened the solution of any task of this lab. */
export function solutionViewed(labId: string): boolean {
	return Object.values(hintLevels(labId)).some((level) => level >= SOLUTION_LEVEL);
}
