import { describe, expect, it } from 'vitest';
import { zeroSpendBudgetRequest, type CallContext } from '@/simulator';
import { fixBrokenAccountLab } from '@/lessons/challenge/fix-broken-account';
import { fixBrokenAccountSetup } from '@/lessons/setups/fix-broken-account';
import { factsFromSimState } from '@/lessons/health/facts';
import { findHealthCheck } from '@/lessons/health/registry';
import { laterBy, must } from '@/lessons/run';

function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return { now, randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256) };
}

describe('the "Fix this broken account" challenge', () => {
	it('starts with every fault present, each with a specific reason', () => {
		const state = fixBrokenAccountSetup.scenario(testContext());
		const reasons = fixBrokenAccountLab.tasks.map((task) => task.check(state));
		for (const status of reasons) expect(status.met).toBe(false);
		expect(reasons.map((s) => (s.met ? '' : s.reason)).join('\n')).toMatch(
			/eu-west-2[\s\S]*Billing metrics exist only in US East/,
		);
		expect(state.root.accessKeys).toHaveLength(1);
		expect(state.session?.principal.type).toBe('Root');
	});

	it('is graded by the health checks themselves', () => {
		const state = fixBrokenAccountSetup.scenario(testContext());
		for (const task of fixBrokenAccountLab.tasks)
			expect(task.check(state)).toEqual(findHealthCheck(task.id)!.check(factsFromSimState(state)));
	});

	it('is fixed by its reference solution', () => {
		const ctx = testContext();
		const { state } = fixBrokenAccountSetup.solve(fixBrokenAccountSetup.scenario(ctx), laterBy(ctx, 2));
		for (const task of fixBrokenAccountLab.tasks) expect(task.check(state), task.id).toEqual({ met: true });
	});

	it('has a budget that tells nobody, fixed by a budget made from a template, not by deleting it', () => {
		const ctx = testContext();
		const state = fixBrokenAccountSetup.scenario(ctx);
		const task = fixBrokenAccountLab.tasks.find((t) => t.id === 'budget-alert')!;
		expect(Object.values(state.budgets)).toEqual([
			expect.objectContaining({ BudgetName: 'Monthly budget', BudgetType: 'COST', notifications: [] }),
		]);
		expect(task.check(state)).toEqual({
			met: false,
			reason: expect.stringMatching(
				/^The cost budget "Monthly budget" has no alert, so it tracks spending without telling anyone\./,
			),
		});
		// Budget first, as lesson 3 teaches: the budget's fault comes before the alarm's.
		const ids = fixBrokenAccountLab.tasks.map((t) => t.id);
		expect(ids.indexOf('budget-alert')).toBeLessThan(ids.indexOf('billing-alarm'));

		const accountId = state.account.accountId;
		const deleted = must(
			state,
			{ op: 'DeleteBudget', input: { AccountId: accountId, BudgetName: 'Monthly budget' } },
			ctx,
		);
		expect(task.check(deleted)).toEqual({ met: false, reason: expect.stringContaining('There is no cost budget yet') });
		const withTemplate = must(
			state,
			{ op: 'CreateBudget', input: zeroSpendBudgetRequest(accountId, { emailAddresses: [state.root.email] }) },
			ctx,
		);
		expect(task.check(withTemplate)).toEqual({ met: true });
	});

	it('has a three-rung hint ladder for every fault and no step list up front', () => {
		for (const task of fixBrokenAccountLab.tasks) {
			expect(task.hints, task.id).toHaveLength(3);
			expect(task.hints.every((hint) => hint.length > 20)).toBe(true);
		}
		expect(new Set(fixBrokenAccountLab.tasks.map((t) => t.id)).size).toBe(fixBrokenAccountLab.tasks.length);
	});
});
