/**
 * The practice authenticator's accounts, saved in localStorage under `course:authenticator`, and
 * the rules for the secrets and setup URIs it reads. (The QR code on screen is shared through
 * `authenticator-signals.ts`.)
 *
 * The secrets are practice secrets of the simulated account only; they protect nothing real.
 */
import * as z from '@/lib/shape';
import { loadDocument, saveDocument, type KeyValueStorage, type SavedDocument } from '@/store/persistence';
import { AUTHENTICATOR_STORAGE_KEY } from './authenticator-signals';

/** One account in the practice authenticator. */
export interface AuthenticatorAccount {
	readonly id: string;
	/** The issuer, e.g. "Amazon Web Services". Empty when typed in without one. */
	readonly issuer: string;
	/** The account label, e.g. "root-mfa@123456789012". */
	readonly accountName: string;
	/** Base32 secret, upper case, no spaces. */
	readonly secret: string;
	readonly addedAt: number;
}

const account = z.object({
	id: z.string(),
	issuer: z.string(),
	accountName: z.string(),
	secret: z.refine(
		z.string(),
		(secret) => isBase32Secret(secret),
		'Expected a base32 secret of at least 16 characters',
	),
	addedAt: z.number(),
});

const AccountsSchema: z.Shape<{ accounts: AuthenticatorAccount[] }> = z.object({ accounts: z.array(account) });

/**
 * The practice authenticator as a saved document (`course:authenticator`). Version 2 uses the course's
 * `{ version, state }` envelope; version 1 saved `{ version: 1, accounts }` and is read as it was.
 */
const AUTHENTICATOR_DOCUMENT: SavedDocument<{ accounts: AuthenticatorAccount[] }> = {
	key: AUTHENTICATOR_STORAGE_KEY,
	version: 2,
	migrate: (raw) => raw,
	schema: AccountsSchema,
	readLegacy: (parsed) => {
		const legacy = parsed as { version?: unknown; accounts?: unknown } | null;
		return typeof legacy === 'object' && legacy !== null && legacy.version === 1 && 'accounts' in legacy
			? { version: 1, state: { accounts: legacy.accounts } }
			: undefined;
	},
};

/** The result of reading the saved accounts. `damaged` means the saved value could not be read. */
export interface LoadedAccounts {
	readonly accounts: readonly AuthenticatorAccount[];
	readonly damaged: boolean;
}

/**
 * Reads the saved accounts. A missing value is an empty authenticator; a value that cannot be read
 * (not JSON, malformed accounts, a newer version) is copied to a backup key first
 * (`course:authenticator:backup:<time>`), then the panel starts empty and says so.
 */
export function loadAccounts(
	storage: Pick<KeyValueStorage, 'getItem' | 'setItem'> | undefined,
	now: number = Date.now(),
): LoadedAccounts {
	if (!storage) return { accounts: [], damaged: false };
	const loaded = loadDocument(storage, AUTHENTICATOR_DOCUMENT, { fallback: () => ({ accounts: [] }), now: () => now });
	return { accounts: loaded.state.accounts, damaged: loaded.notice !== undefined };
}

/** Saves the accounts; returns false when the browser refused to store them. */
export function saveAccounts(
	storage: Pick<KeyValueStorage, 'setItem'> | undefined,
	accounts: readonly AuthenticatorAccount[],
): boolean {
	return storage !== undefined && saveDocument(storage, AUTHENTICATOR_DOCUMENT, { accounts: [...accounts] });
}

const BASE32 = /^[A-Z2-7]+=*$/;

/** Removes spaces and dashes and upper-cases a typed secret key. */
export function normalizeSecret(typed: string): string {
	return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** True for a base32 secret long enough for TOTP (at least 16 characters = 80 bits). */
export function isBase32Secret(secret: string): boolean {
	return secret.length >= 16 && BASE32.test(secret);
}

/** What an `otpauth://totp/` URI carries that an authenticator needs. */
export interface ParsedOtpauth {
	readonly issuer: string;
	readonly accountName: string;
	readonly secret: string;
}

/**
 * Reads an `otpauth://totp/<issuer>:<account>?secret=…&issuer=…` URI (Google's Key URI format).
 * Returns null for anything else, so a damaged URI is never added as an account.
 */
export function parseOtpauthUri(uri: string): ParsedOtpauth | null {
	const match = /^otpauth:\/\/totp\/([^?]*)\?(.*)$/i.exec(uri);
	if (!match) return null;
	const [, rawLabel = '', query = ''] = match;
	let label: string;
	try {
		label = decodeURIComponent(rawLabel);
	} catch {
		return null;
	}
	const params = new URLSearchParams(query);
	const secret = normalizeSecret(params.get('secret') ?? '');
	if (!isBase32Secret(secret)) return null;
	const colon = label.indexOf(':');
	const labelIssuer = colon >= 0 ? label.slice(0, colon) : '';
	const accountName = (colon >= 0 ? label.slice(colon + 1) : label).trim();
	const issuer = (params.get('issuer') ?? labelIssuer).trim();
	return { issuer, accountName, secret };
}

/** Splits a secret into groups of four characters, as it is easier to read and type that way. */
export function groupSecret(secret: string): string {
	return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
