import { alarmArn, mfaArn, topicArn, userArn } from './core/arn.ts';
import type { Handler, HandlerEnv } from './core/handler.ts';
import { asRecord } from './core/validate.ts';
import { findAccessKey } from './iam/access-key-use.ts';
import { findUser, principalArn } from './iam/lookup.ts';
import type { OperationName } from './operations.ts';
import type { SimState } from './state.ts';
import { HANDLERS } from './handlers.ts';
import { budgetArn } from './budgets/views.ts';

/** How a call is authorized before its handler runs. */
export type Authorization =
	/** No session needed (sign-in steps, following an email link, simulation controls). */
	| { readonly kind: 'none' }
	/** A session is needed, but no IAM action guards it (sign-out, console-only helpers). */
	| { readonly kind: 'session' }
	/** An IAM action on a resource, evaluated for IAM users; the root user bypasses it. */
	| { readonly kind: 'iam'; readonly action: string; readonly resource: AuthorizedResource }
	/** Only the root user may do this; no policy can grant it. */
	| { readonly kind: 'rootOnly'; readonly action: string; readonly resource: AuthorizedResource };

/** The ARN of the resource a request acts on, for actions with resource-level permissions. */
type ResourceOf = (state: SimState, input: unknown, env: HandlerEnv) => string;

/**
 * What an action is authorized against: the request's resource for actions with resource-level
 * permissions, or {@link ALL} for actions whose Service Authorization Reference entry lists no
 * resource type (they accept only `"*"`, and AWS's denial names no resource).
 */
type AuthorizedResource = ResourceOf | typeof ALL;

export interface OperationSpec<K extends OperationName> {
	readonly handler: Handler<K>;
	/** CloudTrail `eventSource`. */
	readonly eventSource: string;
	/** Regional services use the call's Region; global ones record `us-east-1`. */
	readonly regional: boolean;
	readonly auth: Authorization;
	/** Whether the call is an AWS event that the trail records. */
	readonly recorded: boolean;
	/** The trail's `eventName` when it is not the operation's name (sign-in steps). */
	readonly eventName?: string;
}

const text = (input: unknown, member: string): string | undefined => {
	const value = asRecord(input)[member];
	return typeof value === 'string' ? value : undefined;
};

/** The ARN of the user named in `member`, or of the caller when it is absent. */
const userResource =
	(member = 'UserName'): ResourceOf =>
	(state, input, env) => {
		const name = text(input, member);
		const acct = state.account.accountId;
		if (name === undefined) {
			if (env.principal?.type === 'IAMUser')
				return findUser(state, env.principal.userName)?.Arn ?? userArn(acct, '/', env.principal.userName);
			return `arn:aws:iam::${acct}:root`;
		}
		const existing = findUser(state, name);
		if (existing) return existing.Arn;
		const path = text(input, 'Path');
		return userArn(acct, path && path.startsWith('/') && path.endsWith('/') ? path : '/', name);
	};

/** The ARN of the user (or root user) who owns the access key in `AccessKeyId`; any user when it is unknown. */
const accessKeyOwnerResource: ResourceOf = (state, input) => {
	const id = text(input, 'AccessKeyId');
	const found = id === undefined ? undefined : findAccessKey(state, id);
	return found ? principalArn(state, found.owner) : userArn(state.account.accountId, '/', '*');
};

/** Actions without resource-level permissions are authorized against `"*"`. */
const ALL = '*';

const iam = <K extends OperationName>(op: K, resource: AuthorizedResource): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource: 'iam.amazonaws.com',
	regional: false,
	auth: { kind: 'iam', action: `iam:${op}`, resource },
	recorded: true,
});

const regional = <K extends OperationName>(
	op: K,
	service: string,
	eventSource: string,
	resource: AuthorizedResource,
	action = `${service}:${op}`,
): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource,
	regional: true,
	auth: { kind: 'iam', action, resource },
	recorded: true,
});

const cw = <K extends OperationName>(op: K, resource: AuthorizedResource): OperationSpec<K> =>
	regional(op, 'cloudwatch', 'monitoring.amazonaws.com', resource);
// SIMPLIFIED: SNS denies with `AuthorizationError` in the real API; every service here uses
// `AccessDenied` so the console has one denial shape to explain.
const sns = <K extends OperationName>(op: K, resource: AuthorizedResource): OperationSpec<K> =>
	regional(op, 'sns', 'sns.amazonaws.com', resource);

/** `arn:aws:ec2:<region>:<account>:instance/<id>`, an EC2 instance's ARN. */
const instanceArn = (region: string, accountId: string, instanceId: string): string =>
	`arn:aws:ec2:${region}:${accountId}:instance/${instanceId}`;

