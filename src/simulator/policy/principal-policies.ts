import { own } from '../core/own.ts';
import { findManagedPolicy } from './aws-managed.ts';
import type { PolicySource, RequestContext } from './evaluate.ts';
import type { IamUser, Session, SimState } from '../state.ts';

/**
 * The identity-based policies that apply to a user: managed policies attached to the user and to
 * each of the user's groups (each counted once).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html
 */
export function policiesForUser(state: SimState, user: IamUser): readonly PolicySource[] {
	// States are immutable, so the answer for the same user and groups objects never changes.
	const cached = policyCache.get(user);
	if (cached && cached.groups === state.iam.groups) return cached.sources;
	const sources = collectPolicies(state, user);
	policyCache.set(user, { groups: state.iam.groups, sources });
	return sources;
}

const policyCache = new WeakMap<IamUser, { groups: SimState['iam']['groups']; sources: readonly PolicySource[] }>();

function collectPolicies(state: SimState, user: IamUser): PolicySource[] {
	// SIMPLIFIED: inline policies, permissions boundaries, SCPs and resource-based policies are not
	// modelled; a standalone account with managed policies needs only identity-based evaluation.
	const arns = new Set(user.attachedPolicyArns);
	for (const groupName of user.groupNames) {
		for (const arn of own(state.iam.groups, groupName)?.attachedPolicyArns ?? []) arns.add(arn);
	}
	const sources: PolicySource[] = [];
	for (const arn of arns) {
		const policy = findManagedPolicy(arn);
		if (policy) sources.push({ policyArn: policy.Arn, policyName: policy.PolicyName, document: policy.Document });
	}
	return sources;
}

/**
 * The request context IAM supplies for a console session: `aws:username`, `aws:userid`,
 * `aws:PrincipalType`, `aws:PrincipalArn`, `aws:PrincipalAccount` and `aws:MultiFactorAuthPresent`.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export function requestContextFor(
	state: SimState,
	user: IamUser,
	session: Session | null,
	region: string,
): RequestContext {
	return {
		'aws:username': user.UserName,
		'aws:userid': user.UserId,
		'aws:PrincipalType': 'User',
		'aws:PrincipalArn': user.Arn,
		'aws:PrincipalAccount': state.account.accountId,
		'aws:MultiFactorAuthPresent': session?.withMfa ?? false,
		'aws:RequestedRegion': region,
	};
}
