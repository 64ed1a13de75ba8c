import { monthlyCostBudgetRequest, regionName, type CallContext, type SimState } from '@/simulator';
import { BILLING_REGION } from '../checks';
import { billingAlarmInput, confirmPendingSubscriptions, PRACTICE_ALERT_EMAIL, rootWithMfa } from '../scenarios';
import { must, mustWithOutput } from '../run';
import { usd, type WhatIfScenario, type WhatIfStep, type WhatIfVariant } from './what-if';

/**
 * "Your spending jumps": a forgotten GPU server, watched by a budget, a billing alarm, both or
 * neither working. The budget's email comes from AWS Budgets itself; the alarm's goes through SNS.
 */

/**
 * The line both guardrails watch, in USD: a little above the practice account's usual month
 * ($4.20 so far and $0.06 an hour, at most about $49 by the month's end), so neither fires
 * unless something new starts charging.
 */
const LIMIT_USD = 50;
/**
 * Hours between creating the budget and creating the alarm, both before the story begins. AWS
 * Budgets checks spending every 8 hours here, so its next check comes this long before 8 hours
 * into the story, and the budget's forecast can be seen to come before the alarm.
 */
const BUDGET_HEAD_START_HOURS = 4;

interface Guardrails {
	readonly budget: boolean;
	readonly alarmRegion: string;
	readonly confirmed: boolean;
}

/**
 * The account after lesson 3, with this version's mistakes: a monthly cost budget of $50 emailing
 * the practice inbox (created first, as the lesson teaches) or none, then a billing alarm at $50 in
 * `alarmRegion`, notifying a topic whose email subscription is confirmed or not.
 */
