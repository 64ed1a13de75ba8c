/**
 * Read-only views of the state for the console UI and the lesson checks. Selectors never change
 * anything and never need a session.
 */
import { own } from './core/own.ts';
import { rootArn } from './core/arn.ts';
import { DEFAULT_REGION } from './core/regions.ts';
import { isBillingMetricAvailable } from './cloudwatch/metrics.ts';
import { mfaRegistrationDaysLeft } from './signin/mfa-grace.ts';
import { isFidoSerial } from './mfa/fido/serial.ts';
import type { FidoMfaDevice, IamUser, MailMessage, MetricAlarm, SimState, VirtualMfaDevice } from './state.ts';

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

/** One row of the IAM **Users** table: every column the console offers. */
export interface UsersTableRow {
	readonly userName: string;
	readonly path: string;
	readonly groups: readonly string[];
	/** Last console sign-in or API activity, or `null` for never. */
	readonly lastActivity: number | null;
	/**
	 * The kinds of MFA device enabled: `Virtual` (authenticator app), `Security key` (passkey or
	 * security key), both, or `null` (shown as "-").
	 */
	readonly mfa: 'Virtual' | 'Security key' | 'Virtual, Security key' | null;
	readonly passwordAgeDays: number | null;
	/** A date, `Never` for a password never used, `None` for no password. */
	readonly consoleLastSignIn: number | 'Never' | 'None';
	readonly consoleAccess: 'Enabled' | 'Disabled';
	/** The user's access keys (at most two), in the order they were created. */
	readonly accessKeys: readonly { readonly accessKeyId: string; readonly status: 'Active' | 'Inactive' }[];
	readonly activeKeyAgeDays: number | null;
	/** The newest request any of the user's keys signed, `Never` for keys never used, `None` for no keys. */
	readonly accessKeyLastUsed: number | 'Never' | 'None';
	/** Signing certificates are not modelled: always none. */
	readonly signingCertificates: 'None';
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

const daysSince = (then: number, now: number): number => Math.max(0, Math.floor((now - then) / DAY_MS));

function usersTableRow(user: IamUser, now: number): UsersTableRow {
	const activeKey = user.accessKeys.find((k) => k.Status === 'Active');
	const profile = user.loginProfile;
	const lastKeyUse = Math.max(...user.accessKeys.map((k) => k.lastUsed?.date ?? -Infinity));
	return {
		userName: user.UserName,
		path: user.Path,
		groups: user.groupNames,
		lastActivity: user.lastActivity ?? user.lastSignIn ?? null,
		mfa: mfaKinds(user),
		passwordAgeDays: profile ? daysSince(profile.passwordLastChanged, now) : null,
		consoleLastSignIn: profile ? (user.lastSignIn ?? 'Never') : 'None',
		consoleAccess: profile ? 'Enabled' : 'Disabled',
		accessKeys: user.accessKeys.map((k) => ({ accessKeyId: k.AccessKeyId, status: k.Status })),
		activeKeyAgeDays: activeKey ? daysSince(activeKey.CreateDate, now) : null,
		accessKeyLastUsed: user.accessKeys.length === 0 ? 'None' : Number.isFinite(lastKeyUse) ? lastKeyUse : 'Never',
		signingCertificates: 'None',
		creationTime: user.CreateDate,
		arn: user.Arn,
	};
}

// SIMPLIFIED: AWS's wording for passkeys in the Users list's MFA column is UNCONFIRMED.
function mfaKinds(user: IamUser): UsersTableRow['mfa'] {
	const fido = user.mfaSerials.some(isFidoSerial);
	const virtual = user.mfaSerials.some((serial) => !isFidoSerial(serial));
	if (fido && virtual) return 'Virtual, Security key';
	return fido ? 'Security key' : virtual ? 'Virtual' : null;
}

/** The label authenticator apps show after `@`: the account alias, or the account ID. */
export function selectAccountLabel(state: SimState): string {
	return state.account.alias ?? state.account.accountId;
}

/** CloudWatch alarms in a Region, sorted by name. */
export function selectAlarms(state: SimState, region: string = DEFAULT_REGION): MetricAlarm[] {
	return Object.values(state.cloudwatch[region]?.alarms ?? {}).sort((a, b) => a.AlarmName.localeCompare(b.AlarmName));
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

/**
 * The IAM user stored under exactly this name, or undefined. Use it instead of
 * `state.iam.users[name]`: names such as "constructor" are valid in IAM and would otherwise
 * resolve to members every JavaScript object has.
 */
export function selectUser(state: SimState, userName: string): IamUser | undefined {
	return own(state.iam.users, userName);
}

/** The virtual MFA device with this serial number, or undefined. */
export function selectMfaDevice(state: SimState, serialNumber: string): VirtualMfaDevice | undefined {
	return own(state.iam.mfaDevices, serialNumber);
}

/** The passkey or security key with this serial number, or undefined (its public data only). */
export function selectFidoDevice(state: SimState, serialNumber: string): FidoMfaDevice | undefined {
	return own(state.iam.fidoDevices, serialNumber);
}

/**
 * Which kinds of MFA device can finish the sign-in waiting at the MFA step: a code from an
 * authenticator app, a passkey or security key, or both. Both false when no sign-in waits there.
 */
export function selectSignInMfaOptions(state: SimState): { readonly code: boolean; readonly fido: boolean } {
	const pending = state.pendingSignIn;
	if (pending?.step !== 'mfa') return { code: false, fido: false };
	const serials =
		pending.principal.type === 'Root'
			? state.root.mfaSerials
			: (own(state.iam.users, pending.principal.userName)?.mfaSerials ?? []);
	return { code: serials.some((serial) => !isFidoSerial(serial)), fido: serials.some(isFidoSerial) };
}

/** The root user's prompt to register MFA at sign-in, as the sign-in page shows it. */
export interface MfaRegistrationPromptView {
	/** Days left to skip the prompt, counting today, on the billing clock; 0 from day 36 on. */
	readonly daysLeft: number;
	/** Whether the prompt can still be skipped (days are left). */
	readonly canSkip: boolean;
}

/**
 * The prompt a root user without MFA meets after the password: how many days are left to skip it.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html
 */
export function selectMfaRegistrationPrompt(state: SimState): MfaRegistrationPromptView {
	const daysLeft = mfaRegistrationDaysLeft(state);
	return { daysLeft, canSkip: daysLeft > 0 };
}

/**
 * Whether the signed-in root user must register an MFA device before doing anything else (signed
 * in after the 35 days to skip the prompt were over).
 */
export function selectMfaRegistrationRequired(state: SimState): boolean {
	return state.session?.mfaRegistrationRequired === true;
}

/**
 * Whether the signed-in identity is the root user with nothing restricting it (not held to
 * registering MFA first). IAM policies do not apply to the root user, so every IAM read such a
 * session makes is allowed: a screen may show what the account holds without running the call.
 */
export function selectSignedInAsUnrestrictedRoot(state: SimState): boolean {
	return state.session?.principal.type === 'Root' && state.session.mfaRegistrationRequired !== true;
}
