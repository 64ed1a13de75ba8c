import { describe, expect, it } from 'vitest';
import { ADMINISTRATOR_ACCESS, LEARNER_SOURCE_IP, type CallContext, type SimState } from '@/simulator';
import { WHAT_IF_SCENARIOS } from '@/lessons/what-if/scenarios';
import { ATTACKER_SOURCE_IP, lastSignIn, playAll } from '@/lessons/what-if/what-if';
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
	it('emails only with the alarm in us-east-1 and a confirmed subscription, hours after the spike', () => {
		const working = playAll(variant('spending-spike', 'working-alarm'), testContext());
		expect(working.state.mailbox.filter((m) => m.kind === 'alarm')).toHaveLength(1);
		// Your own launch, from your own address.
		expect(working.played[0]?.trail).toEqual([
			expect.objectContaining({
				eventName: 'RunInstances',
				sourceIPAddress: LEARNER_SOURCE_IP,
				userIdentity: expect.objectContaining({ type: 'Root' }),
			}),
		]);
		// Hours later, as billing data arrives: not right after the spike.
		const firstWithEmail = working.played.findIndex((step) => step.result.includes('Alarm emails in your inbox'));
		expect(firstWithEmail).toBeGreaterThan(0);
		expect(working.played[firstWithEmail]!.clock - working.played[0]!.clock).toBeGreaterThanOrEqual(6 * 3_600_000);
		expect(variant('spending-spike', 'working-alarm').outcome(working.state).safe).toBe(true);
		for (const id of ['other-region', 'unconfirmed']) {
			const { state } = playAll(variant('spending-spike', id), testContext());
			expect(
				state.mailbox.filter((m) => m.kind === 'alarm'),
				id,
			).toHaveLength(0);
			expect(variant('spending-spike', id).outcome(state).safe, id).toBe(false);
		}
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
