import type { TaskStatus } from '../lab';
import type { AccountFacts } from './facts';
import {
	adminExistsHealth,
	adminIamFullAccessHealth,
	adminMfaHealth,
	adminNothingBeyondIamHealth,
	alarmSubscriptionHealth,
	billingAlarmHealth,
	COURSE_USER,
	rootAccessKeysHealth,
	rootMfaHealth,
} from './checks';

/** Where to fix a failing check: the real console page, and the lesson that teaches it. */
export interface HealthFix {
	readonly consoleUrl: string;
	readonly consoleLabel: string;
	readonly lessonSlug: string;
	readonly lessonTitle: string;
}

/** The facts a check reads, named after the sections of {@link AccountFacts}. */
export type FactSection = 'root' | 'users' | 'adminMfa' | 'adminPolicies' | 'alarms' | 'subscriptions';

export interface HealthCheck {
	readonly id: string;
	/** What a healthy account has, as a short statement. */
	readonly title: string;
	readonly needs: readonly FactSection[];
	readonly fix: HealthFix;
	check(facts: AccountFacts): TaskStatus | undefined;
}

const SECURITY_CREDENTIALS = 'https://console.aws.amazon.com/iam/home#/security_credentials';
const IAM_USERS = 'https://console.aws.amazon.com/iam/home#/users';
const COURSE_USER_PAGE = `https://console.aws.amazon.com/iam/home#/users/details/${COURSE_USER}`;
const ALARMS = 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:';
const SUBSCRIPTIONS = 'https://us-east-1.console.aws.amazon.com/sns/v3/home?region=us-east-1#/subscriptions';

/** Every account health check, in the order the course teaches them. */
export const HEALTH_CHECKS: readonly HealthCheck[] = [
	{
		id: 'root-mfa',
		title: 'Root user: MFA enabled',
		needs: ['root'],
		fix: {
			consoleUrl: SECURITY_CREDENTIALS,
			consoleLabel: 'Security credentials',
			lessonSlug: 'root-mfa',
			lessonTitle: 'Add MFA to the root user',
		},
		check: rootMfaHealth,
	},
	{
		id: 'root-access-keys',
		title: 'Root user: no access keys',
		needs: ['root'],
		fix: {
			consoleUrl: SECURITY_CREDENTIALS,
			consoleLabel: 'Security credentials',
			lessonSlug: 'our-new-user',
			lessonTitle: 'Our new user',
		},
		check: rootAccessKeysHealth,
	},
	{
		id: 'billing-alarm',
		title: 'Billing alarm in US East (N. Virginia)',
		needs: ['alarms'],
		fix: {
			consoleUrl: ALARMS,
			consoleLabel: 'CloudWatch alarms in US East (N. Virginia)',
			lessonSlug: 'billing-alarm',
			lessonTitle: 'Create a billing alarm',
		},
		check: (facts) => billingAlarmHealth(facts, 1),
	},
	{
		id: 'alarm-subscription-confirmed',
		title: 'Billing alarm emails a confirmed subscription',
		needs: ['alarms', 'subscriptions'],
		fix: {
			consoleUrl: SUBSCRIPTIONS,
			consoleLabel: 'SNS subscriptions in US East (N. Virginia)',
			lessonSlug: 'billing-alarm',
			lessonTitle: 'Create a billing alarm',
		},
		check: alarmSubscriptionHealth,
	},
	{
		id: 'admin-exists',
		title: `An everyday IAM user, ${COURSE_USER}`,
		needs: ['users'],
		fix: {
			consoleUrl: IAM_USERS,
			consoleLabel: 'IAM users',
			lessonSlug: 'create-iam-user',
			lessonTitle: 'Create a new IAM user',
		},
		check: adminExistsHealth,
	},
	{
		id: 'admin-mfa',
		title: `${COURSE_USER}: MFA enabled`,
		needs: ['adminMfa'],
		fix: {
			consoleUrl: COURSE_USER_PAGE,
			consoleLabel: `${COURSE_USER} in IAM`,
			lessonSlug: 'iam-user-mfa',
			lessonTitle: 'Multi-Factor Authentication (again)',
		},
		check: adminMfaHealth,
	},
	{
		id: 'admin-iam-full-access',
		title: `${COURSE_USER}: has IAMFullAccess`,
		needs: ['adminPolicies'],
		fix: {
			consoleUrl: COURSE_USER_PAGE,
			consoleLabel: `${COURSE_USER} in IAM`,
			lessonSlug: 'create-iam-user',
			lessonTitle: 'Create a new IAM user',
		},
		check: adminIamFullAccessHealth,
	},
	{
		id: 'admin-nothing-beyond-iam',
		title: `${COURSE_USER}: nothing beyond IAM`,
		needs: ['adminPolicies'],
		fix: {
			consoleUrl: COURSE_USER_PAGE,
			consoleLabel: `${COURSE_USER} in IAM`,
			lessonSlug: 'create-iam-user',
			lessonTitle: 'Create a new IAM user',
		},
		check: adminNothingBeyondIamHealth,
	},
];

export function findHealthCheck(id: string): HealthCheck | undefined {
	return HEALTH_CHECKS.find((check) => check.id === id);
}
