/**
 * The single source of truth for every operation: its input, its output and the AWS error codes it
 * can return. Names follow AWS exactly (operation names, member names, wire error codes).
 */
import type {
	AlarmStateValue,
	AlarmStatistic,
	BudgetComparisonOperator,
	BudgetNotificationType,
	BudgetSubscriber,
	BudgetThresholdType,
	BudgetTimeUnit,
	Dimension,
	MetricAlarm,
	Tag,
} from './state.ts';

type Empty = Record<string, never>;

/**
 * Errors any authenticated operation can return before its handler runs. `MFARegistrationRequired`:
 * the root user signed in after the 35 days to register MFA and must assign a device first.
 */
export type CommonError = 'AccessDenied' | 'MissingAuthenticationToken' | 'ValidationError' | 'MFARegistrationRequired';

/** A user as IAM's API returns it. */
export interface UserView {
	readonly Path: string;
	readonly UserName: string;
	readonly UserId: string;
	readonly Arn: string;
	readonly CreateDate: number;
	readonly PasswordLastUsed?: number;
	readonly Tags?: readonly Tag[];
}

/** The root user as `GetUser` returns it: no user name, and the account ID as its id. */
export interface RootUserView {
	readonly UserId: string;
	readonly Arn: string;
	readonly PasswordLastUsed?: number;
}

export interface GroupView {
	readonly Path: string;
	readonly GroupName: string;
	readonly GroupId: string;
	readonly Arn: string;
	readonly CreateDate: number;
}

export interface LoginProfileView {
	readonly UserName: string;
	readonly CreateDate: number;
	readonly PasswordResetRequired: boolean;
}

export interface AttachedPolicy {
	readonly PolicyName: string;
	readonly PolicyArn: string;
}

export interface PolicyView {
	readonly PolicyName: string;
	readonly PolicyId: string;
	readonly Arn: string;
	readonly Path: string;
	readonly DefaultVersionId: string;
	readonly AttachmentCount: number;
	readonly IsAttachable: boolean;
	readonly Description: string;
	readonly CreateDate: number;
	readonly UpdateDate: number;
}

export interface PolicyVersionView {
	/** The policy document as JSON text. */
	readonly Document: string;
	readonly VersionId: string;
	readonly IsDefaultVersion: boolean;
	readonly CreateDate: number;
}

export interface MfaDeviceView {
	readonly UserName: string;
	readonly SerialNumber: string;
	readonly EnableDate: number;
}

export interface VirtualMfaDeviceListItem {
	readonly SerialNumber: string;
	readonly EnableDate?: number;
	readonly User?: { readonly UserName: string; readonly Arn: string };
}

export interface AccessKeyMetadata {
	readonly UserName: string;
	readonly AccessKeyId: string;
	readonly Status: 'Active' | 'Inactive';
	readonly CreateDate: number;
}

/** The last request an access key signed, as `GetAccessKeyLastUsed` returns it. */
export interface AccessKeyLastUsedView {
	/** Absent when the key has never been used. */
	readonly LastUsedDate?: number;
	/** The service's namespace, or `N/A` when the key has never been used. */
	readonly ServiceName: string;
	/** The Region, or `N/A` when the key has never been used. */
	readonly Region: string;
}

/** An alarm as `DescribeAlarms` returns it: the stored alarm, member for member. */
export type MetricAlarmView = MetricAlarm;

export interface MetricView {
	readonly Namespace: string;
	readonly MetricName: string;
	readonly Dimensions: readonly Dimension[];
}

export interface StatisticDatapoint {
	readonly Timestamp: number;
	readonly SampleCount?: number;
	readonly Average?: number;
	readonly Sum?: number;
	readonly Minimum?: number;
	readonly Maximum?: number;
	readonly Unit: 'None';
}

export interface SubscriptionView {
	/** `PendingConfirmation` until the subscription is confirmed. */
	readonly SubscriptionArn: string;
	readonly Owner: string;
	readonly Protocol: string;
	readonly Endpoint: string;
	readonly TopicArn: string;
}

/** An instance as `RunInstances` returns it: just launched, so always `pending`. */
export interface RunInstancesInstance {
	readonly InstanceId: string;
	readonly InstanceType: string;
	readonly State: { readonly Name: 'pending' };
}

