import { ADMINISTRATOR_ACCESS_ARN, type IamUser, type SimState, type TrailRecord } from '@/simulator';
import type { TaskStatus } from './lab';
import { factsFromSimState, type AccountFacts } from './health/facts';
import { billingAlarmHealth } from './health/checks';
import { grantedPolicies, managedPolicyArns } from './health/permissions';

/**
 * Projections of the account that several labs check. Each looks at one fact ("root has an
 * active MFA device", "a billing alarm in us-east-1") rather than comparing whole states, so any
 * valid way of reaching the goal counts.
 */

export { BILLING_REGION, COURSE_USER } from './health/checks';

/** The IAM user with this name, ignoring case as IAM does. */
export function findUserIgnoringCase(state: SimState, userName: string): IamUser | undefined {
	const wanted = userName.toLowerCase();
	return Object.values(state.iam.users).find((user) => user.UserName.toLowerCase() === wanted);
}

/**
 * Managed policies that reach the user, directly or through its groups. The same rule as the
 * real-account page ({@link grantedPolicies}), so practice and the real account are graded alike.
 */
export function effectivePolicyArns(state: SimState, user: IamUser): string[] {
	const granted = grantedPolicies(factsFromSimState(state), user.UserName);
	return granted ? managedPolicyArns(granted) : [];
}

export function hasAdministratorAccess(state: SimState, user: IamUser): boolean {
	return effectivePolicyArns(state, user).includes(ADMINISTRATOR_ACCESS_ARN);
}

/**
 * A health check on the practice account, for a lab task. Every section of the practice
 * account's facts is known, so a check never lacks what it needs; if one did, that is a bug.
 */
export function healthOf(state: SimState, check: (facts: AccountFacts) => TaskStatus | undefined): TaskStatus {
	const status = check(factsFromSimState(state));
	if (status === undefined) throw new Error("A health check found the practice account's facts incomplete.");
	return status;
}

/** Why the learner's billing alarms would not warn them; undefined when `count` alarms at different thresholds work. */
export function billingAlarmGap(state: SimState, count: number): string | undefined {
	const status = healthOf(state, (facts) => billingAlarmHealth(facts, count));
	return status.met ? undefined : status.reason;
}

/** Whether the trail shows the IAM user's call refused with AccessDenied. */
export function wasDenied(state: SimState, userName: string, eventNames: readonly string[]): boolean {
	return state.trail.some(
		(record) =>
			isByUser(record, userName) && eventNames.includes(record.eventName) && record.errorCode === 'AccessDenied',
	);
}

export function isByUser(record: TrailRecord, userName: string): boolean {
	return (
		record.userIdentity.type === 'IAMUser' && record.userIdentity.userName?.toLowerCase() === userName.toLowerCase()
	);
}

/** Compares a typed answer loosely: case, spaces and hyphens do not matter. */
export function sameAnswer(typed: string | undefined, expected: string): boolean {
	const normalise = (text: string) =>
		text
			.trim()
			.toLowerCase()
			.replace(/[\s-]+/g, '');
	return typed !== undefined && normalise(typed) === normalise(expected);
}
