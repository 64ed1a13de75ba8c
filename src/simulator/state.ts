/**
 * The simulated account's state: plain, JSON-safe, readonly data keyed by natural AWS keys.
 * Times are epoch milliseconds. Ids and ARNs derive from the counter `seq`, never from randomness,
 * so a saved state replays to the same ids.
 */

/** The version of the persisted {@link SimState} shape. Bump it with a migration. */
export const SIM_STATE_VERSION = 4;

/** A salted PBKDF2-SHA256 password hash. Passwords are never stored in clear text. */
export interface PasswordHash {
	readonly hash: string;
	readonly salt: string;
	readonly iterations: number;
}

/** An access key. The secret is shown once at creation and never stored. */
export interface AccessKeyRecord {
	readonly AccessKeyId: string;
	readonly Status: 'Active' | 'Inactive';
	readonly CreateDate: number;
	/** The last request the key signed (absent until it signs one), as `GetAccessKeyLastUsed` reports it. */
	readonly lastUsed?: AccessKeyUse;
}

/**
 * When an access key last signed a request, and for which service and Region.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html
 */
export interface AccessKeyUse {
	readonly date: number;
	/** The service's namespace, e.g. `ec2` or `iam`. */
	readonly serviceName: string;
	readonly region: string;
}

/** The account root user: signs in with the account email address. */
export interface RootUser {
	readonly email: string;
	readonly password: PasswordHash;
	readonly passwordLastChanged: number;
	/** Serial numbers of the virtual MFA devices enabled for the root user. */
	readonly mfaSerials: readonly string[];
	readonly accessKeys: readonly AccessKeyRecord[];
	readonly lastSignIn?: number;
	/**
	 * Billing-clock time the sign-in page first asked the root user to register MFA. The prompt can
	 * be skipped for 35 days from then; after that, signing in requires registering a device.
	 */
	readonly mfaPromptFirstShownAt?: number;
}

/** An IAM user's console password (the API calls it a login profile). */
export interface LoginProfile {
	readonly password: PasswordHash;
	readonly PasswordResetRequired: boolean;
	readonly CreateDate: number;
	readonly passwordLastChanged: number;
}

export interface Tag {
	readonly Key: string;
	readonly Value: string;
}

/** An IAM user, stored under its name exactly as created. */
export interface IamUser {
	readonly UserName: string;
	readonly Path: string;
	readonly Arn: string;
	readonly UserId: string;
	readonly CreateDate: number;
	readonly loginProfile?: LoginProfile;
	readonly attachedPolicyArns: readonly string[];
	readonly groupNames: readonly string[];
	readonly mfaSerials: readonly string[];
	readonly accessKeys: readonly AccessKeyRecord[];
	/** Last console sign-in with the password (the API's `PasswordLastUsed`). */
	readonly lastSignIn?: number;
	/** Last console sign-in or authorized API call. */
	readonly lastActivity?: number;
	readonly Tags: readonly Tag[];
	/** Policies written into the user (inline policies); absent when it has none. */
	readonly inlinePolicies?: InlinePolicies;
}

/**
 * Inline policies by name: each policy's document as the JSON text it was written in, as IAM keeps
 * it. Only documents that `PutUserPolicy` or `PutGroupPolicy` could read are ever stored.
 */
export type InlinePolicies = Readonly<Record<string, string>>;

/** An IAM group (kept minimal: membership, attached managed policies and inline policies). */
export interface IamGroup {
	readonly GroupName: string;
	readonly Path: string;
	readonly Arn: string;
	readonly GroupId: string;
	readonly CreateDate: number;
	readonly attachedPolicyArns: readonly string[];
	/** Policies written into the group (inline policies); absent when it has none. */
	readonly inlinePolicies?: InlinePolicies;
}

/** Who an MFA device is enabled for. */
export type MfaOwner = { readonly type: 'Root' } | { readonly type: 'IAMUser'; readonly userName: string };

