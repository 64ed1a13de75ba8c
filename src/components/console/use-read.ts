import { useMemo } from 'preact/hooks';
import {
	execute,
	type ApiCallOf,
	type ApiResponse,
	type OperationName,
	type Operations,
	type SimError,
} from '@/simulator';
import { useConsole } from './console-context';
import { readOnCopy } from './read-on-copy';

export type ReadResult<K extends OperationName> =
	{ ok: true; output: Operations[K]['output'] } | { ok: false; error: SimError };

/**
 * Runs a read-only call (List…, Get…, Describe…) for a screen to display, as the signed-in
 * identity, without saving anything: the simulator is pure, so the resulting state is dropped.
 * An identity without permission gets AWS's AccessDenied, exactly as the real page would.
 */
// SIMPLIFIED: the real console's page loads are recorded in CloudTrail as read events; these
// display reads are not, so the trail shows only the learner's own actions.
export function useRead<K extends OperationName>(call: ApiCallOf<K>): ReadResult<K> {
	const { state, region, now } = useConsole();
	const key = JSON.stringify(call);
	return useMemo(() => {
		const withRegion = call.region ? call : { ...call, region };
		return toReadResult<K>(readOnCopy(execute, state, withRegion, now()));
		// The call is compared by value (key), not by identity, so inline objects do not re-run it.
	}, [state, region, key]);
}

function toReadResult<K extends OperationName>(response: ApiResponse): ReadResult<K> {
	return response.ok ? { ok: true, output: response.output } : { ok: false, error: response.error };
}
