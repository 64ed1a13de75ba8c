import { own } from '../core/own.ts';
import type { HandlerEnv } from '../core/handler.ts';
import type { SimState } from '../state.ts';
import { evaluateAllAlarms } from '../cloudwatch/evaluate-alarms.ts';
import { expireUnconfirmedSubscriptions } from '../sns/expiry.ts';

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
 * Moves the billing clock forward to `target`: charges accrue at the spend rate, the month-to-date
 * total resets at each UTC month start, EstimatedCharges is published every 6 hours once alerts
 * are on, alarms are evaluated after each publication (possibly emailing subscribers), and
 * unconfirmed SNS subscriptions older than 48 hours are removed.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 */
export function advanceBillingClockTo(state: SimState, target: number, env: HandlerEnv): SimState {
	if (target <= state.billing.clock) return state;
	let current = state;
	const end = Math.min(target, state.billing.clock + MAX_ADVANCE_MS);
	// Every loop iteration stops at the next event (publication or month start), so the loop runs
	// a bounded number of times: at most a few hundred for the longest advance.
	while (current.billing.clock < end) {
		const billing = current.billing;
		const monthEnd = nextMonthStart(billing.clock);
		const publishAt = billing.nextPublishAt;
		const stop = Math.min(end, monthEnd, publishAt !== undefined && publishAt > billing.clock ? publishAt : end);
		const hours = (stop - billing.clock) / HOUR_MS;
		let monthToDateUsd = roundUsd(billing.monthToDateUsd + billing.spendRateUsdPerHour * hours);
		if (stop === monthEnd) monthToDateUsd = 0;
		current = { ...current, billing: { ...billing, clock: stop, monthToDateUsd } };
		if (publishAt !== undefined && stop >= publishAt) {
			const datapoints = [...current.billing.datapoints, { Timestamp: stop, Value: monthToDateUsd }];
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
		target < nextMonthStart(billing.clock) &&
		!hasUnconfirmedSubscriptions(state)
	) {
		const monthToDateUsd = roundUsd(billing.monthToDateUsd + (billing.spendRateUsdPerHour * elapsed) / HOUR_MS);
		return { ...state, billing: { ...billing, clock: target, lastRealNow: env.now, monthToDateUsd } };
	}
	const synced = elapsed > 0 ? advanceBillingClockTo(state, state.billing.clock + elapsed, env) : state;
	return synced.billing.lastRealNow === env.now
		? synced
		: { ...synced, billing: { ...synced.billing, lastRealNow: env.now } };
}
