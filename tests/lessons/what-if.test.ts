import { describe, expect, it } from 'vitest';
import {
	ADMINISTRATOR_ACCESS,
	LEARNER_SOURCE_IP,
	monthlyCostBudgetRequest,
	type CallContext,
	type SimState,
} from '@/simulator';
import { WHAT_IF_SCENARIOS } from '@/lessons/what-if/scenarios';
import { ATTACKER_SOURCE_IP, lastSignIn, playAll, type PlayedStep } from '@/lessons/what-if/what-if';
import { outlineOf } from '@/lessons/what-if/outline';

function testContext(now = Date.UTC(2025, 0, 15, 9, 0, 0)): CallContext {
	let counter = 0;
	return { now, randomBytes: (length) => Uint8Array.from({ length }, () => (counter++ * 37 + 11) % 256) };
}

/** The trail rows that came from the attacker's browser: event, identity type, error code. */
const attackerRows = (state: SimState) =>
	state.trail
		.filter((r) => r.sourceIPAddress === ATTACKER_SOURCE_IP)
		.map((r) => [r.eventName, r.userIdentity.type, r.errorCode ?? 'ok']);

const variant = (scenarioId: string, variantId: string) => {
	const found = WHAT_IF_SCENARIOS.find((s) => s.id === scenarioId)?.variants.find((v) => v.id === variantId);
	if (!found) throw new Error(`${scenarioId}/${variantId} missing`);
	return found;
};

describe('leaked root password', () => {
	it('without MFA, the attacker signs in as root from another address and launches instances', () => {
		const v = variant('leaked-root-password', 'without-mfa');
		const before = v.setup(testContext()).billing.spendRateUsdPerHour;
		const { state, played } = playAll(v, testContext());
		expect(attackerRows(state)).toEqual([
			['ConsoleLogin', 'Root', 'ok'],
			['RunInstances', 'Root', 'ok'],
		]);
		expect(played[0]?.trail).toEqual([
			expect.objectContaining({ eventName: 'ConsoleLogin', sourceIPAddress: ATTACKER_SOURCE_IP }),
		]);
		// The sign-in page's prompt to register MFA can be skipped for now, so the password is enough.
		expect(played[1]?.responses).toEqual([{ ok: true, output: { Result: 'Success', DaysLeft: 35 } }]);
		expect(played[2]?.trail).toEqual([
			expect.objectContaining({
				eventName: 'RunInstances',
				eventSource: 'ec2.amazonaws.com',
				requestParameters: { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 3 },
			}),
		]);
		expect(state.billing.spendRateUsdPerHour).toBeCloseTo(before + 3 * 32.7726, 4);
		expect(v.outcome(state).safe).toBe(false);
	});

	it('with MFA, the sign-in stops at the code and nothing is started', () => {
		const v = variant('leaked-root-password', 'with-mfa');
		const setup = v.setup(testContext());
		const { state, played } = playAll(v, testContext());
		expect(played[1]?.responses[0]).toMatchObject({ ok: false, error: { code: 'AuthenticationFailed' } });
		expect(played[2]?.responses).toEqual([]);
		expect(attackerRows(state)).toEqual([
			['CheckMfa', 'Root', 'ok'],
			['ConsoleLogin', 'Root', 'AuthenticationFailed'],
		]);
		expect(state.session).toBeNull();
		expect(state.billing.spendRateUsdPerHour).toBe(setup.billing.spendRateUsdPerHour);
		expect(v.outcome(state).safe).toBe(true);
	});

	it("keeps the owner's own sign-in in the trail from the learner's address, with the same identity", () => {
		const { state } = playAll(variant('leaked-root-password', 'with-mfa'), testContext());
		const own = state.trail.find(
			(r) => r.eventName === 'ConsoleLogin' && r.sourceIPAddress === LEARNER_SOURCE_IP && !r.errorCode,
		);
		expect(own?.userIdentity).toEqual(state.trail.find((r) => r.sourceIPAddress === ATTACKER_SOURCE_IP)?.userIdentity);
		expect(lastSignIn(variant('leaked-root-password', 'with-mfa').setup(testContext()))?.sourceIPAddress).toBe(
			LEARNER_SOURCE_IP,
		);
	});
});

