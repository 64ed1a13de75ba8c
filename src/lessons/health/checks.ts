import { IAM_FULL_ACCESS_ARN } from '@/simulator';
import { met, notMet, type TaskStatus } from '../lab';
import type { AccountFacts } from './facts';
import { grantedPolicies, managedPolicyArns } from './permissions';
import { withUser } from './admin-user';
import { beyondIamGrants, howToRemove } from './beyond-iam';

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
// The everyday user's own checks have a module of their own (lesson 7 needs only those, and what
// goes beyond IAM, in beyond-iam.ts); the registry imports them from here with the others.
export { adminExistsHealth, adminMfaHealth } from './admin-user';

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
