/**
 * Read-only views of the state for the console UI and the lesson checks. Selectors never change
 * anything and never need a session.
 */
import { own } from './core/own.ts';
import { rootArn } from './core/arn.ts';
import { DEFAULT_REGION } from './core/regions.ts';
import { isBillingMetricAvailable } from './cloudwatch/metrics.ts';
import { monthStart, nextMonthStart } from './billing/clock.ts';
import type {
	IamGroup,
	IamUser,
	MailMessage,
	MetricAlarm,
	SimState,
	SnsTopic,
	TrailRecord,
	VirtualMfaDevice,
} from './state.ts';

const DAY_MS = 86_400_000;

/** Who is signed in, or `null`. */
export type SignedInIdentity =
	| {
			readonly type: 'Root';
			readonly arn: string;
			readonly email: string;
			readonly accountId: string;
			readonly withMfa: boolean;
			readonly since: number;
	  }
	| {
			readonly type: 'IAMUser';
			readonly arn: string;
			readonly userName: string;
			readonly accountId: string;
			readonly accountAlias?: string;
			readonly withMfa: boolean;
			readonly since: number;
	  };

/**
 * The signed-in identity, as the console's navigation bar shows it.
 * @see https://docs.aws.amazon.com/signin/latest/userguide/introduction-to-iam-user-sign-in-tutorial.html
 */
export function selectSignedInIdentity(state: SimState): SignedInIdentity | null {
	const session = state.session;
	if (!session) return null;
	const accountId = state.account.accountId;
	if (session.principal.type === 'Root') {
		return {
			type: 'Root',
			arn: rootArn(accountId),
			email: state.root.email,
			accountId,
			withMfa: session.withMfa,
			since: session.since,
		};
	}
	const user = own(state.iam.users, session.principal.userName);
	const base = {
		type: 'IAMUser' as const,
		arn: user?.Arn ?? '',
		userName: session.principal.userName,
		accountId,
		withMfa: session.withMfa,
		since: session.since,
	};
	return state.account.alias === undefined ? base : { ...base, accountAlias: state.account.alias };
}

/** The sign-in step waiting for input (`mfa` or `passwordReset`), or `null`. */
export function selectPendingSignIn(
	state: SimState,
): { readonly step: 'mfa' | 'passwordReset'; readonly who: string } | null {
	const pending = state.pendingSignIn;
	if (!pending) return null;
	return { step: pending.step, who: pending.principal.type === 'Root' ? state.root.email : pending.principal.userName };
}

/** One row of the IAM **Users** table. */
export interface UsersTableRow {
	readonly userName: string;
	readonly path: string;
	readonly groups: readonly string[];
	/** Last console sign-in or API activity, or `null` for never. */
	readonly lastActivity: number | null;
	/** `Virtual` when a virtual MFA device is enabled, else `null` (shown as "-"). */
	readonly mfa: 'Virtual' | null;
	readonly passwordAgeDays: number | null;
	/** A date, `Never` for a password never used, `None` for no password. */
	readonly consoleLastSignIn: number | 'Never' | 'None';
	readonly consoleAccess: 'Enabled' | 'Disabled';
	readonly accessKeyId: string | null;
	readonly activeKeyAgeDays: number | null;
	readonly creationTime: number;
	readonly arn: string;
}

/**
 * The IAM **Users** table rows, sorted by user name.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html
 */
export function selectUsersTable(state: SimState, now: number): UsersTableRow[] {
	return Object.values(state.iam.users)
		.slice()
		.sort((a, b) => a.UserName.toLowerCase().localeCompare(b.UserName.toLowerCase()))
		.map((user) => usersTableRow(user, now));
}

function usersTableRow(user: IamUser, now: number): UsersTableRow {
	const activeKey = user.accessKeys.find((k) => k.Status === 'Active');
	const profile = user.loginProfile;
	return {
		userName: user.UserName,
		path: user.Path,
		groups: user.groupNames,
		lastActivity: user.lastActivity ?? user.lastSignIn ?? null,
		mfa: user.mfaSerials.length > 0 ? 'Virtual' : null,
		passwordAgeDays: profile ? Math.max(0, Math.floor((now - profile.passwordLastChanged) / DAY_MS)) : null,
		consoleLastSignIn: profile ? (user.lastSignIn ?? 'Never') : 'None',
		consoleAccess: profile ? 'Enabled' : 'Disabled',
		accessKeyId: user.accessKeys[0]?.AccessKeyId ?? null,
		activeKeyAgeDays: activeKey ? Math.max(0, Math.floor((now - activeKey.CreateDate) / DAY_MS)) : null,
		creationTime: user.CreateDate,
		arn: user.Arn,
	};
}

