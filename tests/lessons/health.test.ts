import { describe, expect, it } from 'vitest';
import { ADMINISTRATOR_ACCESS, IAM_FULL_ACCESS, type CallContext } from '@/simulator';
import { effectivePolicyArns } from '@/lessons/checks';
import { factsFromSimState } from '@/lessons/health/facts';
import { HEALTH_CHECKS, findHealthCheck } from '@/lessons/health/registry';
import { billingAlarmLab } from '@/lessons/labs/billing-alarm';
import { createIamUserLab } from '@/lessons/labs/create-iam-user';
import { rootMfaLab } from '@/lessons/labs/root-mfa';
import { iamUserMfaLab } from '@/lessons/labs/iam-user-mfa';
import { must } from '@/lessons/run';
import { billingAlarmSetup } from '@/lessons/setups/billing-alarm';
import { createIamUserSetup } from '@/lessons/setups/create-iam-user';
import { iamUserMfaSetup } from '@/lessons/setups/iam-user-mfa';
import { rootMfaSetup } from '@/lessons/setups/root-mfa';

function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return { now, randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256) };
}

const task = (lab: { tasks: readonly { id: string; check: (s: never) => unknown }[] }, id: string) =>
	lab.tasks.find((t) => t.id === id)!;

describe('the labs and the account health checks give the same verdict and reason', () => {
	it('root MFA', () => {
		const ctx = testContext();
		const state = rootMfaSetup.scenario(ctx);
		expect(rootMfaLab.tasks[0]!.check(state)).toEqual(findHealthCheck('root-mfa')!.check(factsFromSimState(state)));
		const solved = rootMfaSetup.solve(state, ctx).state;
		expect(findHealthCheck('root-mfa')!.check(factsFromSimState(solved))).toEqual({ met: true });
	});

	it('billing alarm subscription', () => {
		const ctx = testContext();
		const state = billingAlarmSetup.scenario(ctx);
		expect(task(billingAlarmLab, 'subscription-confirmed').check(state as never)).toEqual(
			findHealthCheck('alarm-subscription-confirmed')!.check(factsFromSimState(state)),
		);
		const solved = billingAlarmSetup.solve(state, ctx).state;
		expect(findHealthCheck('alarm-subscription-confirmed')!.check(factsFromSimState(solved))).toEqual({ met: true });
		expect(findHealthCheck('billing-alarm')!.check(factsFromSimState(solved))).toEqual({ met: true });
	});

	it('iam-admin permissions', () => {
		const ctx = testContext();
		const { state } = createIamUserSetup.solve(createIamUserSetup.scenario(ctx), ctx);
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
		const state = iamUserMfaSetup.scenario(ctx);
		expect(task(iamUserMfaLab, 'iam-admin-mfa').check(state as never)).toEqual(
			findHealthCheck('admin-mfa')!.check(factsFromSimState(state)),
		);
	});
});

describe('health checks', () => {
	it('know every fact of the practice account (never "not checked")', () => {
		const facts = factsFromSimState(createIamUserSetup.scenario(testContext()));
		for (const check of HEALTH_CHECKS) expect(check.check(facts), check.id).toBeDefined();
	});

	it('each link to a real console page on an aws.amazon.com address and to a course lesson', () => {
		for (const check of HEALTH_CHECKS) {
			expect(new URL(check.fix.consoleUrl).hostname).toMatch(/(^|\.)console\.aws\.amazon\.com$/);
			expect(check.fix.lessonSlug).toMatch(/^[a-z0-9-]+$/);
		}
	});
});

describe('one rule for what reaches a user, in practice and on the real account', () => {
	const withGroup = (policyArn: string) => {
		const ctx = testContext();
		const { state } = createIamUserSetup.solve(createIamUserSetup.scenario(ctx), ctx);
		const user = state.iam.users['iam-admin']!;
		const group = {
			GroupName: 'Admins',
			Path: '/',
			Arn: 'arn:aws:iam::111122223333:group/Admins',
			GroupId: 'AGPA1',
			CreateDate: 0,
			attachedPolicyArns: [policyArn],
		};
		return {
			...state,
			iam: {
				...state.iam,
				groups: { Admins: group },
				users: { ...state.iam.users, 'iam-admin': { ...user, groupNames: ['Admins'] } },
			},
		};
	};

	it('sees AdministratorAccess given through a group, in the lab and in the health check alike', () => {
		const state = withGroup(ADMINISTRATOR_ACCESS.Arn);
		expect(effectivePolicyArns(state, state.iam.users['iam-admin'])).toContain(ADMINISTRATOR_ACCESS.Arn);
		const status = findHealthCheck('admin-nothing-beyond-iam')!.check(factsFromSimState(state));
		expect(status).toMatchObject({
			met: false,
			reason: expect.stringContaining('AdministratorAccess (through the group Admins)'),
		});
		expect(task(createIamUserLab, 'nothing-broader').check(state as never)).toEqual(status);
	});

	it('counts IAMFullAccess given through a group', () => {
		const solved = withGroup(IAM_FULL_ACCESS.Arn);
		const user = solved.iam.users['iam-admin'];
		const onlyGroup = {
			...solved,
			iam: { ...solved.iam, users: { 'iam-admin': { ...user, attachedPolicyArns: [] } } },
		};
		expect(findHealthCheck('admin-iam-full-access')!.check(factsFromSimState(onlyGroup))).toEqual({ met: true });
		expect(findHealthCheck('admin-nothing-beyond-iam')!.check(factsFromSimState(onlyGroup))).toEqual({ met: true });
	});

	it('grades the practice budgets with the same budget check', () => {
		const state = createIamUserSetup.scenario(testContext());
		const check = findHealthCheck('budget-alert')!;
		expect(check.check(factsFromSimState(state))).toMatchObject({
			met: false,
			reason: expect.stringContaining('no cost budget yet'),
		});
		const budget = {
			BudgetName: 'Zero spend',
			BudgetType: 'COST' as const,
			TimeUnit: 'MONTHLY' as const,
			BudgetLimit: { Amount: '0.01', Unit: 'USD' as const },
			createdAt: 0,
			LastUpdatedTime: 0,
			periodStart: 0,
			periodSpendUsd: 0,
			notifications: [
				{
					NotificationType: 'ACTUAL' as const,
					ComparisonOperator: 'GREATER_THAN' as const,
					Threshold: 100,
					ThresholdType: 'PERCENTAGE' as const,
					NotificationState: 'OK' as const,
					subscribers: [{ SubscriptionType: 'EMAIL' as const, Address: 'learner@example.com' }],
				},
			],
		};
		expect(check.check(factsFromSimState({ ...state, budgets: { 'Zero spend': budget } }))).toEqual({ met: true });
		const silent = { ...budget, notifications: [] };
		expect(check.check(factsFromSimState({ ...state, budgets: { 'Zero spend': silent } }))).toMatchObject({
			met: false,
			reason: expect.stringContaining('has no alert'),
		});
	});
});