/** Input of the console's password sign-in (the sign-in page has no public API). */
export type ConsoleLoginInput =
	| { readonly LoginType: 'Root'; readonly Email: string; readonly Password: string }
	| {
			readonly LoginType: 'IAMUser';
			/** The 12-digit account ID or the account alias. */
			readonly Account: string;
			/** Matched ignoring case, as the sign-in page does. */
			readonly UserName: string;
			readonly Password: string;
	  };

/** What follows a sign-in step. `MFARegistrationPrompt`: a root user without MFA is asked to register it. */
export type SignInResult = 'Success' | 'MFARequired' | 'PasswordResetRequired' | 'MFARegistrationPrompt';

/** Input of `PutMetricAlarm` (AWS member names). */
export type PutMetricAlarmInput = Pick<
	MetricAlarm,
	| 'AlarmName'
	| 'MetricName'
	| 'Namespace'
	| 'Statistic'
	| 'Period'
	| 'EvaluationPeriods'
	| 'Threshold'
	| 'ComparisonOperator'
> &
	Partial<
		Pick<
			MetricAlarm,
			| 'AlarmDescription'
			| 'ActionsEnabled'
			| 'AlarmActions'
			| 'OKActions'
			| 'InsufficientDataActions'
			| 'Dimensions'
			| 'DatapointsToAlarm'
			| 'TreatMissingData'
		>
	>;

type IamNameErrors = 'ValidationError';

/** An amount as AWS Budgets writes it: a decimal string and its unit. */
export interface BudgetSpendView {
	readonly Amount: string;
	readonly Unit: 'USD';
}

/** A budget as `DescribeBudget(s)` returns it. */
export interface BudgetView {
	readonly BudgetName: string;
	readonly BudgetLimit: BudgetSpendView;
	readonly TimeUnit: BudgetTimeUnit;
	readonly TimePeriod: { readonly Start: number; readonly End: number };
	readonly CalculatedSpend: { readonly ActualSpend: BudgetSpendView; readonly ForecastedSpend: BudgetSpendView };
	readonly BudgetType: 'COST';
	readonly LastUpdatedTime: number;
}

/** A budget's `Budget` member in CreateBudget and UpdateBudget (cost budgets only). */
export interface BudgetInput {
	readonly BudgetName: string;
	readonly BudgetType: 'COST';
	readonly TimeUnit: BudgetTimeUnit;
	readonly BudgetLimit: BudgetSpendView;
}

/** A notification as requests name it. `ThresholdType` defaults to `PERCENTAGE`. */
export interface BudgetNotificationInput {
	readonly NotificationType: BudgetNotificationType;
	readonly ComparisonOperator: BudgetComparisonOperator;
	readonly Threshold: number;
	readonly ThresholdType?: BudgetThresholdType;
}

/** A notification as `DescribeNotificationsForBudget` returns it. */
export interface BudgetNotificationView extends Required<BudgetNotificationInput> {
	readonly NotificationState: 'OK' | 'ALARM';
}

/** CreateBudget's input: the account, the budget, and its notifications with their subscribers. */
export interface CreateBudgetInput {
	readonly AccountId: string;
	readonly Budget: BudgetInput;
	readonly NotificationsWithSubscribers?: readonly {
		readonly Notification: BudgetNotificationInput;
		readonly Subscribers: readonly BudgetSubscriber[];
	}[];
}

/** Errors every AWS Budgets operation can return. */
type BudgetsError = CommonError | 'InvalidParameterException';

/** The account plan as `GetAccountPlanState` returns it. */
export interface AccountPlanStateView {
	readonly accountId: string;
	readonly accountPlanType: 'FREE' | 'PAID';
	readonly accountPlanStatus: 'NOT_STARTED' | 'ACTIVE' | 'EXPIRED';
	readonly accountPlanRemainingCredits: { readonly amount: number; readonly unit: 'USD' };
	/** When the Free plan ends; absent on the Paid plan. */
	readonly accountPlanExpirationDate?: number;
}

/**
 * Every operation: `input`, `output` and `errors` (AWS wire codes). Operations that are console
 * actions without a public AWS API (sign-in, billing preferences, mailbox, simulation controls)
 * are marked as such in their TSDoc.
 */
