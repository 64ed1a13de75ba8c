/**
 * The course's glossary: every word a learner meets in the lessons and may want to look up later,
 * with a short definition in the course's own words. The /glossary/ page lists them, and <Term>
 * explains each one where a lesson first uses it. Pure data and two small functions: no Astro
 * imports, so unit tests load it directly.
 *
 * Facts follow the course's AWS reference (its December 2026 corrections win over older notes).
 * Keep a definition to one or two short sentences: what it is, then why it matters here.
 */

export interface GlossaryEntry {
	/** The anchor on /glossary/ and the id lessons pass to <Term>: a kebab slug that never changes. */
	readonly id: string;
	/** The word as the glossary lists it. */
	readonly term: string;
	/** What it means, in a sentence or two. */
	readonly definition: string;
	/** The lesson (URL slug) that teaches it, for a "Learn more" link. */
	readonly lesson?: string;
	/** Related entries, by id. */
	readonly seeAlso?: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
	{
		id: 'access-key',
		term: 'Access key',
		definition:
			'A pair of values, a key ID and a secret, that lets a program or the command line act as an IAM user without a password. It keeps working until someone deactivates or deletes it, so create one only when a program really needs it, and never for the root user.',
		lesson: 'our-new-user',
		seeAlso: ['console-password', 'iam-user'],
	},
	{
		id: 'account-alias',
		term: 'Account alias',
		definition:
			'A friendly name you can give your account, to type instead of its 12-digit ID when an IAM user signs in. An account has at most one; it uses lowercase letters, digits and hyphens, must be unique across AWS, and is not a secret.',
		lesson: 'logging-in',
		seeAlso: ['account-id', 'sign-in-url'],
	},
	{
		id: 'account-id',
		term: 'Account ID',
		definition:
			'The 12-digit number that identifies your AWS account, which may start with a zero. IAM users need it (or the alias) to sign in. AWS does not treat it as secret, but keep it handy in your password manager.',
		lesson: 'secure-your-account',
		seeAlso: ['account-alias', 'sign-in-url'],
	},
	{
		id: 'administrator-access',
		term: 'AdministratorAccess',
		definition:
			'An AWS managed policy that allows every action on every resource. Give it only to an identity that truly needs full control, protected by MFA, and remove it when the job is done.',
		lesson: 'iam-user-mfa',
		seeAlso: ['managed-policy', 'iam-full-access'],
	},
	{
		id: 'alarm',
		term: 'Alarm',
		definition:
			'A CloudWatch rule that watches one metric and changes state when it crosses a threshold you set: OK, ALARM, or INSUFFICIENT_DATA while there are no figures yet. Entering ALARM can send a message to an SNS topic.',
		lesson: 'billing-alarm',
		seeAlso: ['billing-alarm', 'cloudwatch-metric', 'sns-topic'],
	},
	{
		id: 'aws-organizations',
		term: 'AWS Organizations',
		definition:
			'The AWS service that groups several AWS accounts under one management account, with shared billing and rules that apply to them all. IAM Identity Center works with it to give people access to those accounts.',
		lesson: 'create-iam-user',
		seeAlso: ['iam-identity-center'],
	},
	{
		id: 'billing-alarm',
		term: 'Billing alarm',
		definition:
			"A CloudWatch alarm on the account's estimated charges that emails you when they pass an amount, such as $10. It must live in US East (N. Virginia), needs billing alerts turned on first, reacts within hours, and never stops any spending.",
		lesson: 'billing-alarm',
		seeAlso: ['alarm', 'budget', 'subscription'],
	},
	{
		id: 'budget',
		term: 'Budget',
		definition:
			'An amount you set in AWS Budgets; it emails you when your spending passes it, or is forecast to. A zero spend budget alerts as soon as you spend a cent. It needs no Region, topic or metric, and it alerts without stopping anything.',
		lesson: 'billing-alarm',
		seeAlso: ['billing-alarm', 'free-plan'],
	},
	{
		id: 'cloudshell',
		term: 'CloudShell',
		definition:
			'AWS CloudShell: a command line that opens in your browser from the console, with the AWS CLI already signed in as you. The course uses it to run read-only commands that check your real account.',
		seeAlso: ['access-key'],
	},
	{
		id: 'cloudtrail',
		term: 'CloudTrail',
		definition:
			'AWS CloudTrail: the record of the calls made in your account, who made each one, when, from where, and whether it was allowed. It is where you look to find out what happened.',
	},
	{
		id: 'cloudwatch-metric',
		term: 'Metric (CloudWatch)',
		definition:
			"A series of figures over time that CloudWatch keeps, such as the billing metric EstimatedCharges, the month's charges so far in US dollars. Alarms watch metrics.",
		lesson: 'billing-alarm',
		seeAlso: ['alarm', 'statistic'],
	},
	{
		id: 'console-password',
		term: 'Console password',
		definition:
			"The password an IAM user types to sign in to the AWS Management Console. It is separate from the root user's password, and the account's password policy sets its rules.",
		lesson: 'create-iam-user',
		seeAlso: ['access-key', 'iam-user'],
	},
	{
		id: 'free-plan',
		term: 'Free plan',
		definition:
			'One of the two plans for accounts created from 15 July 2025: no charges, credits to spend, and a limited choice of services. It ends after six months or when the credits run out, and then the account closes unless you upgrade to the Paid plan.',
		lesson: 'billing-alarm',
		seeAlso: ['budget'],
	},
	{
		id: 'iam',
		term: 'IAM',
		definition:
			'Identity and Access Management: the AWS service that decides who can do what in your account, through users, groups, roles and the policies attached to them.',
		lesson: 'secure-your-account',
		seeAlso: ['iam-user', 'iam-policy'],
	},
	{
		id: 'iam-full-access',
		term: 'IAMFullAccess',
		definition:
			'An AWS managed policy that allows every IAM action and a few read-only AWS Organizations actions, and nothing in any other service. The course gives it to iam-admin, which is why that user is denied in EC2 or Billing.',
		lesson: 'create-iam-user',
		seeAlso: ['managed-policy', 'administrator-access'],
	},
	{
		id: 'iam-group',
		term: 'IAM group',
		definition:
			'A named set of IAM users that share the policies attached to the group. Handy for giving many people the same permissions; iam-admin belongs to none.',
		lesson: 'our-new-user',
		seeAlso: ['iam-user', 'iam-policy'],
	},
	{
		id: 'iam-identity-center',
		term: 'IAM Identity Center',
		definition:
			"AWS's recommended way to give people access to AWS accounts: they sign in once through a portal and receive credentials that expire within hours. It pays off once a second person or a second account appears.",
		lesson: 'create-iam-user',
		seeAlso: ['aws-organizations', 'iam-user'],
	},
	{
		id: 'iam-policy',
		term: 'IAM policy',
		definition:
			'A JSON document that allows or denies actions on resources. Anything no policy allows is denied. Policies never limit the root user of a standalone account.',
		lesson: 'secure-your-account',
		seeAlso: ['managed-policy', 'inline-policy'],
	},
	{
		id: 'iam-user',
		term: 'IAM user',
		definition:
			"An identity you create inside your account, with its own name, credentials and permissions. Unlike the root user, it can do only what its policies allow. The course's everyday user, iam-admin, is one.",
		lesson: 'create-iam-user',
		seeAlso: ['root-user', 'iam-group'],
	},
	{
		id: 'inline-policy',
		term: 'Inline policy',
		definition:
			'A policy written into one user, group or role, which exists only there and is deleted with it. Managed policies are usually easier to reuse and review.',
		seeAlso: ['managed-policy', 'iam-policy'],
	},
	{
		id: 'least-privilege',
		term: 'Least privilege',
		definition:
			'Giving each identity only the permissions its job needs, so a leaked password or a slip of the mouse can do little damage.',
		lesson: 'create-iam-user',
		seeAlso: ['iam-policy'],
	},
	{
		id: 'managed-policy',
		term: 'Managed policy',
		definition:
			'A policy that stands on its own and can be attached to many users, groups and roles. AWS managed policies, such as IAMFullAccess, are written and kept up to date by AWS; customer managed ones are yours.',
		lesson: 'create-iam-user',
		seeAlso: ['inline-policy', 'iam-full-access', 'administrator-access'],
	},
	{
		id: 'mfa',
		term: 'MFA',
		definition:
			'Multi-factor authentication: signing in with something you know, the password, and something you have, such as a phone or a security key. A stolen password alone is then not enough.',
		lesson: 'root-mfa',
		seeAlso: ['virtual-mfa-device', 'passkey', 'security-key'],
	},
	{
		id: 'passkey',
		term: 'Passkey',
		definition:
			'A FIDO2 credential kept by your phone, computer or password manager and often synced between your devices, which AWS accepts as MFA since 2024. It resists fake sign-in pages and never drifts out of sync.',
		lesson: 'root-mfa',
		seeAlso: ['security-key', 'mfa'],
	},
	{
		id: 'region',
		term: 'Region',
		definition:
			'One of the areas of the world where AWS runs its data centres, such as US East (N. Virginia), us-east-1. Most resources live in one Region; billing metrics exist only in US East (N. Virginia).',
		lesson: 'billing-alarm',
		seeAlso: ['billing-alarm'],
	},
	{
		id: 'root-user',
		term: 'Root user',
		definition:
			'The identity created with the account, which signs in with its email address. It can do everything, and in a standalone account no IAM policy can limit it, so protect it with MFA and keep it for the few jobs only it can do.',
		lesson: 'secure-your-account',
		seeAlso: ['iam-user', 'mfa'],
	},
	{
		id: 'security-key',
		term: 'Security key',
		definition:
			'A small physical device, plugged in or tapped, that proves you are there when you sign in. AWS has accepted them as MFA since 2018. Like passkeys, they resist fake sign-in pages.',
		lesson: 'root-mfa',
		seeAlso: ['passkey', 'mfa'],
	},
	{
		id: 'sign-in-url',
		term: 'Sign-in URL',
		definition:
			"Your account's own sign-in address for IAM users, https://<account ID or alias>.signin.aws.amazon.com/console. It opens with the account filled in; bookmark it.",
		lesson: 'logging-in',
		seeAlso: ['account-id', 'account-alias'],
	},
	{
		id: 'sns-topic',
		term: 'SNS topic',
		definition:
			'A named channel in Amazon SNS (Simple Notification Service): a message published to it goes to every confirmed subscription. Billing alarms email you through one.',
		lesson: 'billing-alarm',
		seeAlso: ['subscription', 'alarm'],
	},
	{
		id: 'statistic',
		term: 'Statistic',
		definition:
			"How an alarm sums up a metric's figures over each period: Maximum, Average, Sum, Minimum or Sample count. A billing alarm uses Maximum, because the charges only grow during a month.",
		lesson: 'billing-alarm',
		seeAlso: ['cloudwatch-metric', 'alarm'],
	},
	{
		id: 'subscription',
		term: 'Subscription',
		definition:
			"An address, such as your email, that receives an SNS topic's messages. An email subscription stays pending, and gets nothing, until you follow the link in its confirmation email; SNS deletes it after 48 hours if you don't.",
		lesson: 'billing-alarm',
		seeAlso: ['sns-topic'],
	},
	{
		id: 'totp',
		term: 'TOTP',
		definition:
			'Time-based one-time password: the standard behind the six-digit codes of authenticator apps. The code comes from a shared secret and the current time, and changes every 30 seconds.',
		lesson: 'root-mfa',
		seeAlso: ['virtual-mfa-device', 'mfa'],
	},
	{
		id: 'arn',
		term: 'ARN',
		definition:
			'Amazon Resource Name: the full, unique name of something in AWS, such as arn:aws:iam::123456789012:user/iam-admin. Error messages and policies use ARNs to say exactly which resource they mean.',
		lesson: 'logging-in',
		seeAlso: ['account-id'],
	},
	{
		id: 'virtual-mfa-device',
		term: 'Virtual MFA device',
		definition:
			'An authenticator app that holds the secret from a QR code and shows TOTP codes. In the console it is the Authenticator app choice; adding one takes two consecutive codes, which prove the app and its clock are right.',
		lesson: 'root-mfa',
		seeAlso: ['totp', 'mfa'],
	},
];

/** The entries in the order a reader looks them up: alphabetical, ignoring case. */
export function glossaryInOrder(entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
	return entries.slice().sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** One entry by id; throws a message that names the id, so a typo in a lesson fails the build. */
export function glossaryEntry(id: string): GlossaryEntry {
	const entry = GLOSSARY.find((candidate) => candidate.id === id);
	if (entry === undefined) throw new Error(`There is no glossary entry "${id}" in src/site/glossary.ts.`);
	return entry;
}