describe('spending spike', () => {
	const mailOf = (state: SimState, kind: 'alarm' | 'budget-alert') => state.mailbox.filter((m) => m.kind === kind);
	/** The index of the first played step during which an email of this kind arrived. */
	const firstStepWith = (played: readonly PlayedStep[], kind: 'alarm' | 'budget-alert') =>
		played.findIndex((step) => step.mail.some((m) => m.kind === kind));

	it("builds its accounts with the console's monthly cost budget template, before the alarm", () => {
		const setup = variant('spending-spike', 'budget-and-alarm').setup(testContext());
		const request = monthlyCostBudgetRequest(setup.account.accountId, {
			amount: '50',
			emailAddresses: [setup.root.email],
		});
		const budget = setup.budgets[request.Budget.BudgetName];
		expect(budget?.BudgetLimit).toEqual({ Amount: '50', Unit: 'USD' });
		expect(budget?.notifications).toHaveLength(3);
		expect(budget?.notifications.map(({ NotificationState: _state, ...n }) => n)).toEqual(
			(request.NotificationsWithSubscribers ?? []).map(({ Notification, Subscribers }) => ({
				...Notification,
				subscribers: Subscribers,
			})),
		);
		const events = setup.trail.map((r) => r.eventName);
		expect(events.indexOf('CreateBudget')).toBeLessThan(events.indexOf('PutMetricAlarm'));
		for (const id of ['other-region', 'unconfirmed'])
			expect(Object.keys(variant('spending-spike', id).setup(testContext()).budgets), id).toEqual([]);
	});

	it('with a budget and a working alarm, the budget warns first on the forecast and the alarm follows', () => {
		const v = variant('spending-spike', 'budget-and-alarm');
		const { state, played } = playAll(v, testContext());
		// Your own launch, from your own address.
		expect(played[0]?.trail).toEqual([
			expect.objectContaining({
				eventName: 'RunInstances',
				sourceIPAddress: LEARNER_SOURCE_IP,
				userIdentity: expect.objectContaining({ type: 'Root' }),
			}),
		]);
		const budgetStep = firstStepWith(played, 'budget-alert');
		const alarmStep = firstStepWith(played, 'alarm');
		// Hours after the spike, not at once: both services see the charges only a few times a day.
		expect(budgetStep).toBeGreaterThan(0);
		expect(alarmStep).toBeGreaterThan(budgetStep);
		// The first budget email is the forecast, sent while the charges are still below the $50 both watch.
		const forecast = played[budgetStep]!.mail[0]!;
		expect(forecast).toMatchObject({ kind: 'budget-alert', from: expect.stringContaining('AWS Budgets') });
		expect(forecast.subject).toContain('forecasted to exceed');
		expect(forecast.body).toContain('FORECASTED');
		expect(played[budgetStep]!.result).toMatch(
			/^Charges this month: \$(\d\d)\.\d\d\. AWS Budgets emails you: the month's forecast is above \$50\.00\./,
		);
		expect(Number(/\$(\d+\.\d\d)/.exec(played[budgetStep]!.result)?.[1])).toBeLessThan(50);
		// The alarm's email comes through SNS.
		expect(played[alarmStep]!.mail).toEqual([
			expect.objectContaining({ kind: 'alarm', from: expect.stringContaining('sns.amazonaws.com') }),
		]);
		expect(played[alarmStep]!.result).toContain('1 alarm email');
		expect(mailOf(state, 'budget-alert').length).toBeGreaterThanOrEqual(1);
		const outcome = v.outcome(state);
		expect(outcome.safe).toBe(true);
		expect(outcome.text).toContain("The budget's email came first");
		expect(outcome.text).toContain('Neither email stopped the server');
	});

	it('each step lists exactly the emails that arrived during it', () => {
		for (const v of WHAT_IF_SCENARIOS.find((s) => s.id === 'spending-spike')!.variants) {
			const setup = v.setup(testContext());
			const { state, played } = playAll(v, testContext());
			expect(played.flatMap((step) => step.mail)).toEqual(state.mailbox.slice(setup.mailbox.length));
		}
	});

	it('without a budget, an alarm in the wrong Region or with an unconfirmed subscription emails nobody', () => {
		for (const id of ['other-region', 'unconfirmed']) {
			const { state, played } = playAll(variant('spending-spike', id), testContext());
			expect(mailOf(state, 'alarm'), id).toHaveLength(0);
			expect(mailOf(state, 'budget-alert'), id).toHaveLength(0);
			expect(played.at(-1)?.result, id).toContain('In your inbox: no alarm email.');
			const outcome = variant('spending-spike', id).outcome(state);
			expect(outcome.safe, id).toBe(false);
			expect(outcome.text, id).toMatch(/^No email ever arrives\./);
		}
	});

	it('with a budget, the alarm in the wrong Region stays silent but the budget still emails', () => {
		const v = variant('spending-spike', 'budget-other-region');
		const { state } = playAll(v, testContext());
		expect(mailOf(state, 'alarm')).toHaveLength(0);
		expect(mailOf(state, 'budget-alert').length).toBeGreaterThan(0);
		const outcome = v.outcome(state);
		expect(outcome).toMatchObject({ safe: true });
		expect(outcome.text).toMatch(/^The alarm stayed silent: billing metrics exist only in US East/);
	});
});

