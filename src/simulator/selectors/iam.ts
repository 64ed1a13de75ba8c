/** Read-only views of IAM users and their MFA devices, for the IAM screens. */
import { own } from '../core/own.ts';
import { isFidoSerial } from '../mfa/fido/serial.ts';
import type { FidoMfaDevice, IamUser, SimState, VirtualMfaDevice } from '../state.ts';

const DAY_MS = 86_400_000;

/** One row of the IAM **Users** table: every column the console offers. */
export interface UsersTableRow {
	readonly userName: string;
	readonly path: string;
	readonly groups: readonly string[];
	/** Last console sign-in or API activity, or `null` for never. */
	readonly lastActivity: number | null;
	/**
	 * The kinds of MFA device enabled: `Virtual` (authenticator app), `Security key` (passkey or
	 * security key), both, or `null` (shown as "-").
	 */
	readonly mfa: 'Virtual' | 'Security key' | 'Virtual, Security key' | null;
	readonly passwordAgeDays: number | null;
	/** A date, `Never` for a password never used, `None` for no password. */
	readonly consoleLastSignIn: number | 'Never' | 'None';
	readonly consoleAccess: 'Enabled' | 'Disabled';
	/** The user's access keys (at most two), in the order they were created. */
	readonly accessKeys: readonly { readonly accessKeyId: string; readonly status: 'Active' | 'Inactive' }[];
	readonly activeKeyAgeDays: number | null;
	/** The newest request any of the user's keys signed, `Never` for keys never used, `None` for no keys. */
	readonly accessKeyLastUsed: number | 'Never' | 'None';
	/** Signing certificates are not modelled: always none. */
	readonly signingCertificates: 'None';
	readonly creationTime: number;
	readonly arn: string;
}

/**
 * The IAM **Users** table rows, sorted by user name.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html
 */
export function selectUsersTable(state: SimState, now: number): UsersTableRow[] {
	return Object.values(state.iam.users)
		.slice()
		.sort((a, b) => a.UserName.toLowerCase().localeCompare(b.UserName.toLowerCase()))
		.map((user) => usersTableRow(user, now));
}

const daysSince = (then: number, now: number): number => Math.max(0, Math.floor((now - then) / DAY_MS));

function usersTableRow(user: IamUser, now: number): UsersTableRow {
	const activeKey = user.accessKeys.find((k) => k.Status === 'Active');
	const profile = user.loginProfile;
	const lastKeyUse = Math.max(...user.accessKeys.map((k) => k.lastUsed?.date ?? -Infinity));
	return {
		userName: user.UserName,
		path: user.Path,
		groups: user.groupNames,
		lastActivity: user.lastActivity ?? user.lastSignIn ?? null,
		mfa: mfaKinds(user),
		passwordAgeDays: profile ? daysSince(profile.passwordLastChanged, now) : null,
		consoleLastSignIn: profile ? (user.lastSignIn ?? 'Never') : 'None',
		consoleAccess: profile ? 'Enabled' : 'Disabled',
		accessKeys: user.accessKeys.map((k) => ({ accessKeyId: k.AccessKeyId, status: k.Status })),
		activeKeyAgeDays: activeKey ? daysSince(activeKey.CreateDate, now) : null,
		accessKeyLastUsed: user.accessKeys.length === 0 ? 'None' : Number.isFinite(lastKeyUse) ? lastKeyUse : 'Never',
		signingCertificates: 'None',
		creationTime: user.CreateDate,
		arn: user.Arn,
	};
}

// SIMPLIFIED: AWS's wording for passkeys in the Users list's MFA column is UNCONFIRMED.
function mfaKinds(user: IamUser): UsersTableRow['mfa'] {
	const fido = user.mfaSerials.some(isFidoSerial);
	const virtual = user.mfaSerials.some((serial) => !isFidoSerial(serial));
	if (fido && virtual) return 'Virtual, Security key';
	return fido ? 'Security key' : virtual ? 'Virtual' : null;
}

/** The label authenticator apps show after `@`: the account alias, or the account ID. */
export function selectAccountLabel(state: SimState): string {
	return state.account.alias ?? state.account.accountId;
}

/**
 * The console sign-in URLs: the general one, the account-ID one, and the alias one if an alias exists.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_sign-in.html
 */
export function selectSignInUrls(state: SimState): {
	readonly consoleUrl: string;
	readonly accountIdUrl: string;
	readonly aliasUrl?: string;
} {
	const base = {
		consoleUrl: 'https://console.aws.amazon.com/',
		accountIdUrl: `https://${state.account.accountId}.signin.aws.amazon.com/console`,
	};
	return state.account.alias === undefined
		? base
		: { ...base, aliasUrl: `https://${state.account.alias}.signin.aws.amazon.com/console` };
}

/**
 * The IAM user stored under exactly this name, or undefined. Use it instead of
 * `state.iam.users[name]`: names such as "constructor" are valid in IAM and would otherwise
 * resolve to members every JavaScript object has.
 */
export function selectUser(state: SimState, userName: string): IamUser | undefined {
	return own(state.iam.users, userName);
}

/** The virtual MFA device with this serial number, or undefined. */
export function selectMfaDevice(state: SimState, serialNumber: string): VirtualMfaDevice | undefined {
	return own(state.iam.mfaDevices, serialNumber);
}

/** The passkey or security key with this serial number, or undefined (its public data only). */
export function selectFidoDevice(state: SimState, serialNumber: string): FidoMfaDevice | undefined {
	return own(state.iam.fidoDevices, serialNumber);
}
