import type { SimState } from '@/simulator';
import { billingAlarmHealth } from './health/billing-checks';
import { healthOf } from './health-of';

/**
 * Why the learner's billing alarms would not warn them, or do not use the statistic and period the
 * lesson teaches (Maximum, 6 hours); undefined when `count` such alarms at different thresholds
 * work. A module of its own (re-exported by `checks.ts`): only the billing lab loads the billing
 * health checks.
 */
export function billingAlarmGap(state: SimState, count: number): string | undefined {
	const status = healthOf(state, (facts) => billingAlarmHealth(facts, count, { taughtSettings: true }));
	return status.met ? undefined : status.reason;
}
