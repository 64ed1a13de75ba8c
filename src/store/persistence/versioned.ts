/**
 * Versioned saves: `{ version, state }` envelopes that load safely. A save that cannot be read, or
 * that a newer build of the course wrote, is copied to a backup key before anything overwrites
 * it, and the caller gets a notice to show. Loading never throws.
 */
import { readItem, writeItem, type KeyValueStorage } from './storage';

/** The shape every save has on disk. */
export interface VersionedEnvelope<T> {
	version: number;
	state: T;
}

/** Anything with a `safeParse` (see `src/lib/shape.ts`); the stores pass their save's shape. */
export interface Validator<T> {
	safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface LoadNotice {
	/** recovered: the save was unreadable or invalid. newer: a newer course version wrote it. */
	kind: 'recovered' | 'newer';
	/** Where the old save was copied to. */
	backupKey: string;
	/** False when even the backup could not be written (storage full or gone). */
	backupKept: boolean;
}

export interface LoadOptions<T> {
	storage: KeyValueStorage;
	key: string;
	currentVersion: number;
	/** Upgrades `raw` (the envelope's state) written by version `fromVersion` to the current shape. */
	migrate: (raw: unknown, fromVersion: number) => unknown;
	schema: Validator<T>;
	/** The state to start from when there is no usable save. */
	fallback: () => T;
	/** Epoch ms, used to name backup keys. */
	now: () => number;
}

export interface LoadResult<T> {
	state: T;
	notice?: LoadNotice;
	/**
	 * False when the main key must not be overwritten: a save we could not back up is still
	 * there, and keeping it matters more than saving this session.
	 */
	writable: boolean;
}

/** `<key>:backup:<ISO time>`, the key a save is copied to before it is replaced. */
export function backupKeyFor(key: string, now: number): string {
	return `${key}:backup:${new Date(now).toISOString()}`;
}

/** Loads, migrates and validates a versioned save, recovering from every kind of bad data. */
export function loadVersioned<T>(options: LoadOptions<T>): LoadResult<T> {
	const { storage, key, currentVersion, migrate, schema, fallback, now } = options;
	const raw = readItem(storage, key);
	if (raw === null) return { state: fallback(), writable: true };

	const envelope = parseEnvelope(raw);
	if (envelope && envelope.version > currentVersion) {
		return startOver('newer');
	}
	if (envelope) {
		const state = migrateAndValidate(envelope, migrate, schema);
		if (state !== undefined) return { state, writable: true };
	}
	return startOver('recovered');

	function startOver(kind: LoadNotice['kind']): LoadResult<T> {
		const backupKey = backupKeyFor(key, now());
		const backupKept = writeItem(storage, backupKey, raw ?? '');
		return { state: fallback(), notice: { kind, backupKey, backupKept }, writable: backupKept };
	}
}

function parseEnvelope(raw: string): VersionedEnvelope<unknown> | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (typeof parsed !== 'object' || parsed === null || !('version' in parsed) || !('state' in parsed)) return undefined;
	const { version, state } = parsed;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined;
	return { version, state };
}

function migrateAndValidate<T>(
	envelope: VersionedEnvelope<unknown>,
	migrate: LoadOptions<T>['migrate'],
	schema: Validator<T>,
): T | undefined {
	try {
		const result = schema.safeParse(migrate(envelope.state, envelope.version));
		return result.success ? result.data : undefined;
	} catch {
		// A migration that throws on odd data is treated like any other unreadable save.
		return undefined;
	}
}

/** Writes `{ version, state }`; false when the storage refused (quota exceeded, private mode). */
export function saveVersioned<T>(storage: KeyValueStorage, key: string, version: number, state: T): boolean {
	let text: string;
	try {
		text = JSON.stringify({ version, state } satisfies VersionedEnvelope<T>);
	} catch {
		return false;
	}
	return writeItem(storage, key, text);
}
