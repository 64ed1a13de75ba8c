import type { RegionalSns, SimState } from '../state.ts';

/** Unconfirmed email subscriptions are deleted after 48 hours. */
export const UNCONFIRMED_TTL_MS = 48 * 3_600_000;

/**
 * Removes unconfirmed subscriptions older than 48 hours of billing clock, as SNS does.
 * @see https://aws.amazon.com/about-aws/whats-new/2023/05/amazon-sns-automatic-deletion-unconfirmed-subscriptions/
 */
export function expireUnconfirmedSubscriptions(state: SimState): SimState {
	const clock = state.billing.clock;
	let changed = false;
	const sns = Object.fromEntries(
		Object.entries(state.sns).map(([region, regional]): [string, RegionalSns] => {
			const kept = Object.entries(regional.subscriptions).filter(
				([, s]) => s.confirmed || clock - s.createdAt < UNCONFIRMED_TTL_MS,
			);
			if (kept.length === Object.keys(regional.subscriptions).length) return [region, regional];
			changed = true;
			// Object.fromEntries keeps every key (even "__proto__") as an ordinary entry.
			return [region, { ...regional, subscriptions: Object.fromEntries(kept) }];
		}),
	);
	return changed ? { ...state, sns } : state;
}
