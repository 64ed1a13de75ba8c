import type { SimState } from '@/simulator';

/** 111122223333 → 1111-2222-3333, the way the console shows account IDs. */
export function formatAccountId(accountId: string): string {
	return accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

/**
 * Who is signed in, as the navigation bar shows it: `iam-admin @ 1111-2222-3333` for an IAM user
 * (the format older AWS docs describe) and `Root user @ 1111-2222-3333` for the root user.
 */
// SIMPLIFIED: the real header shows the account name for the root user; the practice account has
// no account name, so the label says "Root user" instead.
export function identityLabel(state: SimState): string {
	const principal = state.session?.principal;
	if (!principal) return 'Not signed in';
	const account = state.account.alias ?? formatAccountId(state.account.accountId);
	return principal.type === 'Root' ? `Root user @ ${account}` : `${principal.userName} @ ${account}`;
}
