import { useEffect, useMemo } from 'preact/hooks';
import { selectSignedInAsUnrestrictedRoot, type ApiCallOf, type OperationName, type SimError } from '@/simulator';
import { useConsole } from './console-context';
import { readOnCopy } from './read-on-copy';

/** Whether a read is allowed, refused with AWS's error, or waiting for the operations to tell. */
export type ReadAccess = { ok: true } | { ok: false; error: SimError } | 'checking';

/**
 * Whether the signed-in identity may make a read-only call, for a screen that shows the account
 * from its own selectors and needs only IAM's yes or no. The root user is always allowed, so its
 * screen shows before the simulator's operations download; anyone else is asked through them
 * (downloading them if needed), and the answer is AWS's AccessDenied when IAM would refuse.
 */
export function useReadAccess<K extends OperationName>(call: ApiCallOf<K>): ReadAccess {
	const { state, region, now, simulator, simulatorStatus, loadSimulator } = useConsole();
	const root = selectSignedInAsUnrestrictedRoot(state);
	const key = JSON.stringify(call);
	useEffect(() => {
		if (!root && simulatorStatus === 'idle') loadSimulator();
	}, [root, simulatorStatus]);
	return useMemo((): ReadAccess => {
		if (root) return { ok: true };
		if (!simulator) return 'checking';
		const withRegion = call.region ? call : { ...call, region };
		const response = readOnCopy(simulator.execute, state, withRegion, now());
		return response.ok ? { ok: true } : { ok: false, error: response.error };
		// The call is compared by value (key), not by identity, so inline objects do not re-run it.
	}, [state, region, key, root, simulator]);
}
