import {
	monthlyCostBudgetRequest,
	regionName,
	zeroSpendBudgetRequest,
	type Budget,
	type CreateBudgetInput,
	type SimState,
} from '@/simulator';
import { BILLING_REGION, COURSE_USER, findUserIgnoringCase, effectivePolicyArns } from './checks';

/**
 * The learner's runbook: the steps of the course for their real account, in order, filled in
 * with the choices they made in the labs (device names, thresholds, the user name). It reads
 * saved practice accounts and never includes a password, an MFA secret, a key or an email.
 */

export interface RunbookStep {
	readonly id: string;
	readonly title: string;
	readonly consoleUrl: string;
	readonly consoleLabel: string;
	/** The learner's own choices for this step, or the course's defaults when there is no practice account. */
	readonly details: readonly string[];
	/** Whether the details come from the learner's practice. */
	readonly fromPractice: boolean;
}

/** The labs whose saved accounts the runbook reads. */
export const RUNBOOK_LAB_IDS = ['root-mfa', 'billing-alarm', 'create-iam-user', 'iam-user-mfa'] as const;
export type RunbookLabId = (typeof RUNBOOK_LAB_IDS)[number];

const deviceNames = (serials: readonly string[]) => serials.map((serial) => serial.slice(serial.lastIndexOf('/') + 1));
const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
const quote = (text: string) => `"${text}"`;

function rootMfaStep(state: SimState | undefined): RunbookStep {
	const names = state ? deviceNames(state.root.mfaSerials) : [];
	return {
		id: 'root-mfa',
		title: 'Add MFA to the root user',
		consoleUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
		consoleLabel: 'Security credentials',
		details:
			names.length > 0
				? [
						`Assign MFA device → Device name ${quote(names[0] ?? '')} → Authenticator app → Show QR code → MFA code 1 and MFA code 2 → Add MFA.`,
						'Check that your authenticator app backs up its codes.',
					]
				: [
						'Assign MFA device → choose a device name (for example "root-phone") → Authenticator app → two consecutive codes → Add MFA.',
					],
		fromPractice: names.length > 0,
	};
}

/** Whether a budget has the amount and alerts of this template's request (names and recipients aside). */
function madeFrom(budget: Budget, template: CreateBudgetInput): boolean {
	const wanted = template.NotificationsWithSubscribers ?? [];
	return (
		Number(budget.BudgetLimit.Amount) === Number(template.Budget.BudgetLimit.Amount) &&
		budget.TimeUnit === template.Budget.TimeUnit &&
		budget.notifications.length === wanted.length &&
		wanted.every(({ Notification: alert }, index) => {
			const n = budget.notifications[index];
			return (
				n?.NotificationType === alert.NotificationType &&
				n.ComparisonOperator === alert.ComparisonOperator &&
				n.Threshold === alert.Threshold &&
				n.ThresholdType === (alert.ThresholdType ?? 'PERCENTAGE')
			);
		})
	);
}

const emailsSomeone = (budget: Budget) =>
	budget.notifications.some((n) => n.subscribers.some((s) => s.SubscriptionType === 'EMAIL'));

/** The runbook never shows an email address, so a budget name holding one is left out. */
const showsEmail = (budget: Budget) => budget.BudgetName.includes('@');

/** How to create this practice budget on the real console, in the console's own words. */
function budgetLine(budget: Budget, accountId: string): string {
	const name = showsEmail(budget) ? 'a name of your choice' : quote(budget.BudgetName);
	const amount = budget.BudgetLimit.Amount;
	const email = 'type your email address in Email recipients → Create budget.';
	const options = { budgetName: budget.BudgetName, emailAddresses: [] };
	if (madeFrom(budget, zeroSpendBudgetRequest(accountId, options)))
		return `Create budget → Use a template (simplified) → Zero spend budget → Budget name ${name} → ${email}`;
	if (madeFrom(budget, monthlyCostBudgetRequest(accountId, { ...options, amount })))
		return `Create budget → Use a template (simplified) → Monthly cost budget → Budget name ${name} → Enter your budgeted amount ($) ${amount} → ${email}`;
	const alerts = budget.notifications.map(
		(n) =>
			`${n.ThresholdType === 'PERCENTAGE' ? `${n.Threshold}%` : `$${n.Threshold}`} of ${n.NotificationType === 'FORECASTED' ? 'forecasted' : 'actual'} spend`,
	);
	return `Create budget → Customize (advanced) → Budget name ${name} → budgeted amount $${amount} a month → alerts at ${alerts.join(', ')}, each with your email address → Create budget.`;
}

