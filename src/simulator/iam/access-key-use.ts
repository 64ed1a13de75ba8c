import { simError, type SimError } from '../core/errors.ts';
import { own } from '../core/own.ts';
import type { AccessKeyRecord, AccessKeyUse, Principal, SimState } from '../state.ts';
import { putUser } from './lookup.ts';

/** An access key and the identity it belongs to. */
export interface OwnedAccessKey {
	readonly owner: Principal;
	readonly key: AccessKeyRecord;
}

/** The access key with this id, and whose it is (the root user's or an IAM user's), if it exists. */
export function findAccessKey(state: SimState, accessKeyId: string): OwnedAccessKey | undefined {
	const rootKey = state.root.accessKeys.find((key) => key.AccessKeyId === accessKeyId);
	if (rootKey) return { owner: { type: 'Root' }, key: rootKey };
	for (const user of Object.values(state.iam.users)) {
		const key = user.accessKeys.find((k) => k.AccessKeyId === accessKeyId);
		if (key) return { owner: { type: 'IAMUser', userName: user.UserName }, key };
	}
	return undefined;
}

/**
 * Who signed a programmatic request: the owner of an active access key. An unknown, deleted or
 * inactive key is refused before anything else happens, with the error AWS returns for it.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
 */
export function authenticateAccessKey(
	state: SimState,
	accessKeyId: unknown,
): { ok: true; value: OwnedAccessKey } | { ok: false; error: SimError<'InvalidClientTokenId'> } {
	const found = typeof accessKeyId === 'string' ? findAccessKey(state, accessKeyId) : undefined;
	if (!found || found.key.Status !== 'Active') {
		return {
			ok: false,
			error: simError('InvalidClientTokenId', 'The security token included in the request is invalid.'),
		};
	}
	return { ok: true, value: found };
}

/**
 * Records that a key signed a request: the date, the service's namespace and the Region.
 * Nothing changes when the key is gone (the request itself deleted it).
 */
// SIMPLIFIED: AWS updates last-used data within hours and its credential report keeps only the first
// use in each 15 minutes; here every request a key signs is recorded at once.
export function recordAccessKeyUse(state: SimState, accessKeyId: string, use: AccessKeyUse): SimState {
	const withUse = (keys: readonly AccessKeyRecord[]) =>
		keys.map((key) => (key.AccessKeyId === accessKeyId ? { ...key, lastUsed: use } : key));
	const found = findAccessKey(state, accessKeyId);
	if (!found) return state;
	if (found.owner.type === 'Root') {
		return { ...state, root: { ...state.root, accessKeys: withUse(state.root.accessKeys) } };
	}
	const user = own(state.iam.users, found.owner.userName);
	return user ? putUser(state, { ...user, accessKeys: withUse(user.accessKeys) }) : state;
}

/**
 * The account as a request signed with an access key sees it: the key's owner is the caller, in a
 * session of its own without MFA (long-term keys carry no MFA context), whoever is signed in to the
 * console.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 */
export function asKeyOwner(state: SimState, owner: Principal, now: number): SimState {
	return { ...state, session: { principal: owner, withMfa: false, since: now }, pendingSignIn: null };
}

/**
 * After a signed request: the console's own session and sign-in are as they were (unless the request
 * deleted the IAM user they belong to, which ends them), and the key's use is recorded.
 */
export function afterSignedRequest(
	next: SimState,
	console: SimState,
	accessKeyId: string,
	use: AccessKeyUse,
): SimState {
	const exists = (principal: Principal) =>
		principal.type === 'Root' || own(next.iam.users, principal.userName) !== undefined;
	const session = console.session && exists(console.session.principal) ? console.session : null;
	const pendingSignIn = console.pendingSignIn && exists(console.pendingSignIn.principal) ? console.pendingSignIn : null;
	return recordAccessKeyUse({ ...next, session, pendingSignIn }, accessKeyId, use);
}