/** A virtual (authenticator app) MFA device, keyed by its serial number (an ARN). */
export interface VirtualMfaDevice {
	readonly SerialNumber: string;
	readonly Base32StringSeed: string;
	readonly createDate: number;
	readonly enabledFor?: MfaOwner;
	readonly EnableDate?: number;
	/** The last 30-second TOTP step accepted, so a code can never be used twice. */
	readonly lastUsedStep?: number;
	/**
	 * How many 30-second steps behind real time the device's codes are believed to be. Absent for a
	 * device in sync; a device enabled with late codes (submitted too long after they were generated)
	 * is that many steps out of sync, and sign-in expects codes from then, until it is resynchronized.
	 */
	readonly clockOffsetSteps?: number;
}

/**
 * A passkey or security key (a FIDO2 authenticator) assigned as an MFA device, keyed by its serial
 * number: `arn:aws:iam::<account>:u2f/root/<name>-<id>` for the root user,
 * `arn:aws:iam::<account>:u2f/user/<user>/<name>-<id>` for an IAM user. Everything here is public
 * by design: the credential ID and the public key are what the authenticator hands out, and the
 * private key never leaves it, so storing them in the browser reveals nothing that signs in.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html
 */
export interface FidoMfaDevice {
	readonly SerialNumber: string;
	readonly enabledFor: MfaOwner;
	readonly EnableDate: number;
	/** The credential ID the authenticator chose, base64url (public). */
	readonly credentialId: string;
	/** The credential's ES256 public key, an uncompressed P-256 point, base64url (public). */
	readonly publicKey: string;
	/** The relying party ID the credential belongs to: the host name of the site it was made on. */
	readonly rpId: string;
	/** The authenticator's signature counter at its last use; 0 for authenticators that keep none. */
	readonly signCount: number;
	/** The authenticator said the credential may be synced to the owner's other devices (a synced passkey). */
	readonly backupEligible: boolean;
}

/** WebAuthn ceremonies the model can wait for. */
export const FIDO_CEREMONY_KINDS = ['registration', 'authentication'] as const;

/**
 * A WebAuthn ceremony under way: the model issued a challenge and waits for the browser's answer.
 * A new ceremony replaces the previous one, so a challenge can be answered once at most.
 */
export interface FidoCeremony {
	readonly kind: (typeof FIDO_CEREMONY_KINDS)[number];
	/** Registration: whom the device is for. Authentication: who is signing in. */
	readonly owner: MfaOwner;
	/** Registration only: the device name the learner chose. */
	readonly deviceName?: string;
	/** The random challenge, base64url. */
	readonly challenge: string;
	/** The page's origin, which the response's client data must name. */
	readonly origin: string;
	/** The relying party ID (the origin's host name). */
	readonly rpId: string;
	readonly startedAt: number;
}

/** The principal behind a console session. */
export type Principal = { readonly type: 'Root' } | { readonly type: 'IAMUser'; readonly userName: string };

/** The signed-in console session. */
export interface Session {
	readonly principal: Principal;
	readonly withMfa: boolean;
	readonly since: number;
	/**
	 * The root user signed in after the 35 days to register MFA ran out: until a device is
	 * registered, the session may do nothing else.
	 */
	readonly mfaRegistrationRequired?: boolean;
}

/** The steps of the sign-in page after the password. */
export const SIGN_IN_STEPS = ['mfa', 'passwordReset', 'mfaRegistration'] as const;

/**
 * A sign-in that passed the password step and waits for an MFA code, a new password, or the root
 * user's answer to the prompt to register MFA.
 */
export interface PendingSignIn {
	readonly principal: Principal;
	readonly step: (typeof SIGN_IN_STEPS)[number];
	readonly withMfa: boolean;
	readonly startedAt: number;
}

/** One published `AWS/Billing` `EstimatedCharges` (Currency=USD) datapoint. */
export interface BillingDatapoint {
	readonly Timestamp: number;
	readonly Value: number;
}

export const ACCOUNT_PLAN_TYPES = ['FREE', 'PAID'] as const;

