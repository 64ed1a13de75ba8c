import type { execute } from '@/simulator';
import { loadOnce } from '@/lib/load-once';

/**
 * What a console needs from the simulator to change an account: its single entry point. A console
 * can render its first screens (sign-in, Console Home) from the saved account alone, so the
 * sandbox downloads the operations behind `execute` only when the learner starts using it.
 */
export interface SimulatorOperations {
	readonly execute: typeof execute;
}

// Destructured in place so the bundler keeps only what `execute` needs in the download.
const operations = loadOnce<SimulatorOperations>(() => import('@/simulator').then(({ execute }) => ({ execute })));

/**
 * Downloads the simulator's operations once per page; later calls share the same download. A
 * failed download is forgotten, so the next call tries again.
 */
export const loadSimulator = operations.load;

/** The simulator's operations if they have been downloaded on this page, else undefined. */
export const loadedSimulator = operations.loaded;
