import { PRACTICE_ROOT, totpCode } from '@/simulator';
import { met, notMet, type Lab } from '../lab';
import { healthOf } from '../checks';
import { rootMfaHealth } from '../health/checks';
import {
	assignVirtualMfa,
	freshAccount,
	laterBy,
	ROOT_MFA_DEVICE,
	signInAsRoot,
	signInWithMfa,
	signOut,
} from '../scenarios';

/** Lesson 2: assign a virtual MFA device to the root user, then sign in with a code. */
export const rootMfaLab: Lab = {
	id: 'root-mfa',
	title: 'Add MFA to the root user',
	startScreen: 'console-home',
	scenario: (ctx) => signInAsRoot(freshAccount(ctx), ctx),
	tasks: [
		{
			id: 'root-mfa-assigned',
			title: 'Assign a virtual MFA device to the root user',
			hints: [
				"MFA is set up on the root user's own Security credentials page, with an authenticator app.",
				'Open the account menu at the top right and choose Security credentials, then find the Multi-factor authentication (MFA) section.',
				'Choose Assign MFA device → type a Device name → Authenticator app → Next → Show QR code (scan it, or add it to the practice authenticator) → type MFA code 1, wait for the next code, type MFA code 2 → Add MFA.',
			],
			check(state) {
				const health = healthOf(state, rootMfaHealth);
				if (health.met) return health;
				const waiting = Object.values(state.iam.mfaDevices).some((device) => !device.enabledFor);
				return waiting
					? notMet(
							'A device was created but not assigned yet: enter two consecutive codes from your authenticator and choose Add MFA.',
						)
					: health;
			},
		},
		{
			id: 'root-signed-in-with-mfa',
			title: 'Sign out, then sign back in as root with an MFA code',
			hints: [
				'MFA only protects sign-ins that happen after it was added. Prove it works by signing in again.',
				'Sign out from the account menu, then sign in as the root user. After the password you will be asked for a code.',
				'Account menu → Sign out → Root user → email → Next → password → Sign in → type the current code from your authenticator in MFA code → Submit.',
			],
			check(state) {
				if (state.session?.principal.type === 'Root' && state.session.withMfa) return met;
				if (state.root.mfaSerials.length === 0)
					return notMet('Assign the MFA device first; then sign out and back in.');
				if (state.session?.principal.type === 'Root') {
					return notMet(
						'You are still in the session that started before MFA was added. Sign out and sign back in to use a code.',
					);
				}
				if (state.pendingSignIn?.step === 'mfa')
					return notMet('Type the current code from your authenticator app to finish signing in.');
				return notMet('Sign in as the root user; after the password, the console will ask for an MFA code.');
			},
		},
	],
	solutionSteps: [
		'Open the account menu (top right) and choose Security credentials.',
		'In Multi-factor authentication (MFA), choose Assign MFA device.',
		`Type a Device name such as ${ROOT_MFA_DEVICE}, choose Authenticator app, then Next.`,
		'Choose Show QR code and scan it with your phone, or choose "Add from the console" in the practice authenticator.',
		'Type the current code in MFA code 1. Wait for the code to change, type the new one in MFA code 2, and choose Add MFA.',
		'Open the account menu and choose Sign out.',
		`Sign in again as Root user (${PRACTICE_ROOT.email}); after the password, type the current code in MFA code.`,
	],
	solve(state, ctx) {
		const { state: withDevice, secret } = assignVirtualMfa(state, ctx, ROOT_MFA_DEVICE);
		const later = laterBy(ctx, 1);
		const signedIn = signInWithMfa(
			signOut(withDevice, later),
			later,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			(c) => totpCode(secret, c.now),
		);
		return { state: signedIn, answers: {} };
	},
};
