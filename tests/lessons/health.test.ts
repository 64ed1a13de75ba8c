import { describe, expect, it } from 'vitest';
import { ADMINISTRATOR_ACCESS, type CallContext } from '@/simulator';
import { factsFromSimState } from '@/lessons/health/facts';
import { HEALTH_CHECKS, findHealthCheck } from '@/lessons/health/registry';
import { billingAlarmLab } from '@/lessons/labs/billing-alarm';
import { createIamUserLab } from '@/lessons/labs/create-iam-user';
import { rootMfaLab } from '@/lessons/labs/root-mfa';
import { iamUserMfaLab } from '@/lessons/labs/iam-user-mfa';
import { must } from '@/lessons/run';

function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return { now, randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256) };
}

const task = (lab: { tasks: readonly { id: string; check: (s: never) => unknown }[] }, id: string) =>
	lab.tasks.find((t) => t.id === id)!;

describe('the labs and the account health checks give the same verdict and reason', () => {
	it('root MFA', () => {
		const ctx = testContext();
		const state = rootMfaLab.scenario(ctx);
		expect(rootMfaLab.tasks[0]!.check(state)).toEqual(findHealthCheck('root-mfa')!.check(factsFromSimState(state)));
		const solved = rootMfaLab.solve(state, ctx).state;
		expect(findHealthCheck('root-mfa')!.check(factsFromSimState(solved))).toEqual({ met: true });
	});

	it('billing alarm subscription', () => {
		const ctx = testContext();
		const state = billingAlarmLab.scenario(ctx);
		expect(task(billingAlarmLab, 'subscription-confirmed').check(state as never)).toEqual(
			findHealthCheck('alarm-subscription-confirmed')!.check(factsFromSimState(state)),
		);
		const solved = billingAlarmLab.solve(state, ctx).state;
		expect(findHealthCheck('alarm-subscription-confirmed')!.check(factsFromSimState(solved))).toEqual({ met: true });
		expect(findHealthCheck('billing-alarm')!.check(factsFromSimState(solved))).toEqual({ met: true });
	});

	it('iam-admin permissions', () => {
		const ctx = testContext();
		const { state } = createIamUserLab.solve(createIamUserLab.scenario(ctx), ctx);
		const broader = must(
			state,
			{ op: 'AttachUserPolicy', input: { UserName: 'iam-admin', PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			ctx,
		);
		expect(task(createIamUserLab, 'nothing-broader').check(broader as never)).toEqual(
			findHealthCheck('admin-nothing-beyond-iam')!.check(factsFromSimState(broader)),
		);
		expect(findHealthCheck('admin-nothing-beyond-iam')!.check(factsFromSimState(state))).toEqual({ met: true });
	});

	it('iam-admin MFA', () => {
		const ctx = testContext();
		const state = iamUserMfaLab.scenario(ctx);
		expect(task(iamUserMfaLab, 'iam-admin-mfa').check(state as never)).toEqual(
			findHealthCheck('admin-mfa')!.check(factsFromSimState(state)),
		);
	});
});

describe('health checks', () => {
	it('know every fact of the practice account (never "not checked")', () => {
		const facts = factsFromSimState(createIamUserLab.scenario(testContext()));
		for (const check of HEALTH_CHECKS) expect(check.check(facts), check.id).toBeDefined();
	});

	it('each link to a real console page on an aws.amazon.com address and to a course lesson', () => {
		for (const check of HEALTH_CHECKS) {
			expect(new URL(check.fix.consoleUrl).hostname).toMatch(/(^|\.)console\.aws\.amazon\.com$/);
			expect(check.fix.lessonSlug).toMatch(/^[a-z0-9-]+$/);
		}
	});
});
