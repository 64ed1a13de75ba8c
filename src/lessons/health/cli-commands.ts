import { COURSE_USER } from './checks';
import type { FactSection } from './registry';

/** The read-only AWS CLI commands the learner runs in AWS CloudShell, one box each. */
export type CliCommandId = 'account-summary' | 'users' | 'admin-mfa' | 'admin-policies' | 'alarms' | 'subscriptions';

export interface CliCommand {
	readonly id: CliCommandId;
	readonly command: string;
	/** The API operation, as AWS CLI error messages name it. */
	readonly operation: string;
	/** The top-level member that identifies this command's JSON output. */
	readonly member: string;
	/** What the output tells the checks, in the learner's words. */
	readonly tells: string;
	readonly provides: FactSection;
}

export const CLI_COMMANDS: readonly CliCommand[] = [
	{
		id: 'account-summary',
		command: 'aws iam get-account-summary',
		operation: 'GetAccountSummary',
		member: 'SummaryMap',
		tells: 'whether the root user has MFA and whether it has access keys',
		provides: 'root',
	},
	{
		id: 'users',
		command: 'aws iam list-users',
		operation: 'ListUsers',
		member: 'Users',
		tells: 'which IAM users exist',
		provides: 'users',
	},
	{
		id: 'admin-mfa',
		command: `aws iam list-mfa-devices --user-name ${COURSE_USER}`,
		operation: 'ListMFADevices',
		member: 'MFADevices',
		tells: `whether ${COURSE_USER} has an MFA device`,
		provides: 'adminMfa',
	},
	{
		id: 'admin-policies',
		command: `aws iam list-attached-user-policies --user-name ${COURSE_USER}`,
		operation: 'ListAttachedUserPolicies',
		member: 'AttachedPolicies',
		tells: `which policies are attached to ${COURSE_USER}`,
		provides: 'adminPolicies',
	},
	{
		id: 'alarms',
		command: 'aws cloudwatch describe-alarms --region us-east-1',
		operation: 'DescribeAlarms',
		member: 'MetricAlarms',
		tells: 'your CloudWatch alarms in US East (N. Virginia)',
		provides: 'alarms',
	},
	{
		id: 'subscriptions',
		command: 'aws sns list-subscriptions --region us-east-1',
		operation: 'ListSubscriptions',
		member: 'Subscriptions',
		tells: 'your SNS subscriptions in US East (N. Virginia) and whether they are confirmed',
		provides: 'subscriptions',
	},
];

export function findCliCommand(id: CliCommandId): CliCommand {
	const command = CLI_COMMANDS.find((c) => c.id === id);
	if (!command) throw new Error(`Unknown CLI command ${id}`);
	return command;
}
