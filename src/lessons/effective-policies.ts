import type { IamUser, SimState } from '@/simulator';
import { factsFromSimState } from './health/facts';
import { grantedPolicies, managedPolicyArns } from './health/permissions';

/**
 * Managed policies that reach the user, directly or through its groups. The same rule as the
 * real-account page ({@link grantedPolicies}), so practice and the real account are graded alike.
 */
export function effectivePolicyArns(state: SimState, user: IamUser): string[] {
	const granted = grantedPolicies(factsFromSimState(state), user.UserName);
	return granted ? managedPolicyArns(granted) : [];
}
