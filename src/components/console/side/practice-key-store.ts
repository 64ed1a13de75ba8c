/**
 * The practice security key's credentials, saved in localStorage under `course:practice-key`
 * (the requests the console makes of the key are in `practice-key-signals.ts`).
 *
 * Each credential is an ECDSA P-256 key pair made with WebCrypto for this site only. Its private
 * key is kept in this browser's storage in plain JWK form: it is a practice key for this site's
 * simulated account, which protects nothing real (a real security key never lets its keys out).
 */
import { backupKeyFor } from '@/store';
import { PRACTICE_KEY_STORAGE_KEY } from './practice-key-signals';

/** One credential on the practice key. */
export interface PracticeCredential {
	/** The credential ID, base64url. */
	readonly id: string;
	readonly rpId: string;
	/** The user handle the site gave, base64url. */
	readonly userHandle: string;
	readonly userName: string;
	/** The private key as a JWK (practice only; see the module comment). */
	readonly privateKey: JsonWebKey;
	/** The public key, an uncompressed P-256 point, base64url. */
	readonly publicKey: string;
	/** Signatures made so far: the key's signature counter. */
	readonly signCount: number;
	readonly createdAt: number;
}

export const PRACTICE_KEY_VERSION = 1;

interface SavedPracticeKey {
	readonly version: 1;
	readonly credentials: readonly PracticeCredential[];
}

/** The result of reading the saved key. `damaged` means the saved value could not be read. */
export interface LoadedPracticeKey {
	readonly credentials: readonly PracticeCredential[];
	readonly damaged: boolean;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isCredential(value: unknown): value is PracticeCredential {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	const key = v['privateKey'] as Record<string, unknown> | null | undefined;
	return (
		typeof v['id'] === 'string' &&
		BASE64URL.test(v['id']) &&
		typeof v['rpId'] === 'string' &&
		typeof v['userHandle'] === 'string' &&
		typeof v['userName'] === 'string' &&
		typeof key === 'object' &&
		key !== null &&
		key['kty'] === 'EC' &&
		key['crv'] === 'P-256' &&
		typeof key['d'] === 'string' &&
		typeof v['publicKey'] === 'string' &&
		BASE64URL.test(v['publicKey']) &&
		Number.isInteger(v['signCount']) &&
		(v['signCount'] as number) >= 0 &&
		typeof v['createdAt'] === 'number'
	);
}

/**
 * Reads the saved credentials. A missing value is an empty key; a value that is not valid JSON,
 * has another version or holds malformed credentials counts as damaged: it is copied to a backup
 * key first (`course:practice-key:backup:<time>`), then the key starts empty and says so.
 */
export function loadPracticeKey(
	storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
	now: number = Date.now(),
): LoadedPracticeKey {
	let raw: string | null = null;
	try {
		raw = storage?.getItem(PRACTICE_KEY_STORAGE_KEY) ?? null;
	} catch {
		// Storage can be blocked (private mode, site settings): behave as an empty key.
		return { credentials: [], damaged: false };
	}
	if (raw === null) return { credentials: [], damaged: false };
	try {
		const parsed: unknown = JSON.parse(raw);
		if (
			typeof parsed === 'object' &&
			parsed !== null &&
			(parsed as { version?: unknown }).version === PRACTICE_KEY_VERSION &&
			Array.isArray((parsed as { credentials?: unknown }).credentials)
		) {
			const credentials = (parsed as { credentials: unknown[] }).credentials;
			if (credentials.every(isCredential)) return { credentials, damaged: false };
		}
	} catch {
		// Falls through to "damaged".
	}
	try {
		storage?.setItem(backupKeyFor(PRACTICE_KEY_STORAGE_KEY, now), raw);
	} catch {
		// A full or blocked storage cannot keep the copy; the learner is still told.
	}
	return { credentials: [], damaged: true };
}

/** Saves the credentials; returns false when the browser refused to store them. */
export function savePracticeKey(
	storage: Pick<Storage, 'setItem'> | undefined,
	credentials: readonly PracticeCredential[],
): boolean {
	const saved: SavedPracticeKey = { version: PRACTICE_KEY_VERSION, credentials };
	try {
		storage?.setItem(PRACTICE_KEY_STORAGE_KEY, JSON.stringify(saved));
		return storage !== undefined;
	} catch {
		return false;
	}
}

/** localStorage, or undefined where the browser blocks it. */
export function browserStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
