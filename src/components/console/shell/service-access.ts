import type { SimError, SimState } from '@/simulator';
import type { SimulatorOperations } from '@/store';
import { readOnCopy } from '../read-on-copy';
import type { ServiceEntry } from './services';

/**
 * Tries the service's first read-only call on a copy of the state and returns the AccessDenied
 * error if IAM would refuse it, or null when the page may open. The simulator is pure, so the
 * trial changes nothing: its resulting state (and trail entry) is thrown away.
 */
export function checkServiceAccess(
	simulator: SimulatorOperations,
	state: SimState,
	service: ServiceEntry,
	region: string,
	now: number,
): SimError | null {
	const call = service.global ? service.entryCall : { ...service.entryCall, region };
	const response = readOnCopy(simulator.execute, state, call, now);
	if (response.ok || response.error.code !== 'AccessDenied') return null;
	return response.error;
}
