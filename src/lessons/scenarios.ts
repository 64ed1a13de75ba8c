import {
	createFreshAccount,
	createUserWithConsoleAccess,
	IAM_FULL_ACCESS,
	PRACTICE_ROOT,
	type CallContext,
	type SimState,
} from '@/simulator';
import { BILLING_REGION, COURSE_USER } from './checks';
import { consecutiveCodes, laterBy, must, mustAll, mustCreateEmailTopic, mustWithOutput } from './run';

/**
 * Starting accounts for the labs. Each lab starts where the previous lesson left off, and every
 * state is built through the simulator's public operations, so it is always a state the console
 * could reach. They run when the site is built (see `starting-accounts.ts`), not in the browser.
 */

import { IAM_ADMIN_FIRST_PASSWORD, ROOT_MFA_DEVICE } from './names';
export { IAM_ADMIN_FIRST_PASSWORD, IAM_ADMIN_PASSWORD } from './names';
export { ROOT_MFA_DEVICE } from './names';
export const PRACTICE_ALERT_EMAIL = PRACTICE_ROOT.email;

/** A fresh practice account with nobody signed in. */
export function freshAccount(ctx: CallContext): SimState {
	return createFreshAccount(ctx);
}

/**
 * Signs in as the root user with the practice password. A root user without MFA meets the prompt
 * to register it and skips it, as a learner may for 35 days; one with MFA is left at the MFA step.
 */
export function signInAsRoot(state: SimState, ctx: CallContext): SimState {
	const afterPassword = must(
		state,
		{ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password } },
		ctx,
	);
	return afterPassword.pendingSignIn?.step === 'mfaRegistration'
		? must(afterPassword, { op: 'SkipMFARegistration', input: {} }, ctx)
		: afterPassword;
}

export function signOut(state: SimState, ctx: CallContext): SimState {
	return must(state, { op: 'ConsoleLogout', input: {} }, ctx);
}

/**
 * Assigns a virtual MFA device to the signed-in identity (or `userName`) with two consecutive
 * codes. Returns the device's secret so the caller can sign in with a later code.
 */
export function assignVirtualMfa(
	state: SimState,
	ctx: CallContext,
	deviceName: string,
	userName?: string,
): { state: SimState; secret: string } {
	const created = mustWithOutput(
		state,
		{ op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: deviceName } },
		ctx,
	);
	const { SerialNumber, Base32StringSeed } = created.output.VirtualMFADevice;
	const enabled = must(
		created.state,
		{
			op: 'EnableMFADevice',
			input: {
				...(userName === undefined ? {} : { UserName: userName }),
				SerialNumber,
				...consecutiveCodes(Base32StringSeed, ctx),
			},
		},
		ctx,
	);
	return { state: enabled, secret: Base32StringSeed };
}

/** Signs in with a password and, when asked, an MFA code from a step after the last one used. */
export function signInWithMfa(
	state: SimState,
	ctx: CallContext,
	login: Parameters<typeof must>[1] & { op: 'ConsoleLogin' },
	code: (ctx: CallContext) => string,
): SimState {
	const afterPassword = must(state, login, ctx);
	return must(afterPassword, { op: 'ConsoleLoginMFA', input: { AuthenticationCode: code(ctx) } }, ctx);
}

/** Root has an MFA device and is signed in with it (where "Add MFA to the root user" ends). */
export function rootWithMfa(ctx: CallContext): { state: SimState; rootSecret: string } {
	const signedIn = signInAsRoot(freshAccount(ctx), ctx);
	const { state, secret } = assignVirtualMfa(signedIn, ctx, ROOT_MFA_DEVICE);
	return { state, rootSecret: secret };
}

/** Billing alerts on, two billing alarms in us-east-1 with a confirmed email subscription. */
export function withBillingAlarms(state: SimState, ctx: CallContext): SimState {
	let next = must(state, { op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }, ctx);
	const topic = mustCreateEmailTopic(
		next,
		{ name: 'billing-alerts', email: PRACTICE_ALERT_EMAIL, region: BILLING_REGION },
		ctx,
	);
	next = topic.state;
	next = confirmPendingSubscriptions(next, ctx);
	for (const threshold of [10, 100]) {
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
	return next;
}

/** The alarm the console's wizard creates with its defaults for a billing threshold. */
export function billingAlarmInput(name: string, threshold: number, topicArn: string) {
	return {
		AlarmName: name,
		Namespace: 'AWS/Billing',
		MetricName: 'EstimatedCharges',
		Dimensions: [{ Name: 'Currency', Value: 'USD' }],
		Statistic: 'Maximum',
		Period: 21_600,
		EvaluationPeriods: 1,
		DatapointsToAlarm: 1,
		Threshold: threshold,
		ComparisonOperator: 'GreaterThanThreshold',
		TreatMissingData: 'missing',
		ActionsEnabled: true,
		AlarmActions: [topicArn],
	} as const;
}

/** Follows the "Confirm subscription" link of every confirmation email in the practice inbox. */
export function confirmPendingSubscriptions(state: SimState, ctx: CallContext): SimState {
	const links = state.mailbox.flatMap((message) => (message.link ? [message.link] : []));
	return mustAll(
		state,
		links
			.filter((link) =>
				Object.values(state.sns[link.region]?.subscriptions ?? {}).some(
					(s) => s.TopicArn === link.TopicArn && !s.confirmed,
				),
			)
			.map(
				(link) =>
					({
						op: 'ConfirmSubscription',
						input: { TopicArn: link.TopicArn, Token: link.Token },
						region: link.region,
					}) as const,
			),
		ctx,
	);
}

/**
 * Creates iam-admin as the console's Create user wizard does: console access, IAMFullAccess
 * attached directly (and IAMUserChangePassword when a new password is required).
 */
export function withIamAdmin(state: SimState, ctx: CallContext, password: string, mustReset: boolean): SimState {
	const result = createUserWithConsoleAccess(
		state,
		{
			UserName: COURSE_USER,
			consoleAccess: true,
			password: { kind: 'custom', value: password },
			PasswordResetRequired: mustReset,
			PolicyArns: [IAM_FULL_ACCESS.Arn],
		},
		ctx,
	);
	if (!result.ok) {
		const failure = result.failedStep?.response;
		throw new Error(
			`Lab setup failed: create ${COURSE_USER} → ${failure && !failure.ok ? failure.error.message : 'unknown'}`,
		);
	}
	return result.state;
}

/** Where "Create a new IAM user" ends: root signed in with MFA, alarms in place, iam-admin created. */
export function accountWithIamAdmin(ctx: CallContext): { state: SimState; rootSecret: string } {
	const { state, rootSecret } = rootWithMfa(ctx);
	return { state: withIamAdmin(withBillingAlarms(state, ctx), ctx, IAM_ADMIN_FIRST_PASSWORD, true), rootSecret };
}

/** The IAM sign-in form for iam-admin with the practice account ID. */
export function iamAdminLogin(password: string) {
	return {
		op: 'ConsoleLogin',
		input: { LoginType: 'IAMUser', Account: PRACTICE_ROOT.accountId, UserName: COURSE_USER, Password: password },
	} as const;
}

export { laterBy };
