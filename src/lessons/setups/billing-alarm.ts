import { zeroSpendBudgetRequest } from '@/simulator';
import type { LabSetup } from '../lab';
import { BILLING_REGION } from '../checks';
import { billingAlarmInput, confirmPendingSubscriptions, PRACTICE_ALERT_EMAIL, rootWithMfa } from '../scenarios';
import { must, mustCreateEmailTopic } from '../run';

/** Lesson 3 starts where lesson 2 ended: the root user has MFA and is signed in with it. */
export const billingAlarmSetup: LabSetup = {
	labId: 'billing-alarm',
	scenario: (ctx) => rootWithMfa(ctx).state,
	solve(state, ctx) {
		let next = must(
			state,
			{
				op: 'CreateBudget',
				input: zeroSpendBudgetRequest(state.account.accountId, { emailAddresses: [PRACTICE_ALERT_EMAIL] }),
			},
			ctx,
		);
		next = must(next, { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
		const topic = mustCreateEmailTopic(
			next,
			{ name: 'billing-alerts', email: PRACTICE_ALERT_EMAIL, region: BILLING_REGION },
			ctx,
		);
		next = topic.state;
		next = confirmPendingSubscriptions(next, ctx);
		// The lowest alarm sits just above today's charges, so the next billing update fires it.
		const low = Math.max(1, Math.ceil(next.billing.monthToDateUsd) + 1);
		for (const threshold of [low, low * 10]) {
			next = must(
				next,
				{
					op: 'PutMetricAlarm',
					input: billingAlarmInput(`billing-over-${threshold}-usd`, threshold, topic.topicArn),
					region: BILLING_REGION,
				},
				ctx,
			);
		}
		for (let day = 0; day < 31 && !next.mailbox.some((m) => m.kind === 'alarm'); day++) {
			next = must(next, { op: 'AdvanceBillingClock', input: { Hours: 24 } }, ctx);
		}
		return { state: next, answers: {} };
	},
};
