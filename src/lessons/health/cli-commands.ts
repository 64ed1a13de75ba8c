import { BILLING_REGION } from './billing-checks';
import type { FactSection } from './registry';

/**
 * The read-only AWS CLI commands the learner runs in AWS CloudShell, one box each. Some depend on
 * what earlier outputs said: each group the everyday user is in gets its own two commands, and
 * each inline policy one more to read its text.
 *
 * Who runs them: the root user, in CloudShell, in one short sitting, then signs out. CloudShell
 * needs permissions of its own, and the CloudWatch, SNS and Budgets commands need read access that
 * iam-admin deliberately lacks (it has IAMFullAccess only). The IAM commands would work for
 * iam-admin, but it cannot open CloudShell, and giving it more would undo what the course teaches.
 */

export type CliCommandKind =
	| 'identity'
	| 'account-summary'
	| 'credential-report'
	| 'users'
	| 'admin-mfa'
	| 'admin-attached'
	| 'admin-inline'
	| 'admin-groups'
	| 'group-attached'
	| 'group-inline'
	| 'user-policy'
	| 'group-policy'
	| 'billing-metrics'
	| 'alarms'
	| 'subscriptions'
	| 'budgets'
	| 'budget-notifications';

/** Where the command's box sits on the page. */
export type CliSection = 'who' | 'root' | 'admin' | 'billing';

export interface CliCommand {
	/** Stable and unique on the page: the kind, plus the group or policy it is about. */
	readonly id: string;
	readonly kind: CliCommandKind;
	readonly section: CliSection;
	/** What to paste into CloudShell (more than one line when a command must run first). */
	readonly command: string;
	/** The command without its output flags, for labels and messages. */
	readonly short: string;
	/** The API operation, as AWS CLI error messages name it. */
	readonly operation: string;
	/** The top-level member that identifies this command's JSON output. */
	readonly member: string;
	/** What the output tells the checks, in the learner's words. */
	readonly tells: string;
	readonly provides: readonly FactSection[];
	/** The group or inline policy a dependent command is about. */
	readonly groupName?: string;
	readonly policyName?: string;
}

/** Added to every command, so the learner's own CLI settings (text output, a pager) cannot get in the way. */
export const OUTPUT_FLAGS = '--output json --no-cli-pager';

