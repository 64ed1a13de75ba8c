import { expect } from 'vitest';
import { SimStateSchema, TRAIL_LIMIT, MAILBOX_LIMIT, type SimState } from '@/simulator';

const TOPIC_ARN = /^arn:aws:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}$/;

/** Invariants every reachable state keeps. */
export function expectInvariants(state: SimState): void {
	expect(typeof state.root.email).toBe('string');
	const lowered = Object.values(state.iam.users).map((u) => u.UserName.toLowerCase());
	expect(new Set(lowered).size).toBe(lowered.length);
	for (const [key, user] of Object.entries(state.iam.users)) {
		expect(user.UserName).toBe(key);
		expect(user.mfaSerials.length).toBeLessThanOrEqual(8);
		expect(user.attachedPolicyArns.length).toBeLessThanOrEqual(10);
		expect(user.accessKeys.length).toBeLessThanOrEqual(2);
		expect(user.groupNames.length).toBeLessThanOrEqual(10);
		for (const serial of user.mfaSerials)
			expect(state.iam.mfaDevices[serial]?.enabledFor).toEqual({ type: 'IAMUser', userName: user.UserName });
	}
	expect(state.root.mfaSerials.length).toBeLessThanOrEqual(8);
	for (const serial of state.root.mfaSerials)
		expect(state.iam.mfaDevices[serial]?.enabledFor).toEqual({ type: 'Root' });
	for (const device of Object.values(state.iam.mfaDevices)) {
		const owner = device.enabledFor;
		if (owner?.type === 'Root') expect(state.root.mfaSerials).toContain(device.SerialNumber);
		if (owner?.type === 'IAMUser') expect(state.iam.users[owner.userName]?.mfaSerials).toContain(device.SerialNumber);
	}
	// Decision: alarm actions are well-formed SNS topic ARNs in the alarm's Region; the topic may
	// have been deleted since (AWS does not check), and then notifications are dropped.
	for (const [region, regional] of Object.entries(state.cloudwatch)) {
		for (const alarm of Object.values(regional.alarms)) {
			for (const action of [...alarm.AlarmActions, ...alarm.OKActions, ...alarm.InsufficientDataActions]) {
				expect(TOPIC_ARN.exec(action)?.[1]).toBe(region);
			}
		}
	}
	for (const [name, budget] of Object.entries(state.budgets)) {
		expect(budget.BudgetName).toBe(name);
		expect(budget.notifications.length).toBeLessThanOrEqual(5);
		expect(budget.periodSpendUsd).toBeGreaterThanOrEqual(0);
		expect(budget.periodStart).toBeLessThanOrEqual(state.billing.clock);
		for (const n of budget.notifications) {
			expect(n.subscribers.filter((s) => s.SubscriptionType === 'SNS').length).toBeLessThanOrEqual(1);
			expect(n.subscribers.filter((s) => s.SubscriptionType === 'EMAIL').length).toBeLessThanOrEqual(10);
		}
	}
	for (const regional of Object.values(state.ec2)) {
		for (const [id, instance] of Object.entries(regional.instances)) expect(instance.InstanceId).toBe(id);
	}
	expect(state.billing.spendRateUsdPerHour).toBeGreaterThanOrEqual(0);
	const plan = state.billing.plan;
	expect(plan.creditsUsedUsd).toBeLessThanOrEqual(plan.creditsGrantedUsd);
	if (state.session?.principal.type === 'IAMUser')
		expect(state.iam.users[state.session.principal.userName]).toBeDefined();
	expect(state.trail.length).toBeLessThanOrEqual(TRAIL_LIMIT);
	expect(state.mailbox.length).toBeLessThanOrEqual(MAILBOX_LIMIT);
	const roundTripped = JSON.parse(JSON.stringify(state)) as unknown;
	expect(roundTripped).toEqual(state);
	const parsed = SimStateSchema.safeParse(roundTripped);
	expect(parsed.success ? 'ok' : JSON.stringify(parsed.error.issues[0])).toBe('ok');
}
