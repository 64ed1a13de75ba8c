import type { Lab } from '@/lessons/lab';
import { withPracticePasswords } from '@/lessons/practice-passwords';
import { execute } from '@/simulator';
import { createSimStore, type SimStore } from '@/store';

/**
 * The practice account of a lab (or the challenge), saved under `course:sim:<lab-id>`. Its
 * starting account and solution are built with the simulator's operations, so the store gets
 * them at once instead of downloading them on first use as the sandbox does.
 */
export function createLabStore(lab: Lab): SimStore {
	return createSimStore({
		storageKey: `course:sim:${lab.id}`,
		createScenario: (ctx) => lab.scenario(withPracticePasswords(ctx)),
		simulator: { execute },
	});
}
