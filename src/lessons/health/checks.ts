import { IAM_FULL_ACCESS_ARN, IAM_READ_ONLY_ACCESS_ARN, IAM_USER_CHANGE_PASSWORD_ARN } from '@/simulator';
import { met, notMet, type TaskStatus } from '../lab';
import type { AccountFacts, UserFacts } from './facts';
import {
	actionsBeyondIam,
	describeSource,
	grantedPolicies,
	managedPolicyArns,
	type GrantedPolicy,
} from './permissions';

/**
 * Account health checks over {@link AccountFacts}: the root user and the everyday IAM user. The
 * labs, the challenge and the "check your real account" page all call these, so a reason the
 * learner reads in practice is the reason they read about their real account. Each returns
 * `undefined` when the facts it needs are unknown. The billing checks are in billing-checks.ts,
 * the checks on every user's credentials in credential-checks.ts.
 */

import { COURSE_USER } from '../names';
export { COURSE_USER };

// The labs import the billing checks from here, where they used to live.
export { alarmSubscriptionHealth } from './billing-checks';
export { rootAccessKeysHealth, rootMfaHealth } from './root-checks';

/** The user with this name, ignoring case as IAM does. */
export function findUserFacts(facts: AccountFacts, userName: string): UserFacts | undefined {
	const wanted = userName.toLowerCase();
	return facts.users?.find((user) => user.userName.toLowerCase() === wanted);
}

const policyName = (arn: string) => arn.split('/').pop() ?? arn;

/** Policies an IAM-only administrator may hold: IAM itself and the right to change its own password. */
const IAM_ONLY_POLICY_ARNS = new Set([IAM_FULL_ACCESS_ARN, IAM_READ_ONLY_ACCESS_ARN, IAM_USER_CHANGE_PASSWORD_ARN]);

/** Policy names on the user that grant more than IAM. */
export function policiesBeyondIam(policyArns: readonly string[]): string[] {
	return policyArns.filter((arn) => !IAM_ONLY_POLICY_ARNS.has(arn)).map(policyName);
}

const noSuchUser = (userName: string) =>
	notMet(
		`There is no IAM user called ${userName}, so everyday work would have to happen as root. In IAM, choose Users → Create user.`,
	);

/** The everyday user's facts, a "no such user" verdict, or `undefined` while the users are unknown. */
function withUser(
	facts: AccountFacts,
	userName: string,
	then: (user: UserFacts) => TaskStatus | undefined,
): TaskStatus | undefined {
	const user = findUserFacts(facts, userName);
	if (user) return then(user);
	return facts.users && facts.allUsersListed !== false ? noSuchUser(userName) : undefined;
}

export function adminExistsHealth(facts: AccountFacts, userName = COURSE_USER): TaskStatus | undefined {
	if (!facts.users) return undefined;
	if (findUserFacts(facts, userName)) return met;
	return facts.allUsersListed === false ? undefined : noSuchUser(userName);
}

export function adminMfaHealth(facts: AccountFacts, userName = COURSE_USER): TaskStatus | undefined {
	return withUser(facts, userName, (user) => {
		if (user.mfaDeviceCount === undefined) return undefined;
		return user.mfaDeviceCount > 0
			? met
			: notMet(
					`${user.userName} has no MFA device yet. It can grant any permission, so its password alone should never be enough.`,
				);
	});
}

export function adminIamFullAccessHealth(facts: AccountFacts, userName = COURSE_USER): TaskStatus | undefined {
	return withUser(facts, userName, (user) => {
		const granted = grantedPolicies(facts, user.userName);
		if (!granted) return undefined;
		if (managedPolicyArns(granted).includes(IAM_FULL_ACCESS_ARN)) return met;
		if (granted.unknown.length > 0) return undefined;
		return notMet(
			`${user.userName} does not have IAMFullAccess yet, so it cannot manage IAM. Open the user → Permissions → Add permissions.`,
		);
	});
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

export function adminNothingBeyondIamHealth(facts: AccountFacts, userName = COURSE_USER): TaskStatus | undefined {
	return withUser(facts, userName, (user) => {
		const extra = beyondIamGrants(facts, user.userName);
		if (extra === undefined) return undefined;
		if (extra.length > 0) {
			return notMet(
				`${user.userName} also has ${extra.join('; ')}, which allows far more than IAM. ${howToRemove(extra)}`,
			);
		}
		if (grantedPolicies(facts, user.userName)?.policies.length === 0) {
			return notMet(`${user.userName} has no permissions yet; attach IAMFullAccess first.`);
		}
		return met;
	});
}