/** The first instance id a request names, or `*` when it names none that is a string. */
const firstInstanceId = (input: unknown): string => {
	const ids = asRecord(input)['InstanceIds'];
	const first: unknown = Array.isArray(ids) ? ids[0] : undefined;
	return typeof first === 'string' ? first : '*';
};

const alarmResource: ResourceOf = (state, input, env) =>
	alarmArn(env.region, state.account.accountId, text(input, 'AlarmName') ?? '*');
const alarmsResource: ResourceOf = (state, _input, env) => alarmArn(env.region, state.account.accountId, '*');
const topicResource: ResourceOf = (state, input, env) =>
	text(input, 'TopicArn') ?? topicArn(env.region, state.account.accountId, '*');

const signin = <K extends OperationName>(op: K, recorded: boolean): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource: 'signin.amazonaws.com',
	regional: false,
	auth: { kind: 'none' },
	recorded,
});

const local = <K extends OperationName>(op: K, auth: Authorization): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource: 'console.local',
	regional: false,
	auth,
	recorded: false,
});

const billing = <K extends OperationName>(op: K, auth: Authorization): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource: 'billingconsole.amazonaws.com',
	regional: false,
	auth,
	recorded: true,
});

/**
 * AWS Budgets operations: global, recorded under `budgets.amazonaws.com`, authorized on the
 * budget's ARN with `budgets:ViewBudget` (reads) or `budgets:ModifyBudget` (changes), as the
 * Service Authorization Reference maps them. The ARN uses this account's ID; a request naming
 * another account is refused by the handler.
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbudgetservice.html
 */
const budgets = <K extends OperationName>(
	op: K,
	action: 'budgets:ViewBudget' | 'budgets:ModifyBudget',
): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource: 'budgets.amazonaws.com',
	regional: false,
	auth: {
		kind: 'iam',
		action,
		resource: (state, input) => {
			const record = asRecord(input);
			const named = record['BudgetName'] ?? asRecord(record['Budget'] ?? record['NewBudget'])['BudgetName'];
			return budgetArn(state.account.accountId, typeof named === 'string' ? named : '*');
		},
	},
	recorded: true,
});

/** AWS Free Tier's account-plan operations (`freetier:` actions, global). */
const freetier = <K extends OperationName>(op: K): OperationSpec<K> => ({
	handler: HANDLERS[op],
	eventSource: 'freetier.amazonaws.com',
	regional: false,
	auth: { kind: 'iam', action: `freetier:${op}`, resource: ALL },
	recorded: true,
});

/**
 * Every operation's authorization, trail source and handler. The IAM action names follow the
 * Service Authorization Reference. Billing console pages use today's fine-grained actions
 * (`billing:`, `ce:`, `budgets:`, `freetier:`), not the retired `aws-portal:` ones; the Billing
 * home page's cost summary is Cost Explorer data (`ce:GetCostAndUsage`).
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/migrate-granularaccess-iam-mapping-reference.html
 */
