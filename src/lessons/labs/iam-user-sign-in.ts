import { PRACTICE_ROOT } from '@/simulator';
import { met, notMet, type Lab } from '../lab';
import { COURSE_USER, wasDenied } from '../checks';
import { IAM_ADMIN_FIRST_PASSWORD } from '../names';

const EC2_CALLS = ['DescribeInstances'];
const BILLING_CALLS = ['GetCostSummary', 'GetBillingPreferences'];

/** Lesson 6: sign out of root, sign in as iam-admin, and meet access denied outside IAM. */
export const iamUserSignInLab: Lab = {
	id: 'iam-user-sign-in',
	title: 'Sign in as iam-admin',
	startScreen: 'console-home',
	credentials: [
		// Lesson 1 had the learner find and keep it; the practice account card shows only the root user's details.
		{ label: 'Account ID', value: PRACTICE_ROOT.accountId },
		{ label: 'IAM user name', value: COURSE_USER },
		{ label: `${COURSE_USER} temporary password`, value: IAM_ADMIN_FIRST_PASSWORD },
	],
	tasks: [
		{
			id: 'signed-in-as-iam-admin',
			title: `Sign out of root and sign in as ${COURSE_USER}`,
			hints: [
				'An IAM user signs in with three things: the account ID (or alias), its user name and its password.',
				'Sign out from the account menu, then choose IAM user on the sign-in page.',
				`Account menu → Sign out → IAM user → Account ID ${PRACTICE_ROOT.accountId} → IAM user name ${COURSE_USER} → the temporary password → Sign in → choose a new password.`,
			],
			check(state) {
				const principal = state.session?.principal;
				if (principal?.type === 'IAMUser' && principal.userName.toLowerCase() === COURSE_USER) return met;
				if (principal?.type === 'Root')
					return notMet('You are still signed in as the root user. Open the account menu and choose Sign out.');
				if (principal?.type === 'IAMUser')
					return notMet(`You are signed in as ${principal.userName}. Sign out and sign in as ${COURSE_USER}.`);
				if (state.pendingSignIn?.step === 'passwordReset') {
					return notMet(
						'The temporary password worked. Choose a new password to finish signing in: this is the box that was ticked when the user was created.',
					);
				}
				return notMet(`Choose IAM user on the sign-in page and sign in as ${COURSE_USER} with the account ID.`);
			},
		},
		{
			id: 'ec2-denied',
			title: 'Open EC2 and see access denied',
			hints: [
				'IAMFullAccess allows IAM actions only. Everything else should refuse this user.',
				`While signed in as ${COURSE_USER}, use the services search at the top to open EC2.`,
				'Services search → type EC2 → open it → read the message, then choose Why? to see which policies were checked.',
			],
			check: (state) =>
				wasDenied(state, COURSE_USER, EC2_CALLS)
					? met
					: notMet(`Sign in as ${COURSE_USER}, then open EC2 from the services search: the console should refuse.`),
		},
		{
			id: 'billing-denied',
			title: 'Open Billing and Cost Management and see access denied',
			hints: [
				'Billing data needs both a billing permission and the root user\'s "Activate IAM Access" setting. iam-admin has neither.',
				`While signed in as ${COURSE_USER}, open Billing and Cost Management from the services search.`,
				'Services search → Billing and Cost Management → read the access denied message and its Why? explanation.',
			],
			check: (state) =>
				wasDenied(state, COURSE_USER, BILLING_CALLS)
					? met
					: notMet(`Sign in as ${COURSE_USER}, then open Billing and Cost Management: the console should refuse.`),
		},
	],
	solutionSteps: [
		'Open the account menu (top right) and choose Sign out.',
		`On the sign-in page choose IAM user. Account ID: ${PRACTICE_ROOT.accountId}. IAM user name: ${COURSE_USER}. Password: the temporary password shown beside the console. Sign in.`,
		'Choose a new password when asked, and confirm.',
		'Open EC2 from the services search: access denied. Choose Why? to read the policy decision.',
		'Open Billing and Cost Management: access denied as well.',
	],
};
