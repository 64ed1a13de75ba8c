import type { SimState } from '@/simulator';
import { billingAlarmHealth } from './health/billing-checks';
import type { AlarmFacts } from './health/facts';
import { healthOf } from './health-of';

/**
 * Why the learner's billing alarms would not warn them, or do not use the statistic and period the
 * lesson teaches (Maximum, 6 hours); undefined when `count` such alarms at different thresholds
 * work. A module of its own (re-exported by `checks.ts`): only the billing lab loads the billing
 * health checks.
 */
export function billingAlarmGap(state: SimState, count: number): string | undefined {
	const status = healthOf(state, (facts) => billingAlarmHealth(facts, count, taughtSettingsGap));
	return status.met ? undefined : status.reason;
}

/**
 * The settings AWS's procedure prescribes for a billing alarm, and the lesson teaches: the Maximum
 * statistic (the metric is the month's running total, so the highest value is the latest) over
 * 6-hour periods (new figures arrive only a few times a day).
 */
const TAUGHT_STATISTIC = 'Maximum';
const TAUGHT_PERIOD_SECONDS = 21_600;

/** "5 minutes", "1 hour", "24 hours": a period as a learner would say it. */
function describePeriod(seconds: number): string {
	const [amount, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : [seconds / 60, 'minute'];
	return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/**
 * Why a billing alarm's statistic or period is not the one the lesson teaches, in the learner's
 * terms; `undefined` when both are right or the source does not say.
 */
function taughtSettingsGap(alarm: AlarmFacts): string | undefined {
	if (alarm.statistic !== undefined && alarm.statistic !== TAUGHT_STATISTIC) {
		const label = alarm.statistic === 'SampleCount' ? 'Sample count' : alarm.statistic;
		return `The alarm "${alarm.name}" uses the ${label} statistic. The billing metric is a running total for the month, so the highest value in a period is the latest total: choose Maximum.`;
	}
	if (alarm.period !== undefined && alarm.period !== TAUGHT_PERIOD_SECONDS) {
		return `The alarm "${alarm.name}" looks at periods of ${describePeriod(alarm.period)}. New billing figures arrive only a few times a day, so most such periods hold no figure at all: choose a period of 6 hours.`;
	}
	return undefined;
}
