import type { SimState } from '../state.ts';

/**
 * Days a root user without MFA may skip the sign-in page's prompt to register MFA, counted from
 * the first time it was shown. From day 36 on, signing in requires registering a device first.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html
 */
export const MFA_REGISTRATION_GRACE_DAYS = 35;

const DAY_MS = 86_400_000;

/**
 * Days left to skip the prompt, on the billing clock (which the learner can fast-forward):
 * 35 on the day it is first shown (or before it ever was), 1 on day 35, 0 from day 36 on.
 */
export function mfaRegistrationDaysLeft(state: SimState): number {
	const firstShown = state.root.mfaPromptFirstShownAt;
	if (firstShown === undefined) return MFA_REGISTRATION_GRACE_DAYS;
	const daysSince = Math.floor((state.billing.clock - firstShown) / DAY_MS);
	return Math.min(MFA_REGISTRATION_GRACE_DAYS, Math.max(0, MFA_REGISTRATION_GRACE_DAYS - daysSince));
}
