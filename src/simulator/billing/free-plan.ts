import type { AccountPlan } from '../state.ts';

/**
 * A new account's Free plan and its calendar: what creating an account and moving a starting
 * account in time need, without the rules for credits and charges (plan.ts).
 */

/** Credits every account created since 15 July 2025 receives at sign-up, USD. */
export const SIGN_UP_CREDIT_USD = 100;
/** How long the Free plan lasts, in calendar months, unless the credits run out first. */
export const FREE_PLAN_MONTHS = 6;

/** The same UTC day and time `months` calendar months later (clamped to the month's last day). */
export function addMonths(time: number, months: number): number {
	const d = new Date(time);
	const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	return Date.UTC(
		target.getUTCFullYear(),
		target.getUTCMonth(),
		Math.min(d.getUTCDate(), lastDay),
		d.getUTCHours(),
		d.getUTCMinutes(),
		d.getUTCSeconds(),
		d.getUTCMilliseconds(),
	);
}

/**
 * The plan of a brand-new account: the Free plan, with the sign-up credit, ending six months later.
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/free-tier-plans.html
 */
export function createFreePlan(startedAt: number): AccountPlan {
	return {
		type: 'FREE',
		startedAt,
		expiresAt: addMonths(startedAt, FREE_PLAN_MONTHS),
		creditsGrantedUsd: SIGN_UP_CREDIT_USD,
		creditsUsedUsd: 0,
		earnedActivities: [],
	};
}
