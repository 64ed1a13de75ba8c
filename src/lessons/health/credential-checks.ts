import { met, notMet, type TaskStatus } from '../lab';
import type { AccessKeyFacts, AccountFacts } from './facts';

/**
 * Health checks over every identity's credentials, as the IAM credential report shows them: users
 * who sign in with a password alone, and access keys nobody has used for a long time.
 */

/** An access key unused this long is very likely not needed, yet still works if it leaks. */
export const UNUSED_KEY_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export function usersMfaHealth(facts: AccountFacts): TaskStatus | undefined {
	const users = facts.users;
	if (!users || facts.allUsersListed !== true) return undefined;
	if (users.some((user) => user.consolePassword === undefined || user.mfaDeviceCount === undefined)) return undefined;
	const passwordOnly = users.filter((user) => user.consolePassword === true && user.mfaDeviceCount === 0);
	if (passwordOnly.length === 0) return met;
	const names = passwordOnly.map((user) => user.userName).join(', ');
	return notMet(
		`${names} can sign in to the console with a password alone. A leaked password would be enough to get in, so give ${passwordOnly.length === 1 ? 'it' : 'each'} an MFA device, or remove the console password of a user who no longer needs one.`,
	);
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Why an active key counts as unused, or `undefined` when it was used recently (or cannot be judged). */
function unusedSince(key: AccessKeyFacts, now: number): string | undefined {
	if (!key.active) return undefined;
	const last = key.lastUsedAt ?? key.createdAt;
	if (last === undefined || now - last < UNUSED_KEY_DAYS * DAY_MS) return undefined;
	return key.lastUsedAt === undefined
		? `never used since it was created on ${day(last)}`
		: `last used on ${day(key.lastUsedAt)}`;
}

export function unusedAccessKeysHealth(facts: AccountFacts): TaskStatus | undefined {
	const { users, root, observedAt } = facts;
	if (!users || facts.allUsersListed !== true || observedAt === undefined || !root?.accessKeys) return undefined;
	if (users.some((user) => user.accessKeys === undefined)) return undefined;
	const found = [
		...root.accessKeys.map((key) => ({ owner: 'the root user', key })),
		...users.flatMap((user) => (user.accessKeys ?? []).map((key) => ({ owner: user.userName, key }))),
	].flatMap(({ owner, key }) => {
		const why = unusedSince(key, observedAt);
		return why === undefined ? [] : [`an access key of ${owner} (${why})`];
	});
	if (found.length === 0) return met;
	return notMet(
		`There ${found.length === 1 ? 'is' : 'are'} ${found.join('; ')}. A key nobody uses is still a working secret if it leaks: delete it in IAM → Users → the user → Security credentials → Access keys (the root user's are under its own Security credentials).`,
	);
}