export interface Operations {
	// ---------- Console sign-in (no public API) ----------
	/** The console sign-in page's password step. Recorded as `ConsoleLogin` (or `CheckMfa`). */
	ConsoleLogin: {
		input: ConsoleLoginInput;
		output: { Result: SignInResult };
		errors: 'AuthenticationFailed' | 'ValidationError';
	};
	/** The sign-in page's MFA step. */
	ConsoleLoginMFA: {
		input: { AuthenticationCode: string };
		output: { Result: Exclude<SignInResult, 'MFARequired' | 'MFARegistrationPrompt'> };
		errors: 'AuthenticationFailed' | 'NoPendingSignIn' | 'ValidationError';
	};
	/** The forced "change your password" step after signing in with a temporary password. */
	ChangeExpiredPassword: {
		input: { OldPassword: string; NewPassword: string };
		output: { Result: 'Success' };
		errors: 'NoPendingSignIn' | 'InvalidInput' | 'PasswordPolicyViolation' | 'ValidationError' | 'NoSuchEntity';
	};
	/** Abandons a sign-in that waits for MFA or a new password. */
	CancelSignIn: { input: Empty; output: Empty; errors: never };
	/** Signs out of the console. */
	ConsoleLogout: { input: Empty; output: Empty; errors: 'MissingAuthenticationToken' };
	/**
	 * The root user's prompt to register MFA: skips it and signs in, while days are left
	 * (`DaysLeft` counts today). Console only, no public API.
	 */
	SkipMFARegistration: {
		input: Empty;
		output: { Result: 'Success'; DaysLeft: number };
		errors: 'NoPendingSignIn' | 'MFARegistrationRequired';
	};
	/**
	 * The root user's prompt to register MFA: signs in to go to **Assign MFA device**; after the
	 * 35 days the session can do nothing else until a device is assigned. Console only, no public API.
	 */
	StartMFARegistration: {
		input: Empty;
		output: { Result: 'Success'; MFARegistrationRequired: boolean };
		errors: 'NoPendingSignIn';
	};
	/**
	 * The sign-in page's MFA step: resynchronizes the identity's device with two consecutive codes,
	 * without a session. Console only, no public API.
	 */
	ResyncMFADeviceAtSignIn: {
		input: { AuthenticationCode1: string; AuthenticationCode2: string };
		output: { SerialNumber: string };
		errors: 'NoPendingSignIn' | 'InvalidAuthenticationCode' | 'ValidationError';
	};