/** Names IAM allows need no quoting in CloudShell's shell; anything else is quoted to be safe. */
function shellWord(word: string): string {
	return /^[\w+=,.@-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What the page knows so far that changes the commands. */
export interface CommandInputs {
	readonly adminUserName: string;
	/** From `aws sts get-caller-identity`; without it the budget commands ask the shell for it. */
	readonly accountId?: string;
	/** The everyday user's groups, once listed. */
	readonly groupNames?: readonly string[];
	/** The everyday user's inline policy names, once listed. */
	readonly userPolicyNames?: readonly string[];
	/** Each group's inline policy names, once listed. */
	readonly groupPolicyNames?: Readonly<Record<string, readonly string[]>>;
}

type Definition = Omit<CliCommand, 'command'>;

const make = (definition: Definition, before?: string): CliCommand => ({
	...definition,
	command: `${before ? `${before} ${OUTPUT_FLAGS}\n` : ''}${definition.short} ${OUTPUT_FLAGS}`,
});

/** Every command for the page, in the order it shows them. */
export function buildCliCommands(inputs: CommandInputs): CliCommand[] {
	const user = shellWord(inputs.adminUserName);
	const account = inputs.accountId ?? '"$(aws sts get-caller-identity --query Account --output text)"';
	const admin: CliCommand[] = [
		make({
			id: 'users',
			kind: 'users',
			section: 'admin',
			short: 'aws iam list-users',
			operation: 'ListUsers',
			member: 'Users',
			tells: 'which IAM users exist',
			provides: ['users'],
		}),
		make({
			id: 'admin-mfa',
			kind: 'admin-mfa',
			section: 'admin',
			short: `aws iam list-mfa-devices --user-name ${user}`,
			operation: 'ListMFADevices',
			member: 'MFADevices',
			tells: `whether ${inputs.adminUserName} has an MFA device`,
			provides: ['adminMfa'],
		}),
		make({
			id: 'admin-attached',
			kind: 'admin-attached',
			section: 'admin',
			short: `aws iam list-attached-user-policies --user-name ${user}`,
			operation: 'ListAttachedUserPolicies',
			member: 'AttachedPolicies',
			tells: `which managed policies are attached to ${inputs.adminUserName} itself`,
			provides: ['adminPermissions'],
		}),
		make({
			id: 'admin-inline',
			kind: 'admin-inline',
			section: 'admin',
			short: `aws iam list-user-policies --user-name ${user}`,
			operation: 'ListUserPolicies',
			member: 'PolicyNames',
			tells: `which policies are written into ${inputs.adminUserName} itself (inline policies)`,
			provides: ['adminPermissions'],
		}),
		...(inputs.userPolicyNames ?? []).map((policy) =>
			make({
				id: `user-policy:${policy}`,
				kind: 'user-policy',
				section: 'admin',
				short: `aws iam get-user-policy --user-name ${user} --policy-name ${shellWord(policy)}`,
				operation: 'GetUserPolicy',
				member: 'PolicyDocument',
				tells: `what the inline policy ${policy} allows`,
				provides: ['adminPermissions'],
				policyName: policy,
			}),
		),
		make({
			id: 'admin-groups',
			kind: 'admin-groups',
			section: 'admin',
			short: `aws iam list-groups-for-user --user-name ${user}`,
			operation: 'ListGroupsForUser',
			member: 'Groups',
			tells: `which groups ${inputs.adminUserName} is in (a group's policies reach its members)`,
			provides: ['adminPermissions'],
		}),
		...(inputs.groupNames ?? []).flatMap((group) => [
			make({
				id: `group-attached:${group}`,
				kind: 'group-attached',
				section: 'admin',
				short: `aws iam list-attached-group-policies --group-name ${shellWord(group)}`,
				operation: 'ListAttachedGroupPolicies',
				member: 'AttachedPolicies',
				tells: `which managed policies the group ${group} gives its members`,
				provides: ['adminPermissions'],
				groupName: group,
			}),
			make({
				id: `group-inline:${group}`,
				kind: 'group-inline',
				section: 'admin',
				short: `aws iam list-group-policies --group-name ${shellWord(group)}`,
				operation: 'ListGroupPolicies',
				member: 'PolicyNames',
				tells: `which policies are written into the group ${group}`,
				provides: ['adminPermissions'],
				groupName: group,
			}),
			...(inputs.groupPolicyNames?.[group] ?? []).map((policy) =>
				make({
					id: `group-policy:${group}:${policy}`,
					kind: 'group-policy',
					section: 'admin',
					short: `aws iam get-group-policy --group-name ${shellWord(group)} --policy-name ${shellWord(policy)}`,
					operation: 'GetGroupPolicy',
					member: 'PolicyDocument',
					tells: `what the inline policy ${policy} of the group ${group} allows`,
					provides: ['adminPermissions'],
					groupName: group,
					policyName: policy,
				}),
			),
		]),
	];
	return [
		make({
			id: 'identity',
			kind: 'identity',
			section: 'who',
			short: 'aws sts get-caller-identity',
			operation: 'GetCallerIdentity',
			member: 'Account',
			tells: 'who CloudShell runs as, and your account ID',
			provides: [],
		}),
		make({
			id: 'account-summary',
			kind: 'account-summary',
			section: 'root',
			short: 'aws iam get-account-summary',
			operation: 'GetAccountSummary',
			member: 'SummaryMap',
			tells: 'whether the root user has MFA and whether it has access keys',
			provides: ['root'],
		}),
		make(
			{
				id: 'credential-report',
				kind: 'credential-report',
				section: 'root',
				short: 'aws iam get-credential-report',
				operation: 'GetCredentialReport',
				member: 'Content',
				tells: 'every user’s password, MFA and access keys, from the IAM credential report',
				provides: ['credentials', 'root', 'users', 'adminMfa'],
			},
			'aws iam generate-credential-report',
		),
		...admin,
		make({
			id: 'billing-metrics',
			kind: 'billing-metrics',
			section: 'billing',
			short: `aws cloudwatch list-metrics --namespace AWS/Billing --region ${BILLING_REGION}`,
			operation: 'ListMetrics',
			member: 'Metrics',
			tells: 'whether billing data reaches CloudWatch (it does once billing alerts are on)',
			provides: ['billingData'],
		}),
		make({
			id: 'alarms',
			kind: 'alarms',
			section: 'billing',
			short: `aws cloudwatch describe-alarms --region ${BILLING_REGION}`,
			operation: 'DescribeAlarms',
			member: 'MetricAlarms',
			tells: 'your CloudWatch alarms in US East (N. Virginia)',
			provides: ['alarms'],
		}),
		make({
			id: 'subscriptions',
			kind: 'subscriptions',
			section: 'billing',
			short: `aws sns list-subscriptions --region ${BILLING_REGION}`,
			operation: 'ListSubscriptions',
			member: 'Subscriptions',
			tells: 'your SNS subscriptions in US East (N. Virginia) and whether they are confirmed',
			provides: ['subscriptions'],
		}),
		{
			...make({
				id: 'budgets',
				kind: 'budgets',
				section: 'billing',
				short: 'aws budgets describe-budgets',
				operation: 'DescribeBudgets',
				member: 'Budgets',
				tells: 'your AWS Budgets',
				provides: ['budgets'],
			}),
			command: `aws budgets describe-budgets --account-id ${account} ${OUTPUT_FLAGS}`,
		},
		{
			...make({
				id: 'budget-notifications',
				kind: 'budget-notifications',
				section: 'billing',
				short: 'aws budgets describe-budget-notifications-for-account',
				operation: 'DescribeBudgetNotificationsForAccount',
				member: 'BudgetNotificationsForAccount',
				tells: 'the alerts of every budget (each alert always has at least one email or SNS recipient)',
				provides: ['budgets'],
			}),
			command: `aws budgets describe-budget-notifications-for-account --account-id ${account} ${OUTPUT_FLAGS}`,
		},
	];
}
