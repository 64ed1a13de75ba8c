import { met, notMet, type TaskStatus } from '../lab';
import { COURSE_USER } from '../names';
import type { AccountFacts, UserFacts } from './facts';

/**
 * The everyday IAM user's own checks: that it exists and that it has MFA, and finding it in the
 * facts. Apart from its permission checks (checks.ts), so a lab that checks only its MFA loads
 * only these.
 */

/** The user with this name, ignoring case as IAM does. */
export function findUserFacts(facts: AccountFacts, userName: string): UserFacts | undefined {
	const wanted = userName.toLowerCase();
	return facts.users?.find((user) => user.userName.toLowerCase() === wanted);
}

const noSuchUser = (userName: string) =>
	notMet(
		`There is no IAM user called ${userName}, so everyday work would have to happen as root. In IAM, choose Users → Create user.`,
	);

/** The everyday user's facts, a "no such user" verdict, or `undefined` while the users are unknown. */
export function withUser(
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
