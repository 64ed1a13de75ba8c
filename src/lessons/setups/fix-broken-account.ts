import {
	ADMINISTRATOR_ACCESS,
	createUserWithConsoleAccess,
	IAM_FULL_ACCESS,
	monthlyCostBudgetRequest,
	zeroSpendBudgetRequest,
	type CallContext,
	type SimState,
} from '@/simulator';
import type { LabSetup } from '../lab';
import { BILLING_REGION, COURSE_USER } from '../checks';
import {
	assignVirtualMfa,
	billingAlarmInput,
	confirmPendingSubscriptions,
	freshAccount,
	PRACTICE_ALERT_EMAIL,
	ROOT_MFA_DEVICE,
	signInAsRoot,
} from '../scenarios';
import { HURRIED_IAM_ADMIN_PASSWORD, SILENT_BUDGET } from '../names';
import { must, mustCreateEmailTopic, mustWithOutput } from '../run';

/** The Region the broken account's alarm was mistakenly created in. */
const WRONG_REGION = 'eu-west-2';

/**
 * A monthly cost budget of $20 with no alerts, as **Customize (advanced)** creates it when every
 * alert is removed: the template's budget without its notifications.
 */
function silentBudgetRequest(accountId: string) {
	const { NotificationsWithSubscribers: _removed, ...budget } = monthlyCostBudgetRequest(accountId, {
		budgetName: SILENT_BUDGET,
		amount: '20',
		emailAddresses: [],
	});
	return budget;
}

/**
 * An account set up in a hurry: every fault is one the course warns about. Built through the
 * simulator's operations, so the console shows it exactly as it would any other account.
 */
function brokenAccount(ctx: CallContext): SimState {
	let state = signInAsRoot(freshAccount(ctx), ctx);
	state = must(state, { op: 'CreateAccessKey', input: {} }, ctx);
	state = must(state, { op: 'CreateBudget', input: silentBudgetRequest(state.account.accountId) }, ctx);
	state = must(state, { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
	// The billing metric appears a little after alerts are turned on; the account is a day old.
	state = must(state, { op: 'AdvanceBillingClock', input: { Hours: 1 } }, ctx);
	const home = mustCreateEmailTopic(
		state,
		{ name: 'billing-alerts', email: PRACTICE_ALERT_EMAIL, region: BILLING_REGION },
		ctx,
	);
	state = home.state;
	const away = mustWithOutput(
		state,
		{ op: 'CreateTopic', input: { Name: 'billing-alerts' }, region: WRONG_REGION },
		ctx,
	);
	state = must(
		away.state,
		{
			op: 'PutMetricAlarm',
			input: billingAlarmInput('billing-over-20-usd', 20, away.output.TopicArn),
			region: WRONG_REGION,
		},
		ctx,
	);
	const created = createUserWithConsoleAccess(
		state,
		{
			UserName: COURSE_USER,
			consoleAccess: true,
			password: { kind: 'custom', value: HURRIED_IAM_ADMIN_PASSWORD },
			PasswordResetRequired: false,
			PolicyArns: [ADMINISTRATOR_ACCESS.Arn],
		},
		ctx,
	);
	if (!created.ok) throw new Error(`Lab setup failed: create ${COURSE_USER}`);
	return created.state;
}

/** The challenge's broken account, and the fixes the health checks look for. */
export const fixBrokenAccountSetup: LabSetup = {
	labId: 'fix-broken-account',
	scenario: brokenAccount,
	solve(state, ctx) {
		let next = assignVirtualMfa(state, ctx, ROOT_MFA_DEVICE).state;
		for (const key of next.root.accessKeys)
			next = must(next, { op: 'DeleteAccessKey', input: { AccessKeyId: key.AccessKeyId } }, ctx);
		next = must(
			next,
			{ op: 'AttachUserPolicy', input: { UserName: COURSE_USER, PolicyArn: IAM_FULL_ACCESS.Arn } },
			ctx,
		);
		next = must(
			next,
			{ op: 'DetachUserPolicy', input: { UserName: COURSE_USER, PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			ctx,
		);
		next = assignVirtualMfa(next, ctx, `${COURSE_USER}-phone`, COURSE_USER).state;
		const accountId = next.account.accountId;
		next = must(
			next,
			{ op: 'CreateBudget', input: zeroSpendBudgetRequest(accountId, { emailAddresses: [PRACTICE_ALERT_EMAIL] }) },
			ctx,
		);
		next = must(next, { op: 'DeleteBudget', input: { AccountId: accountId, BudgetName: SILENT_BUDGET } }, ctx);
		const topic = Object.values(next.sns[BILLING_REGION]?.topics ?? {})[0];
		if (!topic) throw new Error('Lab setup failed: no topic in us-east-1');
		next = must(
			next,
			{
				op: 'PutMetricAlarm',
				input: billingAlarmInput('billing-over-10-usd', 10, topic.TopicArn),
				region: BILLING_REGION,
			},
			ctx,
		);
		return { state: confirmPendingSubscriptions(next, ctx), answers: {} };
	},
};
