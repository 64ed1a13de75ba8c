import type { Budget, BudgetTimeUnit, SimState } from '../state.ts';
import { budgetPeriodEnd, budgetPeriodStart } from './period-bounds.ts';

const HOUR_MS = 3_600_000;

/**
 * AWS Budgets refreshes spend and sends alerts "up to three times a day"; the simulator refreshes
 * every 8 hours of billing clock.
 * @see https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html
 */
export const BUDGET_UPDATE_INTERVAL_MS = 8 * HOUR_MS;

/**
 * The end date AWS gives a budget created without one: 15 June 2087, 00:00 UTC.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_TimePeriod.html
 */
export const DEFAULT_BUDGET_END = Date.UTC(2087, 5, 15);

/** Rounds a USD amount to hundredths of a cent, as the billing clock does. */
export function roundUsd(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}

// The periods' bounds are apart so that moving a starting account in time does not download the
// budgets' spending rules (see period-bounds.ts).
export { budgetPeriodEnd, budgetPeriodStart };

/**
 * What a new budget counts as spent in its current period. A monthly budget counts the whole
 * month-to-date, charges before it existed included, as AWS does.
 */
export function initialPeriodSpendUsd(state: SimState, unit: BudgetTimeUnit): number {
	const { clock, monthToDateUsd, spendRateUsdPerHour } = state.billing;
	// SIMPLIFIED: only the current month's charges are known, so a quarterly or annual budget counts
	// earlier months of its period as zero (true for an account opened this month), and a daily
	// budget takes today's charges to be the spend rate times the hours since midnight UTC.
	if (unit !== 'DAILY') return monthToDateUsd;
	const hoursToday = (clock - budgetPeriodStart('DAILY', clock)) / HOUR_MS;
	return roundUsd(Math.min(monthToDateUsd, spendRateUsdPerHour * hoursToday));
}

/**
 * The spend AWS Budgets forecasts for the end of the budget period.
 * SIMPLIFIED: AWS forecasts from the account's usage history; the simulator projects the current
 * spend rate to the end of the period.
 */
export function forecastedSpendUsd(state: SimState, budget: Budget): number {
	const { clock, spendRateUsdPerHour } = state.billing;
	const hoursLeft = Math.max(0, (budgetPeriodEnd(budget.TimeUnit, clock) - clock) / HOUR_MS);
	return roundUsd(budget.periodSpendUsd + spendRateUsdPerHour * hoursLeft);
}

/** The next time any budget's period ends after `time`, or `Infinity` without budgets. */
export function nextBudgetPeriodBoundary(state: SimState, time: number): number {
	let next = Infinity;
	for (const name in state.budgets) {
		const budget = Object.prototype.hasOwnProperty.call(state.budgets, name) ? state.budgets[name] : undefined;
		if (budget) next = Math.min(next, budgetPeriodEnd(budget.TimeUnit, time));
	}
	return next;
}

/**
 * Starts a new period for every budget whose period has ended by `time`: spend goes back to zero
 * and each notification back to `OK`, so it can alert once in the new period.
 */
export function rollBudgetPeriods(state: SimState, time: number): SimState {
	const entries = Object.entries(state.budgets);
	if (!entries.some(([, budget]) => budgetPeriodStart(budget.TimeUnit, time) > budget.periodStart)) return state;
	// Object.fromEntries defines own properties, so a budget named "__proto__" stays a budget.
	const budgets = Object.fromEntries(
		entries.map(([name, budget]): [string, Budget] => {
			const start = budgetPeriodStart(budget.TimeUnit, time);
			if (start <= budget.periodStart) return [name, budget];
			const notifications = budget.notifications.map((n) => ({ ...n, NotificationState: 'OK' as const }));
			return [name, { ...budget, periodStart: start, periodSpendUsd: 0, notifications }];
		}),
	);
	return { ...state, budgets };
}

/** Adds charges to every budget's current-period spend. */
export function accrueToBudgets(state: SimState, usd: number): SimState {
	const entries = Object.entries(state.budgets);
	if (usd <= 0 || entries.length === 0) return state;
	const budgets = Object.fromEntries(
		entries.map(([name, budget]): [string, Budget] => [
			name,
			{ ...budget, periodSpendUsd: roundUsd(budget.periodSpendUsd + usd) },
		]),
	);
	return { ...state, budgets };
}
