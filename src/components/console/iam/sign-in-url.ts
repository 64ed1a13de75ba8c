import type { SimState } from '@/simulator';

/** The account's IAM user sign-in URL: https://<alias or account ID>.signin.aws.amazon.com/console */
export function signInUrl(state: SimState): string {
	return `https://${state.account.alias ?? state.account.accountId}.signin.aws.amazon.com/console`;
}
