import { IAM_FULL_ACCESS_ARN, IAM_READ_ONLY_ACCESS_ARN, IAM_USER_CHANGE_PASSWORD_ARN } from '@/simulator';
import type { AccountFacts } from './facts';
import { actionsBeyondIam, describeSource, grantedPolicies, type GrantedPolicy } from './permissions';

/**
 * What reaches a user beyond IAM, in words. The everyday user's permission check (checks.ts) and
 * the escalation lesson's reasons (escalation.ts) both say it this way.
 */

const policyName = (arn: string) => arn.split('/').pop() ?? arn;

/** Policies an IAM-only administrator may hold: IAM itself and the right to change its own password. */
const IAM_ONLY_POLICY_ARNS = new Set([IAM_FULL_ACCESS_ARN, IAM_READ_ONLY_ACCESS_ARN, IAM_USER_CHANGE_PASSWORD_ARN]);

/** Policy names on the user that grant more than IAM. */
export function policiesBeyondIam(policyArns: readonly string[]): string[] {
	return policyArns.filter((arn) => !IAM_ONLY_POLICY_ARNS.has(arn)).map(policyName);
}

/** What one policy allows beyond IAM, in words; empty when nothing; `undefined` when its text is unknown. */
function beyondIam(policy: GrantedPolicy): string | undefined {
	if (policy.kind === 'managed') {
		const extra = policiesBeyondIam([policy.arn]);
		return extra.length === 0 ? '' : `${extra.join(', ')}${describeSource(policy.source)}`;
	}
	const actions = policy.policy.document === undefined ? undefined : actionsBeyondIam(policy.policy.document);
	if (actions === undefined) return undefined;
	return actions.length === 0
		? ''
		: `the inline policy ${policy.policy.name}${describeSource(policy.source)}, which allows ${actions.join(', ')}`;
}

/**
 * What reaches the user beyond IAM, each in words ("AdministratorAccess (through the group Admins)",
 * "the inline policy servers, which allows ec2:*"): its managed and inline policies and its groups'.
 * Empty when nothing does; `undefined` while some of it is unknown and nothing found goes beyond
 * IAM, or when the user is unknown.
 */
export function beyondIamGrants(facts: AccountFacts, userName: string): string[] | undefined {
	const granted = grantedPolicies(facts, userName);
	if (!granted) return undefined;
	const verdicts = granted.policies.map(beyondIam);
	const extra = [...new Set(verdicts.filter((v): v is string => v !== undefined && v !== ''))];
	if (extra.length > 0) return extra;
	return granted.unknown.length > 0 || verdicts.includes(undefined) ? undefined : [];
}

/** "Remove it from the user's permissions", and the group too when one of them comes through a group. */
export function howToRemove(extra: readonly string[]): string {
	return `Remove it from the user's permissions${extra.some((e) => e.includes('through the group')) ? ' or take the user out of that group' : ''}.`;
}