describe('iam-admin without MFA', () => {
	it('whoever has the password makes iam-admin an administrator', () => {
		const v = variant('iam-admin-without-mfa', 'without-mfa');
		const { state, played } = playAll(v, testContext());
		expect(played[2]?.trail).toEqual([
			expect.objectContaining({
				eventName: 'AttachUserPolicy',
				userIdentity: expect.objectContaining({ userName: 'iam-admin' }),
				sourceIPAddress: ATTACKER_SOURCE_IP,
			}),
		]);
		expect(attackerRows(state)).toEqual([
			['ConsoleLogin', 'IAMUser', 'ok'],
			['AttachUserPolicy', 'IAMUser', 'ok'],
			['RunInstances', 'IAMUser', 'ok'],
		]);
		expect(state.iam.users['iam-admin']?.attachedPolicyArns).toContain(ADMINISTRATOR_ACCESS.Arn);
		expect(v.outcome(state).safe).toBe(false);
	});

	it('with MFA the password alone gets nowhere', () => {
		const v = variant('iam-admin-without-mfa', 'with-mfa');
		const { state } = playAll(v, testContext());
		expect(state.iam.users['iam-admin']?.attachedPolicyArns).not.toContain(ADMINISTRATOR_ACCESS.Arn);
		expect(attackerRows(state)).toEqual([
			['CheckMfa', 'IAMUser', 'ok'],
			['ConsoleLogin', 'IAMUser', 'AuthenticationFailed'],
		]);
		expect(v.outcome(state).safe).toBe(true);
	});
});

describe('every scenario', () => {
	it.each(WHAT_IF_SCENARIOS.flatMap((s) => s.variants.map((v) => [s.id, v.id] as const)))(
		'%s / %s describes each step and ends with a lesson',
		(scenarioId, variantId) => {
			const { played } = playAll(variant(scenarioId, variantId), testContext());
			for (const step of played) expect(step.result.length).toBeGreaterThan(10);
			expect(WHAT_IF_SCENARIOS.find((s) => s.id === scenarioId)?.lesson.takeaway.length).toBeGreaterThan(20);
		},
	);
});

describe('the outline the page renders before the story downloads', () => {
	it('names every account and step exactly as the story plays them', () => {
		for (const scenario of WHAT_IF_SCENARIOS) {
			const outline = outlineOf(scenario);
			// Plain data: it crosses from the build to the browser as the island's props.
			expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
			expect(outline.variants.map((v) => v.id)).toEqual(scenario.variants.map((v) => v.id));
			scenario.variants.forEach((variant, index) => {
				const { played } = playAll(variant, testContext());
				expect(outline.variants[index]?.label).toBe(variant.label);
				expect(outline.variants[index]?.steps).toEqual(played.map(({ actor, title }) => ({ actor, title })));
			});
		}
	});
});