/** The budget step: the budgets the learner made in practice that email someone, or the zero spend template. */
function budgetStep(state: SimState | undefined): RunbookStep {
	const budgets = state ? Object.values(state.budgets) : [];
	const practised = budgets.filter(emailsSomeone);
	const silent = budgets
		.filter((budget) => !emailsSomeone(budget))
		.map(
			(budget) =>
				`In practice ${showsEmail(budget) ? 'one budget' : `the budget ${quote(budget.BudgetName)}`} emailed nobody; on your real account give every budget an alert with your email address.`,
		);
	return {
		id: 'cost-budget',
		title: 'Create a budget that emails you',
		consoleUrl: 'https://us-east-1.console.aws.amazon.com/costmanagement/home#/budgets',
		consoleLabel: 'Budgets in Billing and Cost Management',
		details: [
			...(state && practised.length > 0
				? practised.map((budget) => budgetLine(budget, state.account.accountId))
				: [
						'Create budget → Use a template (simplified) → Zero spend budget (or Monthly cost budget, with an amount) → type your email address in Email recipients → Create budget.',
					]),
			'No Region to choose and no subscription to confirm: the budget covers the whole account, and its alert email comes straight from AWS Budgets.',
			...silent,
		],
		fromPractice: practised.length > 0,
	};
}

function billingSteps(state: SimState | undefined): RunbookStep[] {
	const alarms = state
		? Object.entries(state.cloudwatch).flatMap(([region, cw]) =>
				Object.values(cw.alarms).map((alarm) => ({ region, alarm })),
			)
		: [];
	const billing = alarms.filter(
		({ alarm }) => alarm.Namespace === 'AWS/Billing' && alarm.MetricName === 'EstimatedCharges',
	);
	const inRegion = billing
		.filter(({ region }) => region === BILLING_REGION)
		.sort((a, b) => a.alarm.Threshold - b.alarm.Threshold);
	const elsewhere = billing.filter(({ region }) => region !== BILLING_REGION);
	const topicNames = [
		...new Set(inRegion.flatMap(({ alarm }) => alarm.AlarmActions.map((arn) => arn.slice(arn.lastIndexOf(':') + 1)))),
	];
	const alarmLines = inRegion.map(
		({ alarm }) =>
			`Alarm ${quote(alarm.AlarmName)}: EstimatedCharges (USD), ${alarm.ComparisonOperator === 'GreaterThanOrEqualToThreshold' ? 'greater/equal' : 'greater'} than $${alarm.Threshold}, Region ${regionName(BILLING_REGION)} (${BILLING_REGION}).`,
	);
	const warnings = elsewhere.map(
		({ region, alarm }) =>
			`In practice ${quote(alarm.AlarmName)} ended up in ${regionName(region)} (${region}); on your real account create it in ${regionName(BILLING_REGION)} only.`,
	);
	return [
		{
			id: 'billing-alerts',
			title: 'Turn on billing alerts',
			consoleUrl: 'https://us-east-1.console.aws.amazon.com/billing/home#/preferences',
			consoleLabel: 'Billing preferences',
			details: [
				'Alert preferences → Edit → tick Receive CloudWatch billing alerts → Update. Allow about 15 minutes before creating alarms.',
			],
			fromPractice: state?.billing.alertsEnabled ?? false,
		},
		{
			id: 'billing-alarms',
			title: `Create billing alarms in ${regionName(BILLING_REGION)}`,
			consoleUrl: 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:',
			consoleLabel: 'CloudWatch alarms in US East (N. Virginia)',
			details:
				alarmLines.length > 0
					? [
							`Check that the Region selector says ${regionName(BILLING_REGION)}.`,
							...alarmLines,
							topicNames.length > 0
								? `Notify the SNS topic ${topicNames.map(quote).join(', ')} with your own email address.`
								: 'Notify an SNS topic with your own email address.',
							...warnings,
						]
					: [
							`Check the Region selector says ${regionName(BILLING_REGION)}. Create two alarms on EstimatedCharges (USD), for example greater than $10 and $100, notifying an SNS topic with your email.`,
							...warnings,
						],
			fromPractice: alarmLines.length > 0,
		},
		{
			id: 'confirm-subscription',
			title: 'Confirm the email subscription',
			consoleUrl: 'https://us-east-1.console.aws.amazon.com/sns/v3/home?region=us-east-1#/subscriptions',
			consoleLabel: 'SNS subscriptions in US East (N. Virginia)',
			details: [
				'Open the "AWS Notification - Subscription Confirmation" email and choose Confirm subscription. The subscription should then show a full ARN instead of PendingConfirmation.',
			],
			fromPractice: false,
		},
	];
}

