import type { execute } from '@/simulator';

/**
 * What a console needs from the simulator to change an account: its single entry point. A console
 * can render its first screens (sign-in, Console Home) from the saved account alone, so the
 * sandbox downloads the operations behind `execute` only when the learner starts using it.
 */
export interface SimulatorOperations {
	readonly execute: typeof execute;
}

let loaded: SimulatorOperations | undefined;
let loading: Promise<SimulatorOperations> | undefined;

/**
 * Downloads the simulator's operations once per page; later calls share the same download. A
 * failed download is forgotten, so the next call tries again.
 */
export function loadSimulator(): Promise<SimulatorOperations> {
	// Destructured in place so the bundler keeps only what `execute` needs in the download.
	loading ??= import('@/simulator').then(
		({ execute }) => (loaded = { execute }),
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}

/** The simulator's operations if they have been downloaded on this page, else undefined. */
export function loadedSimulator(): SimulatorOperations | undefined {
	return loaded;
}
