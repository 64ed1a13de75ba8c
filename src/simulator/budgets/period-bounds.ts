import type { BudgetTimeUnit } from '../state.ts';

/**
 * Where a budget period (day, month, quarter or year) starts and ends: what moving a starting
 * account in time needs, without the budgets' spending rules (periods.ts).
 */

/** The UTC start of the budget period (day, month, quarter or year) containing `time`. */
export function budgetPeriodStart(unit: BudgetTimeUnit, time: number): number {
	const d = new Date(time);
	const year = d.getUTCFullYear();
	const month = d.getUTCMonth();
	switch (unit) {
		case 'DAILY':
			return Date.UTC(year, month, d.getUTCDate());
		case 'MONTHLY':
			return Date.UTC(year, month, 1);
		case 'QUARTERLY':
			return Date.UTC(year, month - (month % 3), 1);
		case 'ANNUALLY':
			return Date.UTC(year, 0, 1);
	}
}

/** The UTC start of the budget period after the one containing `time`. */
export function budgetPeriodEnd(unit: BudgetTimeUnit, time: number): number {
	const start = new Date(budgetPeriodStart(unit, time));
	const year = start.getUTCFullYear();
	const month = start.getUTCMonth();
	switch (unit) {
		case 'DAILY':
			return Date.UTC(year, month, start.getUTCDate() + 1);
		case 'MONTHLY':
			return Date.UTC(year, month + 1, 1);
		case 'QUARTERLY':
			return Date.UTC(year, month + 3, 1);
		case 'ANNUALLY':
			return Date.UTC(year + 1, 0, 1);
	}
}