export const OPERATION_SPECS: { readonly [K in OperationName]: OperationSpec<K> } = {
	ConsoleLogin: signin('ConsoleLogin', true),
	// CloudTrail knows the sign-in page's steps as ConsoleLogin and ChangePassword, failures included.
	ConsoleLoginMFA: { ...signin('ConsoleLoginMFA', true), eventName: 'ConsoleLogin' },
	ChangeExpiredPassword: { ...signin('ChangeExpiredPassword', true), eventName: 'ChangePassword' },
	CancelSignIn: signin('CancelSignIn', false),
	ConsoleLogout: { ...signin('ConsoleLogout', false), auth: { kind: 'session' } },
	// SIMPLIFIED: the root user's prompt to register MFA has no documented CloudTrail events (the
	// password step before it is the ConsoleLogin event); a resync from the sign-in page is
	// recorded as IAM's ResyncMFADevice.
	SkipMFARegistration: signin('SkipMFARegistration', false),
	StartMFARegistration: signin('StartMFARegistration', false),
	ResyncMFADeviceAtSignIn: {
		...signin('ResyncMFADeviceAtSignIn', true),
		eventSource: 'iam.amazonaws.com',
		eventName: 'ResyncMFADevice',
	},
	// Passkeys and security keys: the console's own operations. Registering one needs the permission
	// to enable an MFA device; its challenge is not an AWS event, the registration is recorded as
	// EnableMFADevice and the sign-in step as ConsoleLogin.
	StartFIDORegistration: {
		...iam('StartFIDORegistration', userResource()),
		auth: { kind: 'iam', action: 'iam:EnableMFADevice', resource: userResource() },
		recorded: false,
	},
	CompleteFIDORegistration: {
		...iam('CompleteFIDORegistration', userResource()),
		auth: { kind: 'iam', action: 'iam:EnableMFADevice', resource: userResource() },
		eventName: 'EnableMFADevice',
	},
	StartFIDOSignIn: signin('StartFIDOSignIn', false),
	ConsoleLoginFIDO: { ...signin('ConsoleLoginFIDO', true), eventName: 'ConsoleLogin' },

	CreateUser: iam('CreateUser', userResource()),
	GetUser: iam('GetUser', userResource()),
	ListUsers: iam('ListUsers', ALL),
	DeleteUser: iam('DeleteUser', userResource()),
	CreateLoginProfile: iam('CreateLoginProfile', userResource()),
	GetLoginProfile: iam('GetLoginProfile', userResource()),
	UpdateLoginProfile: iam('UpdateLoginProfile', userResource()),
	DeleteLoginProfile: iam('DeleteLoginProfile', userResource()),
	ChangePassword: iam('ChangePassword', userResource('-caller-')),
	AttachUserPolicy: iam('AttachUserPolicy', userResource()),
	DetachUserPolicy: iam('DetachUserPolicy', userResource()),
	ListAttachedUserPolicies: iam('ListAttachedUserPolicies', userResource()),
	ListPolicies: iam('ListPolicies', ALL),
	GetPolicy: iam('GetPolicy', (_s, input) => text(input, 'PolicyArn') ?? '*'),
	GetPolicyVersion: iam('GetPolicyVersion', (_s, input) => text(input, 'PolicyArn') ?? '*'),
	CreateGroup: iam(
		'CreateGroup',
		(s, input) => `arn:aws:iam::${s.account.accountId}:group/${text(input, 'GroupName') ?? ''}`,
	),
	AddUserToGroup: iam(
		'AddUserToGroup',
		(s, input) => `arn:aws:iam::${s.account.accountId}:group/${text(input, 'GroupName') ?? ''}`,
	),
	RemoveUserFromGroup: iam(
		'RemoveUserFromGroup',
		(s, input) => `arn:aws:iam::${s.account.accountId}:group/${text(input, 'GroupName') ?? ''}`,
	),
	AttachGroupPolicy: iam(
		'AttachGroupPolicy',
		(s, input) => `arn:aws:iam::${s.account.accountId}:group/${text(input, 'GroupName') ?? ''}`,
	),
	ListGroups: iam('ListGroups', ALL),
	ListGroupsForUser: iam('ListGroupsForUser', userResource()),
	PutUserPolicy: iam('PutUserPolicy', userResource()),
	DeleteUserPolicy: iam('DeleteUserPolicy', userResource()),
	PutGroupPolicy: iam(
		'PutGroupPolicy',
		(s, input) => `arn:aws:iam::${s.account.accountId}:group/${text(input, 'GroupName') ?? ''}`,
	),
	DeleteGroupPolicy: iam(
		'DeleteGroupPolicy',
		(s, input) => `arn:aws:iam::${s.account.accountId}:group/${text(input, 'GroupName') ?? ''}`,
	),
	CreateVirtualMFADevice: iam('CreateVirtualMFADevice', (s, input) =>
		mfaArn(s.account.accountId, '/', text(input, 'VirtualMFADeviceName') ?? ''),
	),
	EnableMFADevice: iam('EnableMFADevice', userResource()),
	DeactivateMFADevice: iam('DeactivateMFADevice', userResource()),
	DeleteVirtualMFADevice: iam('DeleteVirtualMFADevice', (_s, input) => text(input, 'SerialNumber') ?? '*'),
	ResyncMFADevice: iam('ResyncMFADevice', userResource()),
	ListMFADevices: iam('ListMFADevices', userResource()),
	ListVirtualMFADevices: iam('ListVirtualMFADevices', ALL),
	CreateAccessKey: iam('CreateAccessKey', userResource()),
	UpdateAccessKey: iam('UpdateAccessKey', userResource()),
	DeleteAccessKey: iam('DeleteAccessKey', userResource()),
	ListAccessKeys: iam('ListAccessKeys', userResource()),
	GetAccessKeyLastUsed: iam('GetAccessKeyLastUsed', accessKeyOwnerResource),
	CreateAccountAlias: iam('CreateAccountAlias', ALL),
	DeleteAccountAlias: iam('DeleteAccountAlias', ALL),
	ListAccountAliases: iam('ListAccountAliases', ALL),
	GetAccountSummary: iam('GetAccountSummary', ALL),
	GetAccountPasswordPolicy: iam('GetAccountPasswordPolicy', ALL),

	// AWS: no permission is required, and an explicit deny does not stop it.
	GetCallerIdentity: {
		handler: HANDLERS.GetCallerIdentity,
		eventSource: 'sts.amazonaws.com',
		regional: false,
		auth: { kind: 'session' },
		recorded: true,
	},

	GetBillingPreferences: billing('GetBillingPreferences', {
		kind: 'iam',
		action: 'billing:GetBillingPreferences',
		resource: ALL,
	}),
	UpdateBillingPreferences: billing('UpdateBillingPreferences', {
		kind: 'iam',
		action: 'billing:UpdateBillingPreferences',
		resource: ALL,
	}),
	UpdateIamUserAccessToBilling: billing('UpdateIamUserAccessToBilling', {
		kind: 'rootOnly',
		action: 'billing:UpdateIAMAccessPreference',
		resource: ALL,
	}),
	GetCostSummary: billing('GetCostSummary', { kind: 'iam', action: 'ce:GetCostAndUsage', resource: ALL }),

	CreateBudget: budgets('CreateBudget', 'budgets:ModifyBudget'),
	DescribeBudgets: budgets('DescribeBudgets', 'budgets:ViewBudget'),
	DescribeBudget: budgets('DescribeBudget', 'budgets:ViewBudget'),
	UpdateBudget: budgets('UpdateBudget', 'budgets:ModifyBudget'),
	DeleteBudget: budgets('DeleteBudget', 'budgets:ModifyBudget'),
	CreateNotification: budgets('CreateNotification', 'budgets:ModifyBudget'),
	DeleteNotification: budgets('DeleteNotification', 'budgets:ModifyBudget'),
	DescribeNotificationsForBudget: budgets('DescribeNotificationsForBudget', 'budgets:ViewBudget'),
	CreateSubscriber: budgets('CreateSubscriber', 'budgets:ModifyBudget'),
	DeleteSubscriber: budgets('DeleteSubscriber', 'budgets:ModifyBudget'),
	DescribeSubscribersForNotification: budgets('DescribeSubscribersForNotification', 'budgets:ViewBudget'),
	GetAccountPlanState: freetier('GetAccountPlanState'),
	UpgradeAccountPlan: freetier('UpgradeAccountPlan'),

	PutMetricAlarm: cw('PutMetricAlarm', alarmResource),
	DescribeAlarms: cw('DescribeAlarms', alarmsResource),
	DeleteAlarms: cw('DeleteAlarms', alarmsResource),
	ListMetrics: cw('ListMetrics', ALL),
	GetMetricStatistics: cw('GetMetricStatistics', ALL),

	CreateTopic: sns('CreateTopic', (s, input, env) =>
		topicArn(env.region, s.account.accountId, text(input, 'Name') ?? ''),
	),
	DeleteTopic: sns('DeleteTopic', topicResource),
	ListTopics: sns('ListTopics', ALL),
	Subscribe: sns('Subscribe', topicResource),
	ConfirmSubscription: { ...sns('ConfirmSubscription', topicResource), auth: { kind: 'none' } },
	Unsubscribe: sns('Unsubscribe', ALL),
	ListSubscriptions: sns('ListSubscriptions', ALL),
	ListSubscriptionsByTopic: sns('ListSubscriptionsByTopic', topicResource),

	DescribeInstances: regional('DescribeInstances', 'ec2', 'ec2.amazonaws.com', ALL),
	// SIMPLIFIED: EC2 refuses with `UnauthorizedOperation` (and `AuthFailure` without credentials) and
	// checks several resources per launch (image, subnet, …); here one instance resource is checked
	// and the denial is `AccessDenied`, like every other service.
	RunInstances: regional(
		'RunInstances',
		'ec2',
		'ec2.amazonaws.com',
		(s, _i, env) => `arn:aws:ec2:${env.region}:${s.account.accountId}:instance/*`,
	),
	// SIMPLIFIED: EC2 authorizes each instance a request names; here the first one named is checked.
	StopInstances: regional('StopInstances', 'ec2', 'ec2.amazonaws.com', (s, input, env) =>
		instanceArn(env.region, s.account.accountId, firstInstanceId(input)),
	),
	TerminateInstances: regional('TerminateInstances', 'ec2', 'ec2.amazonaws.com', (s, input, env) =>
		instanceArn(env.region, s.account.accountId, firstInstanceId(input)),
	),
	LookupEvents: regional('LookupEvents', 'cloudtrail', 'cloudtrail.amazonaws.com', ALL),
	DescribeDBInstances: regional(
		'DescribeDBInstances',
		'rds',
		'rds.amazonaws.com',
		(s, _i, env) => `arn:aws:rds:${env.region}:${s.account.accountId}:db:*`,
	),
	ListBuckets: { ...regional('ListBuckets', 's3', 's3.amazonaws.com', ALL, 's3:ListAllMyBuckets'), regional: false },

	SendSignInInstructions: local('SendSignInInstructions', { kind: 'session' }),
	MarkMessageRead: local('MarkMessageRead', { kind: 'none' }),
	AdvanceBillingClock: local('AdvanceBillingClock', { kind: 'none' }),
	SetSpendRate: local('SetSpendRate', { kind: 'none' }),
};
