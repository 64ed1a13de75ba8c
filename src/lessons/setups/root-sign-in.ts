import type { LabSetup } from '../lab';
import { freshAccount, signInAsRoot } from '../scenarios';

/** Lesson 1 starts on a brand-new account with nobody signed in. */
export const rootSignInSetup: LabSetup = {
	labId: 'root-sign-in',
	scenario: freshAccount,
	solve(state, ctx) {
		return { state: signInAsRoot(state, ctx), answers: { 'found-account-id': state.account.accountId } };
	},
};
