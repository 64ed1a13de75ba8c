import { describe, expect, it } from 'vitest';
import { PRACTICE_ROOT, type CallContext, type SimState } from '@/simulator';
import { buildRunbook, runbookMarkdown, RUNBOOK_LAB_IDS } from '@/lessons/runbook';
import { findLabSetup } from '@/lessons/setup-registry';
import { IAM_ADMIN_PASSWORD, IAM_ADMIN_FIRST_PASSWORD } from '@/lessons/scenarios';
import { billingAlarmInput } from '@/lessons/scenarios';
import { mustWithOutput, must } from '@/lessons/run';

function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return { now, randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256) };
}

function solvedAccounts(): Record<string, SimState> {
	return Object.fromEntries(
		RUNBOOK_LAB_IDS.map((id) => {
			const lab = findLabSetup(id)!;
			const ctx = testContext();
			return [id, lab.solve(lab.scenario(ctx), ctx).state];
		}),
	);
}

describe('the runbook', () => {
	it("lists the learner's own choices in course order, each with a real console link", () => {
		const steps = buildRunbook(solvedAccounts());
		expect(steps.map((s) => s.id)).toEqual([
			'root-sign-in',
			'root-mfa',
			'billing-alerts',
			'billing-alarms',
			'confirm-subscription',
			'create-iam-user',
			'iam-user-sign-in',
			'iam-user-mfa',
		]);
		for (const step of steps) expect(new URL(step.consoleUrl).hostname).toMatch(/console\.aws\.amazon\.com$/);
		const text = steps.flatMap((s) => s.details).join('\n');
		expect(text).toContain('Device name "root-phone"');
		expect(text).toMatch(/greater than \$\d+, Region US East \(N\. Virginia\) \(us-east-1\)/);
		expect(text).toContain('User name "iam-admin"');
		expect(text).toContain('IAMFullAccess');
		expect(steps.find((s) => s.id === 'root-mfa')?.fromPractice).toBe(true);
	});

	it('falls back to the course defaults when there is no practice account', () => {
		const steps = buildRunbook({});
		expect(steps).toHaveLength(8);
		expect(steps.every((s) => s.details.length > 0)).toBe(true);
		expect(steps.some((s) => s.fromPractice)).toBe(false);
	});

	it('warns when a practice alarm was created outside us-east-1', () => {
		const ctx = testContext();
		const lab = findLabSetup('billing-alarm')!;
		let state = must(lab.scenario(ctx), { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
		const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'alerts' }, region: 'eu-west-1' }, ctx);
		state = must(
			topic.state,
			{ op: 'PutMetricAlarm', input: billingAlarmInput('eu-alarm', 10, topic.output.TopicArn), region: 'eu-west-1' },
			ctx,
		);
		const text = buildRunbook({ 'billing-alarm': state })
			.flatMap((s) => s.details)
			.join('\n');
		expect(text).toContain('"eu-alarm" ended up in Europe (Ireland) (eu-west-1)');
	});

	it('contains no secret: no password, MFA seed, access key, account ID or email address', () => {
		const accounts = solvedAccounts();
		const markdown = runbookMarkdown(buildRunbook(accounts));
		const seeds = Object.values(accounts).flatMap((s) =>
			Object.values(s.iam.mfaDevices).map((d) => d.Base32StringSeed),
		);
		for (const secret of [
			PRACTICE_ROOT.password,
			PRACTICE_ROOT.email,
			PRACTICE_ROOT.accountId,
			IAM_ADMIN_PASSWORD,
			IAM_ADMIN_FIRST_PASSWORD,
			...seeds,
		]) {
			expect(markdown).not.toContain(secret);
		}
		expect(markdown).not.toMatch(/AKIA[0-9A-Z]{12,}/);
		expect(markdown).toMatch(/^# My AWS account security runbook/);
		expect(markdown).toMatch(
			/- \[ \] \*\*2\. Add MFA to the root user\*\* — \[Security credentials\]\(https:\/\/console\.aws\.amazon\.com\/iam\/home#\/security_credentials\)/,
		);
	});
});
