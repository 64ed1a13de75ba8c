import { PRACTICE_ROOT } from '@/simulator';
import { met, notMet, type Lab } from '../lab';
import { COURSE_USER, findUserIgnoringCase, healthOf } from '../checks';
import { escalationShownBy, noUserBeyondIamHealth } from '../escalation';
import { adminMfaHealth } from '../health/admin-user';
import { IAM_ADMIN_PASSWORD } from '../names';

/** The user the lab asks iam-admin to make an administrator (the solution creates it too). */
export const PROOF_USER = 'temporary-admin';

/** Lesson 7: see why iam-admin is powerful, undo it, then give iam-admin MFA. */
export const iamUserMfaLab: Lab = {
	id: 'iam-user-mfa',
	title: 'Protect iam-admin with MFA',
	startScreen: 'console-home',
	credentials: [
		{ label: 'IAM user name', value: COURSE_USER },
		{ label: `${COURSE_USER} password`, value: IAM_ADMIN_PASSWORD },
	],
	tasks: [
		{
			id: 'escalation-shown',
			title: `As ${COURSE_USER}, create a user with AdministratorAccess`,
			hints: [
				'IAMFullAccess lets a user write any permission, including "everything". That is why this user matters as much as root.',
				`Signed in as ${COURSE_USER}, create a new user in IAM → Users and attach AdministratorAccess to it.`,
				`IAM → Users → Create user → name it ${PROOF_USER} (no console access needed) → Next → Attach policies directly → AdministratorAccess → Next → Create user.`,
			],
			check(state) {
				if (escalationShownBy(state, COURSE_USER)) return met;
				const principal = state.session?.principal;
				if (principal?.type !== 'IAMUser' || principal.userName.toLowerCase() !== COURSE_USER) {
					return notMet(`Do this while signed in as ${COURSE_USER}: the point is to see what that user can do.`);
				}
				return notMet(`${COURSE_USER} has not given anyone more than IAM yet.`);
			},
		},
		{
			id: 'escalation-undone',
			title: 'Undo it: leave no user with more than IAM',
			hints: [
				`A practice administrator is still an administrator. Clean up straight away, as you would on a real account, and make sure ${COURSE_USER} itself still has IAM alone.`,
				'Find the user you created in IAM → Users, and look at every user’s Permissions, groups included.',
				`IAM → Users → select ${PROOF_USER} → Delete → type the user name to confirm → Delete.`,
			],
			check(state) {
				if (!escalationShownBy(state, COURSE_USER))
					return notMet('First show the problem: create a user with AdministratorAccess as iam-admin.');
				return healthOf(state, (facts) => noUserBeyondIamHealth(facts, COURSE_USER));
			},
		},
		{
			id: 'iam-admin-mfa',
			title: `Assign an MFA device to ${COURSE_USER}`,
			hints: [
				'The same protection as root: a password alone should never be enough for a user who can grant any permission.',
				`Signed in as ${COURSE_USER}, open the account menu → Security credentials, or IAM → Users → ${COURSE_USER} → Security credentials.`,
				'Assign MFA device → Device name → Authenticator app → Next → Show QR code → MFA code 1 and MFA code 2 (two consecutive codes) → Add MFA. A passkey works too: Passkey or security key → Next → Use a passkey or security key, or Use the practice security key.',
			],
			check(state) {
				const user = findUserIgnoringCase(state, COURSE_USER);
				if (!user) return notMet(`${COURSE_USER} no longer exists. Reset the lab to get it back.`);
				return healthOf(state, adminMfaHealth);
			},
		},
		{
			id: 'iam-admin-signed-in-with-mfa',
			title: `Sign out and sign back in as ${COURSE_USER} with MFA`,
			hints: [
				'Check that the device works before you rely on it.',
				'Sign out from the account menu, then sign in as the IAM user.',
				`Account menu → Sign out → IAM user → Account ID ${PRACTICE_ROOT.accountId} → ${COURSE_USER} → password → Sign in → MFA code (or your passkey or security key).`,
			],
			check(state) {
				const session = state.session;
				if (
					session?.principal.type === 'IAMUser' &&
					session.principal.userName.toLowerCase() === COURSE_USER &&
					session.withMfa
				)
					return met;
				if (session?.principal.type === 'IAMUser' && session.principal.userName.toLowerCase() === COURSE_USER) {
					return notMet('This session started without MFA. Sign out and sign back in to use your new device.');
				}
				return notMet(`Sign in as ${COURSE_USER}; after the password the console will ask for your MFA device.`);
			},
		},
	],
	solutionSteps: [
		`Signed in as ${COURSE_USER}: IAM → Users → Create user → ${PROOF_USER} → Next → Attach policies directly → AdministratorAccess → Next → Create user.`,
		`Notice what just happened: ${COURSE_USER} made an administrator. Now select ${PROOF_USER} in Users → Delete → confirm.`,
		'Account menu → Security credentials → Assign MFA device → Device name → Authenticator app → Next.',
		'Show QR code (or add it to the practice authenticator) → MFA code 1 → wait → MFA code 2 → Add MFA.',
		`Account menu → Sign out → IAM user → Account ID ${PRACTICE_ROOT.accountId} → ${COURSE_USER} → password → Sign in → type the current code.`,
	],
};
