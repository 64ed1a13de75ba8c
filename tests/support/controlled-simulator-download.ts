import type { SimulatorOperations } from '@/store/simulator-loader';

/**
 * Stands in for `@/store/simulator-loader` in tests of the download-on-first-use path:
 * `vi.mock('@/store/simulator-loader', () => import('<this file>'))`. Each download waits until
 * the test settles it through {@link download}.
 */
export const download = {
	attempts: 0,
	settle: undefined as
		undefined | { resolve: (operations: SimulatorOperations) => void; reject: (error: Error) => void },
	/** Forgets earlier downloads (call it before each test). */
	reset() {
		this.attempts = 0;
		this.settle = undefined;
	},
};

export const loadedSimulator = (): SimulatorOperations | undefined => undefined;

export function loadSimulator(): Promise<SimulatorOperations> {
	download.attempts++;
	return new Promise((resolve, reject) => (download.settle = { resolve, reject }));
}
