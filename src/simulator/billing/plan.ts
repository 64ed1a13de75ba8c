import type { AccountPlan } from '../state.ts';

// The Free plan's start and calendar are in free-plan.ts, so that moving a starting account in
// time does not download the credits' rules below.

/**
 * Credit a Free-plan activity earns, USD. UNCONFIRMED: AWS offers up to $100 more for five
 * activities; $20 each is the widely reported split.
 */
export const ACTIVITY_CREDIT_USD = 20;
/** The activity "set up a cost budget using AWS Budgets". */
export const COST_BUDGET_ACTIVITY = 'set-up-a-cost-budget';

function roundUsd(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}

/** Credits not yet spent, USD. */
export function remainingCreditsUsd(plan: AccountPlan): number {
	return Math.max(0, roundUsd(plan.creditsGrantedUsd - plan.creditsUsedUsd));
}

/**
 * `ACTIVE` or `EXPIRED`: the Free plan ends six months after it started or when its credits are
 * used up, whichever comes first; the Paid plan stays active.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_freetier_GetAccountPlanState.html
 */
export function accountPlanStatus(plan: AccountPlan, clock: number): 'ACTIVE' | 'EXPIRED' {
	if (plan.type === 'PAID') return 'ACTIVE';
	return clock >= plan.expiresAt || remainingCreditsUsd(plan) <= 0 ? 'EXPIRED' : 'ACTIVE';
}

/**
 * Pays `chargeUsd` from the remaining credits, as far as they go. Credits pay charges first on
 * either plan; an ended Free plan pays nothing more.
 * SIMPLIFIED: credit expiry dates are not modelled (sources disagree on 6 or 12 months).
 */
export function payWithCredits(plan: AccountPlan, chargeUsd: number, clock: number): AccountPlan {
	if (chargeUsd <= 0) return plan;
	const remaining = remainingCreditsUsd(plan);
	if (remaining <= 0 || (plan.type === 'FREE' && clock >= plan.expiresAt)) return plan;
	return { ...plan, creditsUsedUsd: roundUsd(plan.creditsUsedUsd + Math.min(chargeUsd, remaining)) };
}

/** Grants an activity's credit once, while the Free plan is active. */
export function earnActivityCredit(plan: AccountPlan, activity: string, clock: number): AccountPlan {
	if (plan.type !== 'FREE' || accountPlanStatus(plan, clock) !== 'ACTIVE') return plan;
	if (plan.earnedActivities.includes(activity)) return plan;
	return {
		...plan,
		creditsGrantedUsd: plan.creditsGrantedUsd + ACTIVITY_CREDIT_USD,
		earnedActivities: [...plan.earnedActivities, activity],
	};
}
