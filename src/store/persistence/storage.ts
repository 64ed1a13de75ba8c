/**
 * Storage that never throws. localStorage can be missing (private mode, blocked cookies), can
 * throw on access (SecurityError) and can refuse writes (QuotaExceededError); the course must
 * keep working in every case, in memory if need be.
 */

/** The part of the Web Storage API the stores use. `window.localStorage` satisfies it. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

/** A storage kept in a Map: the fallback when the browser gives us none, and the one tests use. */
export function memoryStorage(initial: Readonly<Record<string, string>> = {}): KeyValueStorage {
	const items = new Map<string, string>(Object.entries(initial));
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => {
			items.set(key, String(value));
		},
		removeItem: (key) => {
			items.delete(key);
		},
		key: (index) => [...items.keys()][index] ?? null,
		get length() {
			return items.size;
		},
	};
}

export interface SafeStorage {
	/** localStorage when it works, otherwise an in-memory storage. */
	storage: KeyValueStorage;
	/** False when data will be lost on reload (no usable localStorage). */
	persistent: boolean;
}

const PROBE_KEY = 'course:probe';

let pageStorage: SafeStorage | undefined;

/**
 * Returns localStorage if it can be read and written, otherwise an in-memory storage with
 * `persistent: false`. The page's own storage is probed once and shared by every store on the page
 * (so they also share the in-memory fallback). Pass `getBacking` to test with another storage.
 */
export function safeStorage(getBacking?: () => KeyValueStorage | undefined): SafeStorage {
	if (getBacking) return probe(getBacking);
	pageStorage ??= probe(defaultBacking);
	return pageStorage;
}

function probe(getBacking: () => KeyValueStorage | undefined): SafeStorage {
	try {
		const backing = getBacking();
		if (!backing) return { storage: memoryStorage(), persistent: false };
		backing.setItem(PROBE_KEY, '1');
		backing.removeItem(PROBE_KEY);
		return { storage: backing, persistent: true };
	} catch {
		return { storage: memoryStorage(), persistent: false };
	}
}

function defaultBacking(): KeyValueStorage | undefined {
	return typeof globalThis.localStorage === 'undefined' ? undefined : globalThis.localStorage;
}

/** Reads a key; a storage that throws reads as "nothing saved". */
export function readItem(storage: Pick<KeyValueStorage, 'getItem'>, key: string): string | null {
	try {
		return storage.getItem(key);
	} catch {
		return null;
	}
}

/** Writes a key; returns false instead of throwing when the storage refuses (quota, private mode). */
export function writeItem(storage: Pick<KeyValueStorage, 'setItem'>, key: string, value: string): boolean {
	try {
		storage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}
