import {
	ADMINISTRATOR_ACCESS,
	createUserWithConsoleAccess,
	IAM_FULL_ACCESS,
	monthlyCostBudgetRequest,
	zeroSpendBudgetRequest,
	type CallContext,
	type SimState,
} from '@/simulator';
import type { Lab, LabTask } from '../lab';
import { BILLING_REGION, COURSE_USER, healthOf } from '../checks';
import { findHealthCheck } from '../health/registry';
import {
	assignVirtualMfa,
	billingAlarmInput,
	confirmPendingSubscriptions,
	freshAccount,
	PRACTICE_ALERT_EMAIL,
	ROOT_MFA_DEVICE,
	signInAsRoot,
} from '../scenarios';
import { HURRIED_IAM_ADMIN_PASSWORD } from '../practice-passwords';
import { must, mustWithOutput } from '../run';

/** The Region the broken account's alarm was mistakenly created in. */
const WRONG_REGION = 'eu-west-2';
/** The broken account's budget: it tracks spending, but its alerts were removed, so it tells nobody. */
const SILENT_BUDGET = 'Monthly budget';

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
	const home = mustWithOutput(
		state,
		{ op: 'CreateTopic', input: { Name: 'billing-alerts' }, region: BILLING_REGION },
		ctx,
	);
	state = must(
		home.state,
		{
			op: 'Subscribe',
			input: { TopicArn: home.output.TopicArn, Protocol: 'email', Endpoint: PRACTICE_ALERT_EMAIL },
			region: BILLING_REGION,
		},
		ctx,
	);
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

/** A task whose check is the account health check with the same id. */
function healthTask(id: string, title: string, hints: LabTask['hints']): LabTask {
	const health = findHealthCheck(id);
	if (!health) throw new Error(`No health check ${id}`);
	return { id, title, hints, check: (state) => healthOf(state, (facts) => health.check(facts)) };
}

/** The challenge: find and fix every fault; graded by the same health checks as the real-account page. */
export const fixBrokenAccountLab: Lab = {
	id: 'fix-broken-account',
	title: 'Fix this broken account',
	startScreen: 'console-home',
	scenario: brokenAccount,
	tasks: [
		healthTask('root-mfa', 'The root user has MFA', [
			"The account's most powerful identity is protected by a password alone.",
			"Look at the root user's Security credentials (account menu, top right).",
			'Security credentials → Assign MFA device → Authenticator app → two consecutive codes → Add MFA.',
		]),
		healthTask('root-access-keys', 'The root user has no access keys', [
			'Something on the root user works without a password or MFA at all, and never expires.',
			"The root user's Security credentials page has a section for keys used by programs.",
			'Security credentials → Access keys → select the key → Actions → Delete.',
		]),
		healthTask('admin-iam-full-access', `${COURSE_USER} has IAMFullAccess`, [
			`${COURSE_USER} was given the wrong policy: it should manage IAM, and the policy it needs is missing.`,
			`IAM → Users → ${COURSE_USER} → Permissions.`,
			'Add permissions → Attach policies directly → IAMFullAccess → Next → Add permissions.',
		]),
		healthTask('admin-nothing-beyond-iam', `${COURSE_USER} has nothing beyond IAM`, [
			`Least privilege: ${COURSE_USER} can do far more than its job needs.`,
			`IAM → Users → ${COURSE_USER} → Permissions: look at every policy listed.`,
			'Select AdministratorAccess → Remove.',
		]),
		healthTask('admin-mfa', `${COURSE_USER} has MFA`, [
			`A user who can manage IAM can make itself an administrator, so its password alone should not be enough.`,
			`IAM → Users → ${COURSE_USER} → Security credentials.`,
			'Assign MFA device → Authenticator app → two consecutive codes → Add MFA.',
		]),
		healthTask('budget-alert', 'A budget that tells you when spending passes it', [
			'There is a budget, but a budget warns you only through its alerts, and this one has none.',
			'Billing and Cost Management → Budgets: look at the Thresholds column.',
			'Budgets → Create budget → Use a template (simplified) → Zero spend budget → type your email address in Email recipients → Create budget. Then select the budget with no alerts → Delete.',
		]),
		healthTask('billing-alarm', 'A billing alarm that can fire', [
			'There is a billing alarm, but it will never go off. Billing metrics exist in only one Region.',
			'CloudWatch → Alarms, and look at the Region selector in the navigation bar.',
			'Switch to US East (N. Virginia) → CloudWatch → Alarms → Create alarm → Billing → Total Estimated Charge → EstimatedCharges → Greater than an amount → notify the billing-alerts topic.',
		]),
		healthTask('alarm-subscription-confirmed', 'Its email subscription is confirmed', [
			'SNS emails nobody until the address confirms it wants the messages.',
			'The practice Inbox has been waiting for you since the account was set up.',
			'Inbox → "AWS Notification - Subscription Confirmation" → Confirm subscription (and make sure your new alarm notifies that topic).',
		]),
	],
	solutionSteps: [
		'Account menu → Security credentials → Assign MFA device for the root user.',
		'Security credentials → Access keys → delete the root access key.',
		`IAM → Users → ${COURSE_USER} → Permissions → add IAMFullAccess and remove AdministratorAccess.`,
		`IAM → Users → ${COURSE_USER} → Security credentials → Assign MFA device.`,
		`Billing and Cost Management → Budgets → Create budget → Use a template (simplified) → Zero spend budget with your email address → Create budget; then delete "${SILENT_BUDGET}", which has no alerts.`,
		'Switch to US East (N. Virginia) → CloudWatch → Alarms → Create alarm on EstimatedCharges, notifying billing-alerts.',
		'Inbox → Confirm subscription.',
	],
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
