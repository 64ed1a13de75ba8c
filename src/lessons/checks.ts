import type { IamUser, SimState, TrailRecord } from '@/simulator';

/**
 * Projections of the account that several labs check. Each looks at one fact ("root has an
 * active MFA device", "a billing alarm in us-east-1") rather than comparing whole states, so any
 * valid way of reaching the goal counts.
 */

export { BILLING_REGION, COURSE_USER } from './names';
// The checks that go through the account health checks live apart, so a lab that needs none of
// them does not load them.
export { healthOf } from './health-of';
export { effectivePolicyArns } from './effective-policies';
export { billingAlarmGap } from './billing-alarm-gap';

/** The IAM user with this name, ignoring case as IAM does. */
export function findUserIgnoringCase(state: SimState, userName: string): IamUser | undefined {
	const wanted = userName.toLowerCase();
	return Object.values(state.iam.users).find((user) => user.UserName.toLowerCase() === wanted);
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