function iamUserSteps(created: SimState | undefined, withMfa: SimState | undefined): RunbookStep[] {
	const user = created
		? (findUserIgnoringCase(created, COURSE_USER) ?? Object.values(created.iam.users)[0])
		: undefined;
	const userName = user?.UserName ?? COURSE_USER;
	const policies = user && created ? effectivePolicyArns(created, user).map(policyName) : [];
	const mfaUser = withMfa ? findUserIgnoringCase(withMfa, userName) : undefined;
	const mfaNames = mfaUser ? deviceNames(mfaUser.mfaSerials) : [];
	const createDetails = user
		? [
				`User name ${quote(userName)}.`,
				user.loginProfile
					? 'Tick Provide user access to the AWS Management Console - optional → I want to create an IAM user → Autogenerated password.'
					: 'Give it console access (you did not in practice; it needs a password to sign in).',
				user.loginProfile?.PasswordResetRequired
					? 'Leave Users must create a new password at next sign-in - Recommended ticked.'
					: 'Decide whether the user must create a new password at next sign-in.',
				`Attach policies directly → ${policies.length > 0 ? policies.join(', ') : 'IAMFullAccess'}.`,
				'Store the password in your password manager, never in a note.',
			]
		: [
				`User name ${quote(COURSE_USER)} → console access with an autogenerated password → Attach policies directly → IAMFullAccess only.`,
			];
	return [
		{
			id: 'create-iam-user',
			title: `Create ${userName}`,
			consoleUrl: 'https://console.aws.amazon.com/iam/home#/users',
			consoleLabel: 'IAM users',
			details: createDetails,
			fromPractice: user !== undefined,
		},
		{
			id: 'iam-user-sign-in',
			title: `Sign out of root and sign in as ${userName}`,
			consoleUrl: 'https://console.aws.amazon.com/',
			consoleLabel: 'AWS sign-in',
			details: [
				`Choose IAM user → your 12-digit account ID → ${quote(userName)} → its password. Bookmark https://<your account ID>.signin.aws.amazon.com/console.`,
			],
			fromPractice: false,
		},
		{
			id: 'iam-user-mfa',
			title: `Add MFA to ${userName}`,
			consoleUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
			consoleLabel: 'Security credentials',
			details:
				mfaNames.length > 0
					? [
							`Signed in as ${userName}: Assign MFA device → Device name ${quote(mfaNames[0] ?? '')} → Authenticator app → two consecutive codes → Add MFA.`,
							'Sign out and back in with a code to prove it works.',
						]
					: [
							`Signed in as ${userName}: Assign MFA device → a device name such as "${userName}-phone" → Authenticator app → two consecutive codes → Add MFA.`,
						],
			fromPractice: mfaNames.length > 0,
		},
	];
}

/** The runbook from whatever practice accounts are saved (any may be missing). */
export function buildRunbook(accounts: Partial<Record<RunbookLabId, SimState>>): RunbookStep[] {
	return [
		{
			id: 'root-sign-in',
			title: 'Sign in as the root user',
			consoleUrl: 'https://console.aws.amazon.com/',
			consoleLabel: 'AWS sign-in',
			details: [
				'Choose Root user and sign in with your account email address. Check the address bar shows an aws.amazon.com address first.',
			],
			fromPractice: false,
		},
		rootMfaStep(accounts['root-mfa']),
		budgetStep(accounts['billing-alarm']),
		...billingSteps(accounts['billing-alarm']),
		...iamUserSteps(accounts['create-iam-user'], accounts['iam-user-mfa']),
		{
			id: 'recovery-details',
			title: 'Check what can recover the root user',
			consoleUrl: 'https://console.aws.amazon.com/billing/home#/account',
			consoleLabel: 'Account',
			details: [
				'Check that the contact phone number is current: with the root email address, it is how you get back in after losing the MFA device.',
				'Give the mailbox of the root email address a strong password and MFA of its own.',
				'Consider a second MFA device for the root user (up to eight are allowed), kept somewhere safe.',
			],
			fromPractice: false,
		},
	];
}

/** The runbook as a Markdown checklist, for download. */
export function runbookMarkdown(steps: readonly RunbookStep[]): string {
	const lines = [
		'# My AWS account security runbook',
		'',
		'Do these in order, on the real AWS console, in one sitting.',
		'',
	];
	steps.forEach((step, index) => {
		lines.push(`- [ ] **${index + 1}. ${step.title}** — [${step.consoleLabel}](${step.consoleUrl})`);
		for (const detail of step.details) lines.push(`  - ${detail}`);
	});
	lines.push(
		'',
		'Then check the result: https://console.aws.amazon.com/ → AWS CloudShell, and the course page "Check your real account".',
		'',
	);
	return lines.join('\n');
}
