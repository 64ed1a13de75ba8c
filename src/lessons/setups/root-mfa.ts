import { PRACTICE_ROOT, totpCode } from '@/simulator';
import type { LabSetup } from '../lab';
import { must } from '../run';
import {
	assignVirtualMfa,
	freshAccount,
	laterBy,
	ROOT_MFA_DEVICE,
	signInAsRoot,
	signInWithMfa,
	signOut,
} from '../scenarios';

const ROOT_LOGIN = {
	op: 'ConsoleLogin',
	input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
} as const;

/**
 * Lesson 2 starts signed out, where lesson 1 left the account: the root user signed in once and
 * skipped the prompt to register MFA.
 */
export const rootMfaSetup: LabSetup = {
	labId: 'root-mfa',
	scenario: (ctx) => signOut(signInAsRoot(freshAccount(ctx), ctx), ctx),
	solve(state, ctx) {
		const registering = must(must(state, ROOT_LOGIN, ctx), { op: 'StartMFARegistration', input: {} }, ctx);
		const { state: withDevice, secret } = assignVirtualMfa(registering, ctx, ROOT_MFA_DEVICE);
		const later = laterBy(ctx, 1);
		const signedIn = signInWithMfa(signOut(withDevice, later), later, ROOT_LOGIN, (c) => totpCode(secret, c.now));
		return { state: signedIn, answers: {} };
	},
};
