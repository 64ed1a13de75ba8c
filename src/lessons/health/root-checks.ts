import { met, notMet, type TaskStatus } from '../lab';
import type { AccountFacts } from './facts';

/**
 * The root user's health checks. Apart from the IAM user's, which read policies, so that a lab
 * about the root user (lesson 2) downloads only these.
 */

export function rootMfaHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.root) return undefined;
	return facts.root.mfaEnabled
		? met
		: notMet('The root user has no MFA device yet, so its password alone still opens the account.');
}

export function rootAccessKeysHealth(facts: AccountFacts): TaskStatus | undefined {
	if (!facts.root) return undefined;
	if (!facts.root.accessKeysPresent) return met;
	const active = facts.root.accessKeys?.filter((key) => key.active).length;
	if (active !== undefined && active > 1) {
		return notMet(
			`The root user has ${active} access keys. Anyone who finds one can do anything in the account, without a password or MFA. Delete them in the root user's Security credentials.`,
		);
	}
	return notMet(
		"The root user has an access key. Anyone who finds it can do anything in the account, without a password or MFA. Delete it in the root user's Security credentials.",
	);
}