/** An MFA device row for the **Multi-factor authentication (MFA)** section. */
export interface MfaDeviceRow {
	readonly serialNumber: string;
	/** The device name (the last part of the serial number). */
	readonly deviceName: string;
	readonly type: 'Virtual';
	readonly enableDate: number | null;
}

function mfaRow(device: VirtualMfaDevice | undefined, serial: string): MfaDeviceRow {
	return {
		serialNumber: serial,
		deviceName: serial.slice(serial.lastIndexOf('/') + 1),
		type: 'Virtual',
		enableDate: device?.EnableDate ?? null,
	};
}

/** The root user's enabled MFA devices. */
export function selectRootMfaDevices(state: SimState): MfaDeviceRow[] {
	return state.root.mfaSerials.map((serial) => mfaRow(own(state.iam.mfaDevices, serial), serial));
}

/** An IAM user's enabled MFA devices (empty for an unknown user). */
export function selectUserMfaDevices(state: SimState, userName: string): MfaDeviceRow[] {
	const lowered = userName.toLowerCase();
	const user = Object.values(state.iam.users).find((u) => u.UserName.toLowerCase() === lowered);
	return (user?.mfaSerials ?? []).map((serial) => mfaRow(own(state.iam.mfaDevices, serial), serial));
}

/** The label authenticator apps show after `@`: the account alias, or the account ID. */
export function selectAccountLabel(state: SimState): string {
	return state.account.alias ?? state.account.accountId;
}

/** CloudWatch alarms in a Region, sorted by name. */
export function selectAlarms(state: SimState, region: string = DEFAULT_REGION): MetricAlarm[] {
	return Object.values(state.cloudwatch[region]?.alarms ?? {}).sort((a, b) => a.AlarmName.localeCompare(b.AlarmName));
}

/** SNS topics in a Region, sorted by name. */
export function selectTopics(state: SimState, region: string = DEFAULT_REGION): SnsTopic[] {
	return Object.values(state.sns[region]?.topics ?? {}).sort((a, b) => a.Name.localeCompare(b.Name));
}

/** A row of the SNS **Subscriptions** table. */
export interface SubscriptionRow {
	/** The subscription ARN, or `PendingConfirmation` until it is confirmed. */
	readonly subscriptionArn: string;
	readonly topicArn: string;
	readonly protocol: 'email';
	readonly endpoint: string;
	readonly status: 'Confirmed' | 'Pending confirmation';
}

/**
 * SNS subscriptions in a Region (optionally of one topic). Until confirmed, the ARN column shows
 * `PendingConfirmation`.
 * @see https://docs.aws.amazon.com/sns/latest/dg/SendMessageToHttp.confirm.html
 */
export function selectSubscriptions(
	state: SimState,
	region: string = DEFAULT_REGION,
	topicArn?: string,
): SubscriptionRow[] {
	return Object.values(state.sns[region]?.subscriptions ?? {})
		.filter((s) => topicArn === undefined || s.TopicArn === topicArn)
		.map((s) => ({
			subscriptionArn: s.confirmed ? s.SubscriptionArn : 'PendingConfirmation',
			topicArn: s.TopicArn,
			protocol: s.Protocol,
			endpoint: s.Endpoint,
			status: s.confirmed ? ('Confirmed' as const) : ('Pending confirmation' as const),
		}));
}

/** The practice mailbox, newest first, with the unread count. */
export function selectMailbox(state: SimState): { readonly messages: readonly MailMessage[]; readonly unread: number } {
	const messages = state.mailbox.slice().reverse();
	return { messages, unread: messages.filter((m) => !m.read).length };
}

