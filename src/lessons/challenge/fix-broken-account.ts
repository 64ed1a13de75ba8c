import type { Lab, LabTask } from '../lab';
import { COURSE_USER, healthOf } from '../checks';
import { SILENT_BUDGET } from '../names';
import { findHealthCheck } from '../health/registry';

/** A task whose check is the account health check with the same id. */
function healthTask(id: string, title: string, hints: LabTask['hints']): LabTask {
	const health = findHealthCheck(id);
	if (!health) throw new Error(`No health check ${id}`);
	return { id, title, hints, check: (state) => healthOf(state, (facts) => health.check(facts)) };
}

/** The challenge: find and fix every fault; graded by the same health checks as the real-account page. */
export const fixBrokenAccountLab: Lab = {
	id: 'fix-broken-account',
	title: 'Fix this broken account',
	startScreen: 'console-home',
	tasks: [
		healthTask('root-mfa', 'The root user has MFA', [
			"The account's most powerful identity is protected by a password alone.",
			"Look at the root user's Security credentials (account menu, top right).",
			'Security credentials → Assign MFA device → Authenticator app → two consecutive codes → Add MFA.',
		]),
		healthTask('root-access-keys', 'The root user has no access keys', [
			'Something on the root user works without a password or MFA at all, and never expires.',
			"The root user's Security credentials page has a section for keys used by programs.",
			'Security credentials → Access keys → select the key → Actions → Delete.',
		]),
		healthTask('admin-iam-full-access', `${COURSE_USER} has IAMFullAccess`, [
			`${COURSE_USER} was given the wrong policy: it should manage IAM, and the policy it needs is missing.`,
			`IAM → Users → ${COURSE_USER} → Permissions.`,
			'Add permissions → Attach policies directly → IAMFullAccess → Next → Add permissions.',
		]),
		healthTask('admin-nothing-beyond-iam', `${COURSE_USER} has nothing beyond IAM`, [
			`Least privilege: ${COURSE_USER} can do far more than its job needs.`,
			`IAM → Users → ${COURSE_USER} → Permissions: look at every policy listed.`,
			'Select AdministratorAccess → Remove.',
		]),
		healthTask('admin-mfa', `${COURSE_USER} has MFA`, [
			`A user who can manage IAM can make itself an administrator, so its password alone should not be enough.`,
			`IAM → Users → ${COURSE_USER} → Security credentials.`,
			'Assign MFA device → Authenticator app → two consecutive codes → Add MFA.',
		]),
		healthTask('budget-alert', 'A budget that tells you when spending passes it', [
			'There is a budget, but a budget warns you only through its alerts, and this one has none.',
			'Billing and Cost Management → Budgets: look at the Thresholds column.',
			'Budgets → Create budget → Use a template (simplified) → Zero spend budget → type your email address in Email recipients → Create budget. Then select the budget with no alerts → Delete.',
		]),
		healthTask('billing-alarm', 'A billing alarm that can fire', [
			'There is a billing alarm, but it will never go off. Billing metrics exist in only one Region.',
			'CloudWatch → Alarms, and look at the Region selector in the navigation bar.',
			'Switch to US East (N. Virginia) → CloudWatch → Alarms → Create alarm → Billing → Total Estimated Charge → EstimatedCharges → Greater than an amount → notify the billing-alerts topic.',
		]),
		healthTask('alarm-subscription-confirmed', 'Its email subscription is confirmed', [
			'SNS emails nobody until the address confirms it wants the messages.',
			'The practice Inbox has been waiting for you since the account was set up.',
			'Inbox → "AWS Notification - Subscription Confirmation" → Confirm subscription (and make sure your new alarm notifies that topic).',
		]),
	],
	solutionSteps: [
		'Account menu → Security credentials → Assign MFA device for the root user.',
		'Security credentials → Access keys → delete the root access key.',
		`IAM → Users → ${COURSE_USER} → Permissions → add IAMFullAccess and remove AdministratorAccess.`,
		`IAM → Users → ${COURSE_USER} → Security credentials → Assign MFA device.`,
		`Billing and Cost Management → Budgets → Create budget → Use a template (simplified) → Zero spend budget with your email address → Create budget; then delete "${SILENT_BUDGET}", which has no alerts.`,
		'Switch to US East (N. Virginia) → CloudWatch → Alarms → Create alarm on EstimatedCharges, notifying billing-alerts.',
		'Inbox → Confirm subscription.',
	],
};
