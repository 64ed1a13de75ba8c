import { rebaseAccount } from '@/simulator';
import { createSimStore, type SaveReader, type SimStore } from '@/store';
import { labStorageKey } from './lab-storage-key';
import type { StartingAccount } from './load-starting-account';

/**
 * The practice account of a lab (or the challenge), saved under `course:sim:<lab-id>`. It starts
 * (and Reset lab starts again) from the account the site built with the lab's scenario, moved to
 * the learner's time, so the store needs no operations to start: like the sandbox's, it downloads
 * them when the learner starts using the console. `readSave` reads the learner's save, when the
 * browser holds one (`loadSaveReader`).
 */
export function createLabStore(labId: string, start: StartingAccount, readSave: SaveReader | undefined): SimStore {
	return createSimStore({
		storageKey: labStorageKey(labId),
		createScenario: (ctx) => rebaseAccount(start.state, start.builtAt, ctx.now),
		readSave,
	});
}
