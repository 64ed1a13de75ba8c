import { own } from '../core/own.ts';
import type { HandlerEnv } from '../core/handler.ts';
import type { SimState } from '../state.ts';
import { evaluateAllAlarms } from '../cloudwatch/evaluate-alarms.ts';
import { expireUnconfirmedSubscriptions } from '../sns/expiry.ts';
import { refreshBudgets } from '../budgets/evaluate.ts';
import { accrueToBudgets, nextBudgetPeriodBoundary, rollBudgetPeriods } from '../budgets/periods.ts';
import { payWithCredits } from './plan.ts';

const HOUR_MS = 3_600_000;
/** EstimatedCharges is published "several times daily"; the simulator publishes every 6 hours. */
export const PUBLISH_INTERVAL_MS = 6 * HOUR_MS;
/** Billing data first appears about 15 minutes after billing alerts are enabled. */
export const FIRST_PUBLISH_DELAY_MS = 15 * 60_000;
/** Datapoints kept (about 100 days at four a day). */
export const DATAPOINT_LIMIT = 400;
/** The longest single step of the billing clock, so any request finishes quickly. */
export const MAX_ADVANCE_MS = 31 * 24 * HOUR_MS;

/** The start of the UTC calendar month after `time`. */
export function nextMonthStart(time: number): number {
	const d = new Date(time);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The start of the UTC calendar month containing `time`. */
export function monthStart(time: number): number {
	const d = new Date(time);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Rounds a USD amount to cents' hundredths, as the billing metric reports it. */
function roundUsd(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}

/**
 * Charges of `usd` that accrued up to billing-clock time `clock`: the account plan's credits pay
 * them first, and every budget counts them in its current period.
 */
function accrue(state: SimState, usd: number, clock: number): SimState {
	if (usd <= 0) return state;
	const plan = payWithCredits(state.billing.plan, usd, clock);
	const withCredits = plan === state.billing.plan ? state : { ...state, billing: { ...state.billing, plan } };
	return accrueToBudgets(withCredits, usd);
}

/**
 * Moves the billing clock forward to `target`: charges accrue at the spend rate (paid from the
 * plan's credits first), the month-to-date total resets at each UTC month start, EstimatedCharges
 * is published every 6 hours once alerts are on, alarms are evaluated after each publication
 * (possibly emailing subscribers), budgets start a new period at their period's start and are
 * refreshed every 8 hours (possibly alerting), and unconfirmed SNS subscriptions older than 48
 * hours are removed.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 */
export function advanceBillingClockTo(state: SimState, target: number, env: HandlerEnv): SimState {
	if (target <= state.billing.clock) return state;
	let current = state;
	const end = Math.min(target, state.billing.clock + MAX_ADVANCE_MS);
	// Every loop iteration stops at the next event (publication, budget refresh, month or budget
	// period start), so the loop runs a bounded number of times: at most a few hundred for the
	// longest advance (31 days of 6-hour publications, 8-hour budget refreshes and daily periods).
	while (current.billing.clock < end) {
		const billing = current.billing;
		const monthEnd = nextMonthStart(billing.clock);
		const publishAt = billing.nextPublishAt;
		const budgetUpdateAt = billing.nextBudgetUpdateAt;
		const stop = Math.min(
			end,
			monthEnd,
			publishAt !== undefined && publishAt > billing.clock ? publishAt : end,
			budgetUpdateAt !== undefined && budgetUpdateAt > billing.clock ? budgetUpdateAt : end,
			nextBudgetPeriodBoundary(current, billing.clock),
		);
		const hours = (stop - billing.clock) / HOUR_MS;
		const accrued = roundUsd(billing.monthToDateUsd + billing.spendRateUsdPerHour * hours);
		current = accrue(current, accrued - billing.monthToDateUsd, stop);
		current = {
			...current,
			billing: { ...current.billing, clock: stop, monthToDateUsd: stop === monthEnd ? 0 : accrued },
		};
		current = rollBudgetPeriods(current, stop);
		if (budgetUpdateAt !== undefined && stop >= budgetUpdateAt) current = refreshBudgets(current, env);
		if (publishAt !== undefined && stop >= publishAt) {
			const datapoints = [...current.billing.datapoints, { Timestamp: stop, Value: current.billing.monthToDateUsd }];
			current = {
				...current,
				billing: {
					...current.billing,
					datapoints:
						datapoints.length > DATAPOINT_LIMIT ? datapoints.slice(datapoints.length - DATAPOINT_LIMIT) : datapoints,
					nextPublishAt: stop + PUBLISH_INTERVAL_MS,
				},
			};
			current = evaluateAllAlarms(current, env);
		}
	}
	return hasUnconfirmedSubscriptions(current) ? expireUnconfirmedSubscriptions(current) : current;
}

function hasUnconfirmedSubscriptions(state: SimState): boolean {
	for (const region in state.sns) {
		const regional = state.sns[region];
		if (!regional) continue;
		for (const key in regional.subscriptions) if (own(regional.subscriptions, key)?.confirmed === false) return true;
	}
	return false;
}

/**
 * Lets real time drive the billing clock: the time since the last call is added to it (never
 * negative, so a real clock that steps back is simply ignored).
 */
export function syncBillingClock(state: SimState, env: HandlerEnv): SimState {
	// SIMPLIFIED: the billing clock moves with the real time between calls (and with
	// AdvanceBillingClock), not continuously; selectors show it as of the last call.
	const billing = state.billing;
	const elapsed = env.now - billing.lastRealNow;
	if (elapsed <= 0) return state;
	const target = billing.clock + elapsed;
	// Fast path for the common case (a few seconds between calls): no publication, no month end,
	// no subscription old enough to expire, so only the charges move.
	if (
		(billing.nextPublishAt === undefined || target < billing.nextPublishAt) &&
		(billing.nextBudgetUpdateAt === undefined || target < billing.nextBudgetUpdateAt) &&
		target < nextMonthStart(billing.clock) &&
		target < nextBudgetPeriodBoundary(state, billing.clock) &&
		!hasUnconfirmedSubscriptions(state)
	) {
		const monthToDateUsd = roundUsd(billing.monthToDateUsd + (billing.spendRateUsdPerHour * elapsed) / HOUR_MS);
		const accrued = accrue(state, monthToDateUsd - billing.monthToDateUsd, target);
		return {
			...accrued,
			billing: { ...accrued.billing, clock: target, lastRealNow: env.now, monthToDateUsd },
		};
	}
	const synced = elapsed > 0 ? advanceBillingClockTo(state, state.billing.clock + elapsed, env) : state;
	return synced.billing.lastRealNow === env.now
		? synced
		: { ...synced, billing: { ...synced.billing, lastRealNow: env.now } };
}
