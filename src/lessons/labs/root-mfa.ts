import { PRACTICE_ROOT, type SimState } from '@/simulator';
import { met, notMet, type Lab } from '../lab';
import { healthOf } from '../checks';
import { rootMfaHealth } from '../health/root-checks';
import { ROOT_MFA_DEVICE } from '../names';

/** Where the root user waits at the prompt to register MFA, if it is there. */
function atMfaPrompt(state: SimState): boolean {
	return state.pendingSignIn?.step === 'mfaRegistration';
}

/**
 * Lesson 2: assign an MFA device to the root user (an authenticator app, or a passkey or security
 * key), then sign in with it. It starts
 * signed out, where lesson 1 left the account (the root user signed in once and skipped the
 * prompt), so the learner meets today's way in first: the prompt to register MFA after the
 * password. Security credentials works too; the tasks check the account, not the path.
 */
export const rootMfaLab: Lab = {
	id: 'root-mfa',
	title: 'Add MFA to the root user',
	startScreen: 'sign-in',
	tasks: [
		{
			id: 'root-mfa-assigned',
			title: 'Assign an MFA device to the root user',
			hints: [
				"There are two ways to the Assign MFA device screen: the page AWS shows after the root password, asking you to register MFA, or the root user's own Security credentials page. Either one works.",
				'Sign in as the root user. On the page that asks you to register MFA, choose Register MFA device. (If you skipped it, open the account menu at the top right → Security credentials → Assign MFA device.)',
				'Register MFA device (or account menu → Security credentials → Assign MFA device) → type a Device name → Authenticator app → Next → Show QR code (scan it, or add it to the practice authenticator) → type MFA code 1, wait for the next code, type MFA code 2 → Add MFA. With a passkey instead: Passkey or security key → Next → Use a passkey or security key (your browser asks), or Use the practice security key (touch it in its panel).',
			],
			check(state) {
				const health = healthOf(state, rootMfaHealth);
				if (health.met) return health;
				if (atMfaPrompt(state)) {
					return notMet(
						'AWS is asking the root user to register MFA: choose Register MFA device to go straight to Assign MFA device.',
					);
				}
				if (state.fidoCeremony?.kind === 'registration') {
					return notMet(
						'A passkey was asked for but not assigned yet: choose Use a passkey or security key (or Use the practice security key) again and confirm.',
					);
				}
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
			title: 'Sign out, then sign back in as root with MFA',
			hints: [
				'MFA only protects sign-ins that happen after it was added. Prove it works by signing in again.',
				'Sign out from the account menu, then sign in as the root user. After the password you will be asked for a code.',
				'Account menu → Sign out → Root user → email → Next → password → Sign in → type the current code from your authenticator in MFA code → Submit (or, with a passkey, Use a passkey or security key).',
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
					return notMet(
						'Finish signing in with your MFA device: the current code from your authenticator app, or your passkey or security key.',
					);
				return notMet('Sign in as the root user; after the password, the console will ask for your MFA device.');
			},
		},
	],
	solutionSteps: [
		`Sign in as Root user (${PRACTICE_ROOT.email}) with the practice password.`,
		'On the page that asks you to register MFA, choose Register MFA device. (Another way: choose Skip for now, open the account menu at the top right, choose Security credentials, and in Multi-factor authentication (MFA) choose Assign MFA device.)',
		`Type a Device name such as ${ROOT_MFA_DEVICE}, choose Authenticator app, then Next.`,
		'Choose Show QR code and scan it with your phone, or choose "Add from the console" in the practice authenticator.',
		'Type the current code in MFA code 1. Wait for the code to change, type the new one in MFA code 2, and choose Add MFA.',
		'Open the account menu and choose Sign out.',
		`Sign in again as Root user (${PRACTICE_ROOT.email}); after the password, type the current code in MFA code.`,
	],
};
