import type { TaskStatus } from '../lab';
import type { AccountFacts } from './facts';
import {
	adminExistsHealth,
	adminIamFullAccessHealth,
	adminMfaHealth,
	adminNothingBeyondIamHealth,
	COURSE_USER,
	rootAccessKeysHealth,
	rootMfaHealth,
} from './checks';
import { alarmSubscriptionHealth, billingAlarmHealth } from './billing-checks';
import { billingAlarmNotes, billingDataHealth, budgetAlertHealth } from './billing-data-and-budgets';
import { unusedAccessKeysHealth, usersMfaHealth } from './credential-checks';

/** Where to fix a failing check: the real console page, and the lesson that teaches it. */
export interface HealthFix {
	readonly consoleUrl: string;
	readonly consoleLabel: string;
	readonly lessonSlug: string;
	readonly lessonTitle: string;
}

/** The facts a check reads; each read-only command provides one or more of them. */
export type FactSection =
	| 'root'
	| 'users'
	| 'adminMfa'
	| 'adminPermissions'
	| 'alarms'
	| 'subscriptions'
	| 'billingData'
	| 'budgets'
	| 'credentials';

export interface HealthCheck {
	readonly id: string;
	/** What a healthy account has, as a short statement. */
	readonly title: string;
	readonly needs: readonly FactSection[];
	readonly fix: HealthFix;
	check(facts: AccountFacts): TaskStatus | undefined;
	/** What the learner should know beside the verdict (for example an alarm's current state). */
	notes?(facts: AccountFacts): string[];
}

const SECURITY_CREDENTIALS = 'https://console.aws.amazon.com/iam/home#/security_credentials';
const IAM_USERS = 'https://console.aws.amazon.com/iam/home#/users';
const ALARMS = 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:';
const SUBSCRIPTIONS = 'https://us-east-1.console.aws.amazon.com/sns/v3/home?region=us-east-1#/subscriptions';
const BILLING_PREFERENCES = 'https://us-east-1.console.aws.amazon.com/billing/home#/preferences';
const BUDGETS = 'https://us-east-1.console.aws.amazon.com/costmanagement/home#/budgets';

const lesson = {
	rootMfa: { lessonSlug: 'root-mfa', lessonTitle: 'Add MFA to the root user' },
	billing: { lessonSlug: 'billing-alarm', lessonTitle: 'Create a billing alarm' },
	createUser: { lessonSlug: 'create-iam-user', lessonTitle: 'Create a new IAM user' },
	usersList: { lessonSlug: 'our-new-user', lessonTitle: 'Our new user' },
	userMfa: { lessonSlug: 'iam-user-mfa', lessonTitle: 'Multi-Factor Authentication (again)' },
} as const;

/**
 * Every account health check, in the order the course teaches them, for an everyday IAM user with
 * this name (the course calls it iam-admin; a learner may have named theirs differently).
 */
export function createHealthChecks(adminUserName: string = COURSE_USER): readonly HealthCheck[] {
	const userPage = {
		consoleUrl: `https://console.aws.amazon.com/iam/home#/users/details/${encodeURIComponent(adminUserName)}`,
		consoleLabel: `${adminUserName} in IAM`,
	};
	return [
		{
			id: 'root-mfa',
			title: 'Root user: MFA enabled',
			needs: ['root'],
			fix: { consoleUrl: SECURITY_CREDENTIALS, consoleLabel: 'Security credentials', ...lesson.rootMfa },
			check: rootMfaHealth,
		},
		{
			id: 'root-access-keys',
			title: 'Root user: no access keys',
			needs: ['root'],
			fix: { consoleUrl: SECURITY_CREDENTIALS, consoleLabel: 'Security credentials', ...lesson.usersList },
			check: rootAccessKeysHealth,
		},
		{
			id: 'billing-data',
			title: 'Billing data reaches CloudWatch',
			needs: ['billingData'],
			fix: { consoleUrl: BILLING_PREFERENCES, consoleLabel: 'Billing preferences', ...lesson.billing },
			check: billingDataHealth,
		},
		{
			id: 'billing-alarm',
			title: 'Billing alarm in US East (N. Virginia)',
			needs: ['alarms'],
			fix: { consoleUrl: ALARMS, consoleLabel: 'CloudWatch alarms in US East (N. Virginia)', ...lesson.billing },
			check: (facts) => billingAlarmHealth(facts, 1),
			notes: billingAlarmNotes,
		},
		{
			id: 'alarm-subscription-confirmed',
			title: 'Billing alarm emails a confirmed subscription',
			needs: ['alarms', 'subscriptions'],
			fix: { consoleUrl: SUBSCRIPTIONS, consoleLabel: 'SNS subscriptions in US East (N. Virginia)', ...lesson.billing },
			check: alarmSubscriptionHealth,
		},
		{
			id: 'budget-alert',
			title: 'A cost budget that alerts you',
			needs: ['budgets'],
			fix: { consoleUrl: BUDGETS, consoleLabel: 'AWS Budgets', ...lesson.billing },
			check: budgetAlertHealth,
		},
		{
			id: 'admin-exists',
			title: `An everyday IAM user, ${adminUserName}`,
			needs: ['users'],
			fix: { consoleUrl: IAM_USERS, consoleLabel: 'IAM users', ...lesson.createUser },
			check: (facts) => adminExistsHealth(facts, adminUserName),
		},
		{
			id: 'admin-mfa',
			title: `${adminUserName}: MFA enabled`,
			needs: ['adminMfa'],
			fix: { ...userPage, ...lesson.userMfa },
			check: (facts) => adminMfaHealth(facts, adminUserName),
		},
		{
			id: 'admin-iam-full-access',
			title: `${adminUserName}: has IAMFullAccess`,
			needs: ['adminPermissions'],
			fix: { ...userPage, ...lesson.createUser },
			check: (facts) => adminIamFullAccessHealth(facts, adminUserName),
		},
		{
			id: 'admin-nothing-beyond-iam',
			title: `${adminUserName}: nothing beyond IAM`,
			needs: ['adminPermissions'],
			fix: { ...userPage, ...lesson.createUser },
			check: (facts) => adminNothingBeyondIamHealth(facts, adminUserName),
		},
		{
			id: 'users-mfa',
			title: 'Every user who signs in has MFA',
			needs: ['credentials'],
			fix: { consoleUrl: IAM_USERS, consoleLabel: 'IAM users', ...lesson.userMfa },
			check: usersMfaHealth,
		},
		{
			id: 'unused-access-keys',
			title: 'No access key left unused for 90 days',
			needs: ['credentials'],
			fix: { consoleUrl: IAM_USERS, consoleLabel: 'IAM users', ...lesson.usersList },
			check: unusedAccessKeysHealth,
		},
	];
}

/** The checks for the course's own user name, as the labs and the challenge use them. */
export const HEALTH_CHECKS: readonly HealthCheck[] = createHealthChecks();

export function findHealthCheck(id: string): HealthCheck | undefined {
	return HEALTH_CHECKS.find((check) => check.id === id);
}
