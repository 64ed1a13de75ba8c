import type { SimState } from '@/simulator';
import type { TaskStatus } from './lab';
import { factsFromSimState, type AccountFacts } from './health/facts';

/**
 * The lab checks that read the account through the account health checks (see `checks.ts`, which
 * re-exports them). A module of their own, so a lab whose checks only compare names and answers
 * does not load the health checks, and one whose checks read no policy does not load the policy
 * rules (effective-policies.ts).
 */

/**
 * A health check on the practice account, for a lab task. Every section of the practice
 * account's facts is known, so a check never lacks what it needs; if one did, that is a bug.
 */
export function healthOf(state: SimState, check: (facts: AccountFacts) => TaskStatus | undefined): TaskStatus {
	const status = check(factsFromSimState(state));
	if (status === undefined) throw new Error("A health check found the practice account's facts incomplete.");
	return status;
}