function accountWithGuardrails(ctx: CallContext, { budget, alarmRegion, confirmed }: Guardrails): SimState {
	let state = rootWithMfa(ctx).state;
	if (budget) {
		const request = monthlyCostBudgetRequest(state.account.accountId, {
			amount: String(LIMIT_USD),
			emailAddresses: [PRACTICE_ALERT_EMAIL],
		});
		state = must(state, { op: 'CreateBudget', input: request }, ctx);
	}
	state = must(state, { op: 'AdvanceBillingClock', input: { Hours: BUDGET_HEAD_START_HOURS } }, ctx);
	state = must(state, { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
	const region = alarmRegion;
	const topic = mustWithOutput(state, { op: 'CreateTopic', input: { Name: 'billing-alerts' }, region }, ctx);
	state = must(
		topic.state,
		{
			op: 'Subscribe',
			input: { TopicArn: topic.output.TopicArn, Protocol: 'email', Endpoint: PRACTICE_ALERT_EMAIL },
			region,
		},
		ctx,
	);
	if (confirmed) state = confirmPendingSubscriptions(state, ctx);
	return must(
		state,
		{
			op: 'PutMetricAlarm',
			input: billingAlarmInput(`billing-over-${LIMIT_USD}-usd`, LIMIT_USD, topic.output.TopicArn),
			region,
		},
		ctx,
	);
}

const emailsOfKind = (state: SimState, kind: 'alarm' | 'budget-alert') => state.mailbox.filter((m) => m.kind === kind);
const hasBudget = (state: SimState) => Object.keys(state.budgets).length > 0;

const countText = (count: number, what: string) =>
	count === 0 ? `no ${what}` : `${count} ${what}${count > 1 ? 's' : ''}`;

/** The budget alerts that fired between `before` and `after`, in words ("the forecast is above $50.00"). */
function newBudgetAlerts(before: SimState, after: SimState): string[] {
	return Object.values(after.budgets).flatMap((budget) => {
		const earlier = Object.values(before.budgets).find((b) => b.BudgetName === budget.BudgetName);
		return budget.notifications
			.filter(
				(n, index) => n.NotificationState === 'ALARM' && earlier?.notifications[index]?.NotificationState !== 'ALARM',
			)
			.map((n) => {
				const dollars =
					n.ThresholdType === 'PERCENTAGE' ? (Number(budget.BudgetLimit.Amount) * n.Threshold) / 100 : n.Threshold;
				return n.NotificationType === 'FORECASTED'
					? `the month's forecast is above ${usd(dollars)}`
					: `actual charges are above ${usd(dollars)}`;
			});
	});
}

function hoursPass(hours: number): WhatIfStep {
	return {
		actor: 'aws',
		title: `${hours} hours pass on the billing clock`,
		calls: () => [{ op: 'AdvanceBillingClock', input: { Hours: hours } }],
		describe: (after, _responses, before) => {
			const alarms = Object.entries(after.cloudwatch).flatMap(([region, cw]) =>
				Object.values(cw.alarms).map((a) => `The alarm ${a.AlarmName} (${region}) is ${a.StateValue}.`),
			);
			const budgetAlerts = newBudgetAlerts(before, after);
			const budgetNews = budgetAlerts.length > 0 ? [`AWS Budgets emails you: ${budgetAlerts.join('; ')}.`] : [];
			const inbox = [
				...(hasBudget(after)
					? [`${countText(emailsOfKind(after, 'budget-alert').length, 'email')} from AWS Budgets`]
					: []),
				countText(emailsOfKind(after, 'alarm').length, 'alarm email'),
			];
			return [
				`Charges this month: ${usd(after.billing.monthToDateUsd)}.`,
				...budgetNews,
				...alarms,
				`In your inbox: ${inbox.join(', ')}.`,
			].join(' ');
		},
	};
}

/** A GPU server for an experiment: about $5.67 an hour. */
const TEST_SERVER = { InstanceType: 'g5.12xlarge', MinCount: 1, MaxCount: 1 } as const;

const spike: WhatIfStep = {
	actor: 'you',
	title: `Start a GPU test server (${TEST_SERVER.InstanceType}, about $5.67 an hour) and forget it`,
	calls: () => [{ op: 'RunInstances', input: TEST_SERVER, region: BILLING_REGION }],
	describe: (after) =>
		`Nothing visible happens: charges are ${usd(after.billing.monthToDateUsd)}, and AWS counts them up only a few times a day, for CloudWatch and for AWS Budgets alike.`,
};

const spikeSteps = [spike, hoursPass(4), hoursPass(8), hoursPass(12)];

/** The ending, from what reached the inbox; `silentAlarm` says why this version's alarm emails nobody. */
function spikeOutcome(silentAlarm: string): WhatIfVariant['outcome'] {
	return (state) => {
		const [budgetMail] = emailsOfKind(state, 'budget-alert');
		const [alarmMail] = emailsOfKind(state, 'alarm');
		const stillCharging = `Neither email stopped the server: it charges ${usd(state.billing.spendRateUsdPerHour)} an hour until you stop it.`;
		if (budgetMail && alarmMail) {
			const forecastFired = Object.values(state.budgets).some((b) =>
				b.notifications.some((n) => n.NotificationType === 'FORECASTED' && n.NotificationState === 'ALARM'),
			);
			const budgetFirst = state.mailbox.indexOf(budgetMail) < state.mailbox.indexOf(alarmMail);
			const first = budgetFirst
				? forecastFired
					? `The budget's email came first ("${budgetMail.subject}"): AWS Budgets saw the month heading past ${usd(LIMIT_USD)} before the money was spent.`
					: `The budget's email came first ("${budgetMail.subject}").`
				: `The alarm's email came first ("${alarmMail.subject}").`;
			return {
				safe: true,
				text: `Both guardrails emailed you: the budget straight from AWS Budgets, the alarm through your SNS topic. ${first} ${stillCharging}`,
			};
		}
		if (budgetMail)
			return {
				safe: true,
				text: `The alarm stayed silent: ${silentAlarm} But the budget's email arrived ("${budgetMail.subject}"). A budget has no Region, metric or topic to get wrong. ${stillCharging}`,
			};
		if (alarmMail)
			return {
				safe: true,
				text: `The alarm email arrived: "${alarmMail.subject}". You find the server after a day, not at the end of the month.`,
			};
		return {
			safe: false,
			text: `No email ever arrives. ${silentAlarm} The charges reach ${usd(state.billing.monthToDateUsd)} and keep growing; you find out from the bill.`,
		};
	};
}

const WRONG_REGION = 'eu-west-1';
const wrongRegionReason = `billing metrics exist only in ${regionName(BILLING_REGION)}, so an alarm in ${regionName(WRONG_REGION)} has nothing to watch.`;
const unconfirmedReason =
	'SNS emails nobody until the subscription is confirmed, so whatever the alarm does reaches no one.';
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The spending story, in four accounts that each differ from another in one guardrail. */
export const spendingSpike: WhatIfScenario = {
	id: 'spending-spike',
	title: 'Your spending jumps',
	premise:
		'You try something out and forget to switch it off. Do your budget and your billing alarm tell you? Both are set at $50, a little above your usual month.',
	variants: [
		{
			id: 'budget-and-alarm',
			label: `A budget, and an alarm in ${regionName(BILLING_REGION)} with a confirmed subscription`,
			setup: (ctx) => accountWithGuardrails(ctx, { budget: true, alarmRegion: BILLING_REGION, confirmed: true }),
			steps: spikeSteps,
			outcome: spikeOutcome(`the charges it saw had not passed ${usd(LIMIT_USD)} when the story ended.`),
		},
		{
			id: 'other-region',
			label: `No budget, and the alarm in ${regionName(WRONG_REGION)}`,
			setup: (ctx) => accountWithGuardrails(ctx, { budget: false, alarmRegion: WRONG_REGION, confirmed: true }),
			steps: spikeSteps,
			outcome: spikeOutcome(capitalized(wrongRegionReason)),
		},
		{
			id: 'unconfirmed',
			label: 'No budget, and the alarm subscription never confirmed',
			setup: (ctx) => accountWithGuardrails(ctx, { budget: false, alarmRegion: BILLING_REGION, confirmed: false }),
			steps: spikeSteps,
			outcome: spikeOutcome(capitalized(unconfirmedReason)),
		},
		{
			id: 'budget-other-region',
			label: `A budget, and the alarm in ${regionName(WRONG_REGION)}`,
			setup: (ctx) => accountWithGuardrails(ctx, { budget: true, alarmRegion: WRONG_REGION, confirmed: true }),
			steps: spikeSteps,
			outcome: spikeOutcome(wrongRegionReason),
		},
	],
	lesson: {
		slug: 'billing-alarm',
		title: 'Create a billing alarm',
		takeaway:
			'A budget needs no Region, metric or SNS topic, and it can warn on the forecast, before the money is spent; a billing alarm is a second, independent warning, silent if it sits outside US East (N. Virginia) or nobody confirmed its subscription. Neither stops the spending: each email is your cue to go and stop it.',
	},
};