/**
 * The account plan Billing Home shows (accounts created since 15 July 2025 choose one). Credits
 * pay for charges first; the Free plan ends after six months or when the credits run out.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_freetier_GetAccountPlanState.html
 */
export interface AccountPlan {
	readonly type: (typeof ACCOUNT_PLAN_TYPES)[number];
	/** Billing-clock time the account and its plan started. */
	readonly startedAt: number;
	/** Billing-clock time the Free plan ends (six months after it started). */
	readonly expiresAt: number;
	/** Credits granted so far, USD: the sign-up credit plus those earned by activities. */
	readonly creditsGrantedUsd: number;
	/** Credits spent on charges so far, USD. */
	readonly creditsUsedUsd: number;
	/** Credit-earning activities completed (each counts once). */
	readonly earnedActivities: readonly string[];
	/** Billing-clock time of the upgrade to the Paid plan. */
	readonly upgradedAt?: number;
}

/** Billing preferences, the simulated billing clock and the estimated charges. */
export interface BillingState {
	readonly alertsEnabled: boolean;
	/** Billing-clock time when "Receive CloudWatch billing alerts" was turned on. */
	readonly alertsEnabledAt?: number;
	/** "IAM user and role access to Billing information" (root only can change it). */
	readonly iamAccessActivated: boolean;
	/** The simulated billing clock, epoch ms. It moves with real time and with AdvanceBillingClock. */
	readonly clock: number;
	/** The last real time seen by `execute`, so real time can drive the billing clock. */
	readonly lastRealNow: number;
	readonly spendRateUsdPerHour: number;
	readonly monthToDateUsd: number;
	/** Billing-clock time of the next EstimatedCharges publication, if alerts are on. */
	readonly nextPublishAt?: number;
	readonly datapoints: readonly BillingDatapoint[];
	readonly plan: AccountPlan;
	/** Billing-clock time AWS Budgets next refreshes spend and sends alerts, if any budget exists. */
	readonly nextBudgetUpdateAt?: number;
}

export const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;
export type AlarmStateValue = (typeof ALARM_STATES)[number];

export const ALARM_STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type AlarmStatistic = (typeof ALARM_STATISTICS)[number];

