import type { ApiCallOf, ApiResponse, execute, OperationName, SimState } from '@/simulator';

/**
 * Runs a read-only call (List…, Get…, Describe…) for a screen to show or to decide whether a page
 * may open, and keeps nothing: the simulator is pure, so the resulting state and its trail entry
 * are dropped. A read draws no random bytes that matter, so they are zeros. `run` is the
 * simulator's `execute`, passed in so a screen that shows before the operations download does not
 * import them.
 */
export function readOnCopy<K extends OperationName>(
	run: typeof execute,
	state: SimState,
	call: ApiCallOf<K>,
	now: number,
): ApiResponse<K> {
	return run(state, call, { now, randomBytes: (length) => new Uint8Array(length) }).response;
}
