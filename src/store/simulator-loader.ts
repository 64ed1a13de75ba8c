import type { deleteUserAsConsoleDoes, execute } from '@/simulator';
import { loadOnce } from '@/lib/load-once';

/**
 * What a console needs from the simulator to change an account: its single entry point, and the
 * workflows of screens that show before it arrives. A console can render its first screens
 * (sign-in, Console Home, the root user's Users list) from the saved account alone, so it
 * downloads the operations behind `execute` only when the learner starts using it.
 */
export interface SimulatorOperations {
	readonly execute: typeof execute;
	/**
	 * The console's **Delete** for users. It comes with the operations rather than with the Users
	 * list, so that list can show before they download.
	 */
	readonly deleteUserAsConsoleDoes: typeof deleteUserAsConsoleDoes;
}

// Destructured in place so the bundler keeps only what these need in the download.
const operations = loadOnce<SimulatorOperations>(() =>
	import('@/simulator').then(({ execute, deleteUserAsConsoleDoes }) => ({ execute, deleteUserAsConsoleDoes })),
);

/**
 * Downloads the simulator's operations once per page; later calls share the same download. A
 * failed download is forgotten, so the next call tries again.
 */
export const loadSimulator = operations.load;

/** The simulator's operations if they have been downloaded on this page, else undefined. */
export const loadedSimulator = operations.loaded;
