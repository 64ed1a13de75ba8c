import { done, type Handler } from './core/handler.ts';
import type { OperationName } from './operations.ts';
import * as users from './iam/users.ts';
import * as profiles from './iam/login-profiles.ts';
import * as attachments from './iam/attachments.ts';
import * as groups from './iam/groups.ts';
import * as inline from './iam/inline-policies.ts';
import * as keys from './iam/access-keys.ts';
import * as account from './iam/account.ts';
import * as mfa from './mfa/virtual-devices.ts';
import * as signin from './signin/console-login.ts';
import * as mfaRegistration from './signin/mfa-registration.ts';
import { resyncMfaDeviceAtSignIn } from './signin/resync-at-sign-in.ts';
import { handledWithContextCode } from './mfa/fido/without-code.ts';
import * as billing from './billing/preferences.ts';
import * as alarms from './cloudwatch/alarms.ts';
import * as metrics from './cloudwatch/metric-operations.ts';
import * as sns from './sns/topics.ts';
import * as mailbox from './mailbox/actions.ts';
import * as ec2 from './ec2/instances.ts';
import { describeInstances } from './ec2/describe.ts';
import { lookupEvents } from './cloudtrail/lookup-events.ts';
import { getCallerIdentity } from './sts/caller-identity.ts';
import * as budgets from './budgets/budgets.ts';
import * as budgetNotifications from './budgets/notifications.ts';
import * as accountPlan from './billing/account-plan.ts';

/** Entry pages of services the account has no resources in: the lists are empty. */
const describeDbInstances: Handler<'DescribeDBInstances'> = (state) => done(state, { DBInstances: [] });
const listBuckets: Handler<'ListBuckets'> = (state) => done(state, { Buckets: [] });

/** Every operation's handler. */
export const HANDLERS: { readonly [K in OperationName]: Handler<K> } = {
	ConsoleLogin: signin.consoleLogin,
	ConsoleLoginMFA: signin.consoleLoginMfa,
	ChangeExpiredPassword: signin.changeExpiredPassword,
	CancelSignIn: signin.cancelSignIn,
	ConsoleLogout: signin.consoleLogout,
	SkipMFARegistration: mfaRegistration.skipMfaRegistration,
	StartMFARegistration: mfaRegistration.startMfaRegistration,
	ResyncMFADeviceAtSignIn: resyncMfaDeviceAtSignIn,
	// Passkey operations: their code arrives with the call's context (see mfa/fido/types.ts).
	StartFIDORegistration: handledWithContextCode('StartFIDORegistration'),
	CompleteFIDORegistration: handledWithContextCode('CompleteFIDORegistration'),
	StartFIDOSignIn: handledWithContextCode('StartFIDOSignIn'),
	ConsoleLoginFIDO: handledWithContextCode('ConsoleLoginFIDO'),
	CreateUser: users.createUser,
	GetUser: users.getUser,
	ListUsers: users.listUsers,
	DeleteUser: users.deleteUser,
	CreateLoginProfile: profiles.createLoginProfile,
	GetLoginProfile: profiles.getLoginProfile,
	UpdateLoginProfile: profiles.updateLoginProfile,
	DeleteLoginProfile: profiles.deleteLoginProfile,
	ChangePassword: profiles.changePassword,
	AttachUserPolicy: attachments.attachUserPolicy,
	DetachUserPolicy: attachments.detachUserPolicy,
	ListAttachedUserPolicies: attachments.listAttachedUserPolicies,
	ListPolicies: attachments.listPolicies,
	GetPolicy: attachments.getPolicy,
	GetPolicyVersion: attachments.getPolicyVersion,
	CreateGroup: groups.createGroup,
	AddUserToGroup: groups.addUserToGroup,
	RemoveUserFromGroup: groups.removeUserFromGroup,
	AttachGroupPolicy: groups.attachGroupPolicy,
	ListGroups: groups.listGroups,
	ListGroupsForUser: groups.listGroupsForUser,
	PutUserPolicy: inline.putUserPolicy,
	DeleteUserPolicy: inline.deleteUserPolicy,
	PutGroupPolicy: inline.putGroupPolicy,
	DeleteGroupPolicy: inline.deleteGroupPolicy,
	CreateVirtualMFADevice: mfa.createVirtualMfaDevice,
	EnableMFADevice: mfa.enableMfaDevice,
	DeactivateMFADevice: mfa.deactivateMfaDevice,
	DeleteVirtualMFADevice: mfa.deleteVirtualMfaDevice,
	ResyncMFADevice: mfa.resyncMfaDevice,
	ListMFADevices: mfa.listMfaDevices,
	ListVirtualMFADevices: mfa.listVirtualMfaDevices,
	CreateAccessKey: keys.createAccessKey,
	UpdateAccessKey: keys.updateAccessKey,
	DeleteAccessKey: keys.deleteAccessKey,
	ListAccessKeys: keys.listAccessKeys,
	GetAccessKeyLastUsed: keys.getAccessKeyLastUsed,
	CreateAccountAlias: account.createAccountAlias,
	DeleteAccountAlias: account.deleteAccountAlias,
	ListAccountAliases: account.listAccountAliases,
	GetAccountSummary: account.getAccountSummary,
	GetAccountPasswordPolicy: account.getAccountPasswordPolicy,
	GetCallerIdentity: getCallerIdentity,
	GetBillingPreferences: billing.getBillingPreferences,
	UpdateBillingPreferences: billing.updateBillingPreferences,
	UpdateIamUserAccessToBilling: billing.updateIamUserAccessToBilling,
	GetCostSummary: billing.getCostSummary,
	CreateBudget: budgets.createBudget,
	DescribeBudgets: budgets.describeBudgets,
	DescribeBudget: budgets.describeBudget,
	UpdateBudget: budgets.updateBudget,
	DeleteBudget: budgets.deleteBudget,
	CreateNotification: budgetNotifications.createNotification,
	DeleteNotification: budgetNotifications.deleteNotification,
	DescribeNotificationsForBudget: budgetNotifications.describeNotificationsForBudget,
	CreateSubscriber: budgetNotifications.createSubscriber,
	DeleteSubscriber: budgetNotifications.deleteSubscriber,
	DescribeSubscribersForNotification: budgetNotifications.describeSubscribersForNotification,
	GetAccountPlanState: accountPlan.getAccountPlanState,
	UpgradeAccountPlan: accountPlan.upgradeAccountPlan,
	PutMetricAlarm: alarms.putMetricAlarm,
	DescribeAlarms: alarms.describeAlarms,
	DeleteAlarms: alarms.deleteAlarms,
	ListMetrics: metrics.listMetrics,
	GetMetricStatistics: metrics.getMetricStatistics,
	CreateTopic: sns.createTopic,
	DeleteTopic: sns.deleteTopic,
	ListTopics: sns.listTopics,
	Subscribe: sns.subscribe,
	ConfirmSubscription: sns.confirmSubscription,
	Unsubscribe: sns.unsubscribe,
	ListSubscriptions: sns.listSubscriptions,
	ListSubscriptionsByTopic: sns.listSubscriptionsByTopic,
	DescribeInstances: describeInstances,
	RunInstances: ec2.runInstances,
	StopInstances: ec2.stopInstances,
	TerminateInstances: ec2.terminateInstances,
	LookupEvents: lookupEvents,
	DescribeDBInstances: describeDbInstances,
	ListBuckets: listBuckets,
	SendSignInInstructions: mailbox.sendSignInInstructions,
	MarkMessageRead: mailbox.markMessageRead,
	AdvanceBillingClock: billing.advanceBillingClock,
	SetSpendRate: billing.setSpendRate,
};
