import { PRACTICE_ROOT } from '@/simulator';
import { met, notMet, type Lab } from '../lab';
import { sameAnswer } from '../checks';

/** Lesson 1: sign in to the practice account as the root user and find the account ID. */
export const rootSignInLab: Lab = {
	id: 'root-sign-in',
	title: 'Sign in as the root user',
	startScreen: 'sign-in',
	tasks: [
		{
			id: 'signed-in-as-root',
			title: 'Sign in to the practice account as the root user',
			hints: [
				'The root user signs in with the email address the account was created with, not with a user name.',
				'On the sign-in page, choose Root user. The practice account card beside the console has the email address and password. After the password, AWS asks the root user to register MFA: you may skip that for now, lesson 2 does it.',
				'Choose Root user → type the Root user email address → Next → type the Password → Sign in → Skip for now.',
			],
			check(state) {
				const principal = state.session?.principal;
				if (principal?.type === 'Root') return met;
				if (principal?.type === 'IAMUser') {
					return notMet(
						`You are signed in as the IAM user ${principal.userName}. Sign out and choose Root user instead.`,
					);
				}
				if (state.pendingSignIn?.step === 'mfaRegistration') {
					return notMet(
						'Your password was accepted, and AWS now asks the root user to register MFA. Choose Skip for now (lesson 2 adds MFA), or Register MFA device if you want to do it already.',
					);
				}
				if (state.pendingSignIn) return notMet('Your password was accepted; finish the next step of the sign-in.');
				return notMet(
					'Nobody is signed in yet. Choose Root user on the sign-in page and use the practice email address.',
				);
			},
		},
		{
			id: 'found-account-id',
			title: 'Find the 12-digit account ID in the console',
			question: { label: 'Account ID', inputMode: 'numeric' },
			hints: [
				'Every AWS account has a 12-digit ID. It is not secret, and IAM users need it to sign in.',
				'Once signed in, open the account menu at the top right of the navigation bar.',
				'Choose your account name at the top right; the menu shows the Account ID. Type its 12 digits here.',
			],
			check(state, answer) {
				// The ID is found in the console, so it counts only from a learner who is in the console.
				if (!state.session) return notMet('Sign in first: the account menu appears once you are in the console.');
				const digits = answer?.replace(/[\s-]/g, '') ?? '';
				if (digits && sameAnswer(digits, state.account.accountId)) return met;
				if (!digits) return notMet('Type the account ID you found in the account menu.');
				if (!/^\d{12}$/.test(digits)) return notMet('An account ID is exactly 12 digits, without letters.');
				return notMet("Those 12 digits are not this account's ID. Check the account menu again.");
			},
		},
	],
	solutionSteps: [
		'On the sign-in page, choose Root user.',
		`Type the root user email address (${PRACTICE_ROOT.email}) and choose Next.`,
		'Type the practice password from the account card and choose Sign in.',
		'AWS asks the root user to register MFA. Choose Skip for now: the next lesson adds MFA.',
		`Open the account menu at the top right: the account ID is ${PRACTICE_ROOT.accountId}.`,
	],
};