export const COMPARISON_OPERATORS = [
	'GreaterThanOrEqualToThreshold',
	'GreaterThanThreshold',
	'LessThanThreshold',
	'LessThanOrEqualToThreshold',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export const TREAT_MISSING_DATA = ['breaching', 'notBreaching', 'ignore', 'missing'] as const;
export type TreatMissingData = (typeof TREAT_MISSING_DATA)[number];

export interface Dimension {
	readonly Name: string;
	readonly Value: string;
}

/** A CloudWatch metric alarm, with AWS member names. */
export interface MetricAlarm {
	readonly AlarmName: string;
	readonly AlarmArn: string;
	readonly AlarmDescription?: string;
	readonly ActionsEnabled: boolean;
	readonly AlarmActions: readonly string[];
	readonly OKActions: readonly string[];
	readonly InsufficientDataActions: readonly string[];
	readonly MetricName: string;
	readonly Namespace: string;
	readonly Statistic: AlarmStatistic;
	readonly Dimensions: readonly Dimension[];
	readonly Period: number;
	readonly EvaluationPeriods: number;
	readonly DatapointsToAlarm: number;
	readonly Threshold: number;
	readonly ComparisonOperator: ComparisonOperator;
	readonly TreatMissingData: TreatMissingData;
	readonly StateValue: AlarmStateValue;
	readonly StateReason: string;
	/** Billing-clock time of the last state change. */
	readonly StateUpdatedTimestamp: number;
	readonly AlarmConfigurationUpdatedTimestamp: number;
}

export const BUDGET_TIME_UNITS = ['DAILY', 'MONTHLY', 'QUARTERLY', 'ANNUALLY'] as const;
export const BUDGET_NOTIFICATION_TYPES = ['ACTUAL', 'FORECASTED'] as const;
export const BUDGET_COMPARISON_OPERATORS = ['GREATER_THAN', 'LESS_THAN', 'EQUAL_TO'] as const;
export const BUDGET_THRESHOLD_TYPES = ['PERCENTAGE', 'ABSOLUTE_VALUE'] as const;
export const BUDGET_SUBSCRIPTION_TYPES = ['EMAIL', 'SNS'] as const;

export type BudgetTimeUnit = (typeof BUDGET_TIME_UNITS)[number];
export type BudgetNotificationType = (typeof BUDGET_NOTIFICATION_TYPES)[number];
export type BudgetComparisonOperator = (typeof BUDGET_COMPARISON_OPERATORS)[number];
export type BudgetThresholdType = (typeof BUDGET_THRESHOLD_TYPES)[number];
export type BudgetSubscriptionType = (typeof BUDGET_SUBSCRIPTION_TYPES)[number];

/** Who a budget alert goes to: an email address, or an SNS topic ARN. */
export interface BudgetSubscriber {
	readonly SubscriptionType: BudgetSubscriptionType;
	readonly Address: string;
}

/** One alert of a budget: a threshold on actual or forecasted spend, and who hears about it. */
export interface BudgetNotification {
	readonly NotificationType: BudgetNotificationType;
	readonly ComparisonOperator: BudgetComparisonOperator;
	readonly Threshold: number;
	readonly ThresholdType: BudgetThresholdType;
	/** `ALARM` once the alert has fired in the current budget period (it fires once per period). */
	readonly NotificationState: 'OK' | 'ALARM';
	readonly subscribers: readonly BudgetSubscriber[];
}

/**
 * An AWS Budgets cost budget, with the API's member names. Budgets alert; they never stop resources.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_Budget.html
 */
export interface Budget {
	readonly BudgetName: string;
	readonly BudgetType: 'COST';
	readonly TimeUnit: BudgetTimeUnit;
	readonly BudgetLimit: { readonly Amount: string; readonly Unit: 'USD' };
	/** Billing-clock time the budget was created. */
	readonly createdAt: number;
	readonly LastUpdatedTime: number;
	readonly notifications: readonly BudgetNotification[];
	/** Billing-clock start of the current budget period (UTC day, month, quarter or year). */
	readonly periodStart: number;
	/** Charges in the current budget period so far, USD, before credits (as the budget templates count them). */
	readonly periodSpendUsd: number;
}

export interface SnsTopic {
	readonly TopicArn: string;
	readonly Name: string;
	readonly createdAt: number;
}

/** An SNS subscription. Until confirmed, the console shows `PendingConfirmation` instead of its ARN. */
export interface SnsSubscription {
	/** The ARN the subscription gets; hidden from the learner until it is confirmed. */
	readonly SubscriptionArn: string;
	readonly TopicArn: string;
	readonly Protocol: 'email';
	readonly Endpoint: string;
	readonly Owner: string;
	readonly confirmed: boolean;
	readonly token: string;
	/** Billing-clock time the subscription was requested (unconfirmed ones expire after 48 h). */
	readonly createdAt: number;
}

export interface RegionalCloudWatch {
	readonly alarms: Readonly<Record<string, MetricAlarm>>;
}

export interface RegionalSns {
	readonly topics: Readonly<Record<string, SnsTopic>>;
	readonly subscriptions: Readonly<Record<string, SnsSubscription>>;
}

/** The link in an SNS confirmation email: following it confirms the subscription. */
export interface ConfirmSubscriptionLink {
	readonly action: 'ConfirmSubscription';
	readonly TopicArn: string;
	readonly Token: string;
	readonly region: string;
}

export const MAIL_KINDS = ['subscription-confirmation', 'alarm', 'sign-in-instructions', 'budget-alert'] as const;

/** A message in the practice mailbox (root email and any subscribed address). */
export interface MailMessage {
	readonly MessageId: string;
	readonly to: string;
	readonly from: string;
	readonly subject: string;
	readonly body: string;
	readonly receivedAt: number;
	readonly read: boolean;
	readonly kind: (typeof MAIL_KINDS)[number];
	readonly link?: ConfirmSubscriptionLink;
}

/**
 * The states of an EC2 instance, as `InstanceState.Name` reports them.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
 */
export const INSTANCE_STATE_NAMES = [
	'pending',
	'running',
	'shutting-down',
	'terminated',
	'stopping',
	'stopped',
] as const;
export type InstanceStateName = (typeof INSTANCE_STATE_NAMES)[number];

/**
 * An EC2 instance, kept in its Region under its id. SIMPLIFIED: an instance changes state at once
 * (running when launched, stopped or terminated when asked); the responses report the passing
 * state (`pending`, `stopping`, `shutting-down`) as AWS's do.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
 */
export interface Ec2Instance {
	readonly InstanceId: string;
	readonly InstanceType: string;
	readonly ReservationId: string;
	readonly State: InstanceStateName;
	/** Real time the instance was launched. */
	readonly LaunchTime: number;
	/** Real time of the last stop or termination, when there was one (a terminated instance stays listed for an hour). */
	readonly stateChangedAt?: number;
	/** What the instance adds to the spend rate while it runs, USD per hour (its price when launched). */
	readonly hourlyPriceUsd: number;
}

/**
 * One Region's EC2 resources (EC2 is a regional service).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
 */
export interface RegionalEc2 {
	readonly instances: Readonly<Record<string, Ec2Instance>>;
}

export type TrailIdentityType = 'Root' | 'IAMUser' | 'Unauthenticated';

/** One recorded call, with CloudTrail field names. Secrets are redacted. */
export interface TrailRecord {
	readonly eventTime: number;
	readonly eventName: string;
	readonly eventSource: string;
	readonly awsRegion: string;
	readonly userIdentity: {
		readonly type: TrailIdentityType;
		readonly arn?: string;
		readonly userName?: string;
		/**
		 * The access key that signed the request, for a programmatic call. Console calls have none
		 * (AWS records the console session's temporary key; the simulator has no temporary keys).
		 */
		readonly accessKeyId?: string;
	};
	/**
	 * The caller's address. Every new record has one; saves written before it existed do not, so it
	 * stays optional.
	 */
	readonly sourceIPAddress?: string;
	readonly requestParameters: unknown;
	readonly responseElements?: unknown;
	readonly errorCode?: string;
	readonly errorMessage?: string;
}

/** Settings that are part of the scenario rather than of AWS. */
export interface SimSettings {
	/** PBKDF2 iterations for newly stored password hashes. */
	readonly passwordHashIterations: number;
}

/** The whole simulated account. */
export interface SimState {
	readonly account: { readonly accountId: string; readonly alias?: string };
	readonly root: RootUser;
	readonly iam: {
		readonly users: Readonly<Record<string, IamUser>>;
		readonly groups: Readonly<Record<string, IamGroup>>;
		readonly mfaDevices: Readonly<Record<string, VirtualMfaDevice>>;
		/** Passkeys and security keys, by serial number. */
		readonly fidoDevices: Readonly<Record<string, FidoMfaDevice>>;
	};
	readonly session: Session | null;
	readonly pendingSignIn: PendingSignIn | null;
	/** The passkey or security key ceremony the model waits for, if any. */
	readonly fidoCeremony: FidoCeremony | null;
	readonly billing: BillingState;
	/** AWS Budgets, by name (budgets are global to the account). */
	readonly budgets: Readonly<Record<string, Budget>>;
	readonly cloudwatch: Readonly<Record<string, RegionalCloudWatch>>;
	readonly sns: Readonly<Record<string, RegionalSns>>;
	/** EC2 instances, by Region. */
	readonly ec2: Readonly<Record<string, RegionalEc2>>;
	readonly mailbox: readonly MailMessage[];
	readonly trail: readonly TrailRecord[];
	readonly settings: SimSettings;
	/** Counter behind every generated id. */
	readonly seq: number;
}

/** Most trail records kept; older ones are dropped. */
export const TRAIL_LIMIT = 200;
/** Most mailbox messages kept; older ones are dropped. */
export const MAILBOX_LIMIT = 200;