	// ---------- IAM users ----------
	CreateUser: {
		input: { UserName: string; Path?: string; Tags?: readonly Tag[] };
		output: { User: UserView };
		errors: CommonError | 'EntityAlreadyExists' | 'LimitExceeded' | IamNameErrors;
	};
	GetUser: {
		input: { UserName?: string };
		output: { User: UserView | RootUserView };
		errors: CommonError | 'NoSuchEntity';
	};
	ListUsers: { input: Empty; output: { Users: readonly UserView[]; IsTruncated: false }; errors: CommonError };
	DeleteUser: {
		input: { UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'DeleteConflict';
	};
	CreateLoginProfile: {
		input: { UserName: string; Password: string; PasswordResetRequired?: boolean };
		output: { LoginProfile: LoginProfileView };
		errors: CommonError | 'NoSuchEntity' | 'EntityAlreadyExists' | 'PasswordPolicyViolation';
	};
	GetLoginProfile: {
		input: { UserName: string };
		output: { LoginProfile: LoginProfileView };
		errors: CommonError | 'NoSuchEntity';
	};
	UpdateLoginProfile: {
		input: { UserName: string; Password?: string; PasswordResetRequired?: boolean };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'PasswordPolicyViolation';
	};
	DeleteLoginProfile: {
		input: { UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	/** An IAM user changes their own password. */
	ChangePassword: {
		input: { OldPassword: string; NewPassword: string };
		output: Empty;
		errors: CommonError | 'InvalidUserType' | 'NoSuchEntity' | 'InvalidInput' | 'PasswordPolicyViolation';
	};

	// ---------- Managed policies ----------
	AttachUserPolicy: {
		input: { UserName: string; PolicyArn: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded' | 'InvalidInput';
	};
	DetachUserPolicy: {
		input: { UserName: string; PolicyArn: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'InvalidInput';
	};
	ListAttachedUserPolicies: {
		input: { UserName: string };
		output: { AttachedPolicies: readonly AttachedPolicy[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};
	ListPolicies: {
		input: { Scope?: 'All' | 'AWS' | 'Local'; OnlyAttached?: boolean };
		output: { Policies: readonly PolicyView[]; IsTruncated: false };
		errors: CommonError;
	};
	GetPolicy: {
		input: { PolicyArn: string };
		output: { Policy: PolicyView };
		errors: CommonError | 'NoSuchEntity' | 'InvalidInput';
	};
	GetPolicyVersion: {
		input: { PolicyArn: string; VersionId: string };
		output: { PolicyVersion: PolicyVersionView };
		errors: CommonError | 'NoSuchEntity' | 'InvalidInput';
	};

	// ---------- Groups ----------
	CreateGroup: {
		input: { GroupName: string; Path?: string };
		output: { Group: GroupView };
		errors: CommonError | 'EntityAlreadyExists';
	};
	AddUserToGroup: {
		input: { GroupName: string; UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded';
	};
	RemoveUserFromGroup: {
		input: { GroupName: string; UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	AttachGroupPolicy: {
		input: { GroupName: string; PolicyArn: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded' | 'InvalidInput';
	};
	ListGroups: { input: Empty; output: { Groups: readonly GroupView[]; IsTruncated: false }; errors: CommonError };
	ListGroupsForUser: {
		input: { UserName: string };
		output: { Groups: readonly GroupView[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};

	// ---------- Inline policies ----------
	PutUserPolicy: {
		input: { UserName: string; PolicyName: string; PolicyDocument: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'MalformedPolicyDocument' | 'LimitExceeded';
	};
	DeleteUserPolicy: {
		input: { UserName: string; PolicyName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	PutGroupPolicy: {
		input: { GroupName: string; PolicyName: string; PolicyDocument: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'MalformedPolicyDocument' | 'LimitExceeded';
	};
	DeleteGroupPolicy: {
		input: { GroupName: string; PolicyName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};

	// ---------- MFA ----------
	CreateVirtualMFADevice: {
		input: { VirtualMFADeviceName: string; Path?: string };
		output: { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } };
		errors: CommonError | 'EntityAlreadyExists';
	};
	/** Without `UserName`, the signed-in identity (the root user when signed in as root). */
	EnableMFADevice: {
		input: { UserName?: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'EntityAlreadyExists' | 'LimitExceeded' | 'InvalidAuthenticationCode';
	};
	DeactivateMFADevice: {
		input: { UserName?: string; SerialNumber: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	DeleteVirtualMFADevice: {
		input: { SerialNumber: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'DeleteConflict';
	};
	ResyncMFADevice: {
		input: { UserName?: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'InvalidAuthenticationCode';
	};
	ListMFADevices: {
		input: { UserName?: string };
		output: { MFADevices: readonly MfaDeviceView[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};
	ListVirtualMFADevices: {
		input: { AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any' };
		output: { VirtualMFADevices: readonly VirtualMfaDeviceListItem[]; IsTruncated: false };
		errors: CommonError;
	};

	// ---------- Access keys ----------
	CreateAccessKey: {
		input: { UserName?: string };
		output: { AccessKey: AccessKeyMetadata & { SecretAccessKey: string } };
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded';
	};
	UpdateAccessKey: {
		input: { UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	DeleteAccessKey: {
		input: { UserName?: string; AccessKeyId: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	ListAccessKeys: {
		input: { UserName?: string };
		output: { AccessKeyMetadata: readonly AccessKeyMetadata[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};
	/** When a key last signed a request; `N/A` and no date for a key that never has. */
	GetAccessKeyLastUsed: {
		input: { AccessKeyId: string };
		output: { UserName: string; AccessKeyLastUsed: AccessKeyLastUsedView };
		errors: CommonError | 'NoSuchEntity';
	};

	// ---------- Account ----------
	CreateAccountAlias: {
		input: { AccountAlias: string };
		output: Empty;
		errors: CommonError | 'EntityAlreadyExists';
	};
	DeleteAccountAlias: {
		input: { AccountAlias: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	ListAccountAliases: {
		input: Empty;
		output: { AccountAliases: readonly string[]; IsTruncated: false };
		errors: CommonError;
	};
	GetAccountSummary: { input: Empty; output: { SummaryMap: Readonly<Record<string, number>> }; errors: CommonError };
	GetAccountPasswordPolicy: { input: Empty; output: never; errors: CommonError | 'NoSuchEntity' };

	// ---------- STS ----------
	/** Who is calling. Needs no permission; denies do not apply to it. */
	GetCallerIdentity: {
		input: Empty;
		output: { UserId: string; Account: string; Arn: string };
		errors: CommonError | 'InvalidClientTokenId';
	};

	// ---------- Billing console (no public API; SIMPLIFIED) ----------
	GetBillingPreferences: {
		input: Empty;
		output: { ReceiveBillingAlerts: boolean; IamUserAccessToBilling: boolean };
		errors: CommonError;
	};
	UpdateBillingPreferences: {
		input: { ReceiveBillingAlerts: boolean };
		output: { ReceiveBillingAlerts: boolean };
		errors: CommonError | 'ValidationException';
	};
	/** Root only: "IAM user and role access to Billing information". */
	UpdateIamUserAccessToBilling: {
		input: { Activate: boolean };
		output: { IamUserAccessToBilling: boolean };
		errors: CommonError;
	};
	GetCostSummary: {
		input: Empty;
		output: {
			MonthToDateUsd: number;
			Currency: 'USD';
			BillingPeriodStart: number;
			AsOf: number;
			SpendRateUsdPerHour: number;
		};
		errors: CommonError;
	};

	// ---------- AWS Budgets (global) ----------
	CreateBudget: {
		input: CreateBudgetInput;
		output: Empty;
		errors: BudgetsError | 'DuplicateRecordException' | 'CreationLimitExceededException';
	};
	DescribeBudgets: {
		input: { AccountId: string; MaxResults?: number };
		output: { Budgets: readonly BudgetView[] };
		errors: BudgetsError;
	};
	DescribeBudget: {
		input: { AccountId: string; BudgetName: string };
		output: { Budget: BudgetView };
		errors: BudgetsError | 'NotFoundException';
	};
	UpdateBudget: {
		input: { AccountId: string; NewBudget: BudgetInput };
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	DeleteBudget: {
		input: { AccountId: string; BudgetName: string };
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	CreateNotification: {
		input: {
			AccountId: string;
			BudgetName: string;
			Notification: BudgetNotificationInput;
			Subscribers: readonly BudgetSubscriber[];
		};
		output: Empty;
		errors: BudgetsError | 'NotFoundException' | 'DuplicateRecordException' | 'CreationLimitExceededException';
	};
	DeleteNotification: {
		input: { AccountId: string; BudgetName: string; Notification: BudgetNotificationInput };
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	DescribeNotificationsForBudget: {
		input: { AccountId: string; BudgetName: string };
		output: { Notifications: readonly BudgetNotificationView[] };
		errors: BudgetsError | 'NotFoundException';
	};
	CreateSubscriber: {
		input: {
			AccountId: string;
			BudgetName: string;
			Notification: BudgetNotificationInput;
			Subscriber: BudgetSubscriber;
		};
		output: Empty;
		errors: BudgetsError | 'NotFoundException' | 'DuplicateRecordException' | 'CreationLimitExceededException';
	};
	DeleteSubscriber: {
		input: {
			AccountId: string;
			BudgetName: string;
			Notification: BudgetNotificationInput;
			Subscriber: BudgetSubscriber;
		};
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	DescribeSubscribersForNotification: {
		input: { AccountId: string; BudgetName: string; Notification: BudgetNotificationInput };
		output: { Subscribers: readonly BudgetSubscriber[] };
		errors: BudgetsError | 'NotFoundException';
	};

	// ---------- Account plan (AWS Free Tier API, global) ----------
	GetAccountPlanState: { input: Empty; output: AccountPlanStateView; errors: CommonError };
	UpgradeAccountPlan: {
		input: { accountPlanType: 'PAID' };
		output: { accountId: string; accountPlanType: 'PAID'; accountPlanStatus: 'ACTIVE' };
		errors: CommonError | 'ValidationException';
	};

	// ---------- CloudWatch (regional) ----------
	PutMetricAlarm: {
		input: PutMetricAlarmInput;
		output: Empty;
		errors: CommonError | 'InvalidParameterValue' | 'InvalidParameterCombination';
	};
	DescribeAlarms: {
		input: { AlarmNames?: readonly string[]; AlarmNamePrefix?: string; StateValue?: AlarmStateValue };
		output: { MetricAlarms: readonly MetricAlarmView[] };
		errors: CommonError | 'InvalidParameterCombination';
	};
	DeleteAlarms: {
		input: { AlarmNames: readonly string[] };
		output: Empty;
		errors: CommonError | 'ResourceNotFound';
	};
	ListMetrics: {
		input: { Namespace?: string; MetricName?: string; Dimensions?: readonly { Name: string; Value?: string }[] };
		output: { Metrics: readonly MetricView[] };
		errors: CommonError;
	};
	GetMetricStatistics: {
		input: {
			Namespace: string;
			MetricName: string;
			Dimensions?: readonly Dimension[];
			StartTime: number;
			EndTime: number;
			Period: number;
			Statistics: readonly AlarmStatistic[];
		};
		output: { Label: string; Datapoints: readonly StatisticDatapoint[] };
		errors: CommonError | 'InvalidParameterValue' | 'InvalidParameterCombination';
	};

	// ---------- SNS (regional) ----------
	CreateTopic: { input: { Name: string }; output: { TopicArn: string }; errors: CommonError | 'InvalidParameter' };
	DeleteTopic: { input: { TopicArn: string }; output: Empty; errors: CommonError | 'NotFound' | 'InvalidParameter' };
	ListTopics: { input: Empty; output: { Topics: readonly { TopicArn: string }[] }; errors: CommonError };
	Subscribe: {
		input: { TopicArn: string; Protocol: string; Endpoint: string };
		/** `pending confirmation` until the email link is followed. */
		output: { SubscriptionArn: string };
		errors: CommonError | 'NotFound' | 'InvalidParameter';
	};
	/** Needs no session: following the email's link confirms. */
	ConfirmSubscription: {
		input: { TopicArn: string; Token: string };
		output: { SubscriptionArn: string };
		errors: 'NotFound' | 'InvalidParameter' | 'ValidationError';
	};
	Unsubscribe: {
		input: { SubscriptionArn: string };
		output: Empty;
		errors: CommonError | 'NotFound' | 'InvalidParameter';
	};
	ListSubscriptions: { input: Empty; output: { Subscriptions: readonly SubscriptionView[] }; errors: CommonError };
	ListSubscriptionsByTopic: {
		input: { TopicArn: string };
		output: { Subscriptions: readonly SubscriptionView[] };
		errors: CommonError | 'NotFound' | 'InvalidParameter';
	};

	// ---------- EC2 (regional) ----------
	/** The EC2 console's instance list. Launched instances are not kept, so it is always empty. */
	DescribeInstances: { input: Empty; output: { Reservations: readonly never[] }; errors: CommonError };
	/** Launches instances; what they cost is added to the account's spend rate. */
	RunInstances: {
		input: { InstanceType: string; MinCount: number; MaxCount: number };
		output: { Instances: readonly RunInstancesInstance[] };
		errors: CommonError | 'InvalidParameterValue' | 'InstanceLimitExceeded';
	};

	// ---------- Other services: entry pages only (no resources) ----------
	DescribeDBInstances: { input: Empty; output: { DBInstances: readonly never[] }; errors: CommonError };
	ListBuckets: { input: Empty; output: { Buckets: readonly never[] }; errors: CommonError };

	// ---------- Console-only actions and the practice mailbox ----------
	/** The console's "Email sign-in instructions": a message with the sign-in URL and user name, never the password. */
	SendSignInInstructions: {
		input: { UserName: string };
		output: { MessageId: string };
		errors: 'MissingAuthenticationToken' | 'NoSuchEntity' | 'ValidationError';
	};
	MarkMessageRead: {
		input: { MessageId: string };
		output: Empty;
		errors: 'NoSuchMessage' | 'ValidationError';
	};

	// ---------- Simulation controls (not AWS) ----------
	/** Fast-forwards the billing clock; charges accrue and EstimatedCharges is published every 6 hours. */
	AdvanceBillingClock: { input: { Hours: number }; output: { Clock: number }; errors: 'ValidationError' };
	SetSpendRate: { input: { UsdPerHour: number }; output: Empty; errors: 'ValidationError' };
}

/** Every operation name. */
export type OperationName = keyof Operations;

/** A call: the operation, its input, and the region for regional services (default `us-east-1`). */
export type ApiCall = {
	[K in OperationName]: { readonly op: K; readonly input: Operations[K]['input']; readonly region?: string };
}[OperationName];

/** The call for one operation. */
export type ApiCallOf<K extends OperationName> = Extract<ApiCall, { op: K }>;