/** What the Billing home page shows. */
export interface BillingSummary {
	readonly monthToDateUsd: number;
	/** Month-to-date plus the spend rate until the end of the month. */
	readonly forecastMonthEndUsd: number;
	readonly spendRateUsdPerHour: number;
	readonly billingPeriodStart: number;
	readonly clock: number;
	readonly alertsEnabled: boolean;
	readonly alertsEnabledAt: number | null;
	readonly iamAccessActivated: boolean;
}

/** The billing summary (month-to-date charges, forecast, preferences). */
export function selectBillingSummary(state: SimState): BillingSummary {
	const b = state.billing;
	const hoursLeft = (nextMonthStart(b.clock) - b.clock) / 3_600_000;
	return {
		monthToDateUsd: b.monthToDateUsd,
		forecastMonthEndUsd: Math.round((b.monthToDateUsd + b.spendRateUsdPerHour * hoursLeft) * 100) / 100,
		spendRateUsdPerHour: b.spendRateUsdPerHour,
		billingPeriodStart: monthStart(b.clock),
		clock: b.clock,
		alertsEnabled: b.alertsEnabled,
		alertsEnabledAt: b.alertsEnabledAt ?? null,
		iamAccessActivated: b.iamAccessActivated,
	};
}

/**
 * Whether **Billing** › **Total Estimated Charge** appears in CloudWatch's metric browser: only
 * in US East (N. Virginia), and only about 15 minutes (billing clock) after billing alerts are on.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 */
export function selectBillingMetricAvailable(state: SimState, region: string = DEFAULT_REGION): boolean {
	return isBillingMetricAvailable(state, region);
}

/**
 * The console sign-in URLs: the general one, the account-ID one, and the alias one if an alias exists.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_sign-in.html
 */
export function selectSignInUrls(state: SimState): {
	readonly consoleUrl: string;
	readonly accountIdUrl: string;
	readonly aliasUrl?: string;
} {
	const base = {
		consoleUrl: 'https://console.aws.amazon.com/',
		accountIdUrl: `https://${state.account.accountId}.signin.aws.amazon.com/console`,
	};
	return state.account.alias === undefined
		? base
		: { ...base, aliasUrl: `https://${state.account.alias}.signin.aws.amazon.com/console` };
}

/** One item of the IAM dashboard's **Security recommendations**. */
export interface SecurityRecommendation {
	readonly id: 'root-mfa' | 'root-access-keys' | 'user-mfa';
	readonly title: string;
	readonly done: boolean;
	/** The users concerned (for `user-mfa`). */
	readonly users?: readonly string[];
}

/**
 * The IAM dashboard's security recommendations: MFA for the root user, no root access keys, and
 * MFA for every IAM user with console access.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
 */
export function selectSecurityRecommendations(state: SimState): SecurityRecommendation[] {
	const withoutMfa = Object.values(state.iam.users)
		.filter((u) => u.loginProfile && u.mfaSerials.length === 0)
		.map((u) => u.UserName);
	return [
		{ id: 'root-mfa', title: 'Add MFA for root user', done: state.root.mfaSerials.length > 0 },
		{
			id: 'root-access-keys',
			title: 'Deactivate or delete access keys for root user',
			done: state.root.accessKeys.length === 0,
		},
		{
			id: 'user-mfa',
			title: 'Add MFA for yourself and your IAM users',
			done: withoutMfa.length === 0,
			users: withoutMfa,
		},
	];
}

/** The trail, newest first. */
export function selectTrail(state: SimState): readonly TrailRecord[] {
	return state.trail.slice().reverse();
}

/**
 * The IAM user stored under exactly this name, or undefined. Use it instead of
 * `state.iam.users[name]`: names such as "constructor" are valid in IAM and would otherwise
 * resolve to members every JavaScript object has.
 */
export function selectUser(state: SimState, userName: string): IamUser | undefined {
	return own(state.iam.users, userName);
}

/** The IAM group stored under exactly this name, or undefined (see {@link selectUser}). */
export function selectGroup(state: SimState, groupName: string): IamGroup | undefined {
	return own(state.iam.groups, groupName);
}

/** The virtual MFA device with this serial number, or undefined. */
export function selectMfaDevice(state: SimState, serialNumber: string): VirtualMfaDevice | undefined {
	return own(state.iam.mfaDevices, serialNumber);
}
