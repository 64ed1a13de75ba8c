import { describe, expect, it } from 'vitest';
import * as z from '@/lib/shape';
import {
	backupKeyFor,
	exportDocument,
	importDocument,
	loadDocument,
	memoryStorage,
	safeStorage,
	saveDocument,
	type KeyValueStorage,
	type SavedDocument,
} from '@/store/persistence';

const T0 = Date.UTC(2025, 0, 1);
const KEY = 'course:test';
const schema = z.object({ count: z.number() });
type Counter = z.Infer<typeof schema>;

function counterDocument(migrate: (raw: unknown, from: number) => unknown = (raw) => raw): SavedDocument<Counter> {
	return {
		key: KEY,
		version: 2,
		migrate,
		schema,
		readLegacy: (parsed) =>
			typeof parsed === 'object' && parsed !== null && 'legacyCount' in parsed
				? { version: 1, state: { clicks: parsed.legacyCount } }
				: undefined,
	};
}

function load(storage: KeyValueStorage, migrate?: (raw: unknown, from: number) => unknown) {
	return loadDocument(storage, counterDocument(migrate), { fallback: () => ({ count: 0 }), now: () => T0 });
}

/** A storage that reads fine but refuses every write, as a full quota does. */
function fullStorage(initial: Record<string, string> = {}): KeyValueStorage {
	const inner = memoryStorage(initial);
	return {
		...inner,
		getItem: inner.getItem,
		key: inner.key,
		get length() {
			return inner.length;
		},
		setItem: () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		},
	};
}

describe('loadDocument', () => {
	it('starts from the fallback when nothing is saved', () => {
		const result = load(memoryStorage());
		expect(result).toEqual({ state: { count: 0 }, writable: true });
	});

	it('loads a save of the current version', () => {
		const storage = memoryStorage({ [KEY]: JSON.stringify({ version: 2, state: { count: 5 } }) });
		expect(load(storage)).toEqual({ state: { count: 5 }, writable: true });
	});

	it('migrates an older save', () => {
		const storage = memoryStorage({ [KEY]: JSON.stringify({ version: 1, state: { clicks: 3 } }) });
		const result = load(storage, (raw, from) => (from === 1 ? { count: (raw as { clicks: number }).clicks } : raw));
		expect(result.state).toEqual({ count: 3 });
		expect(result.notice).toBeUndefined();
	});

	it.each([
		['text that is not JSON', '{not json'],
		['JSON without an envelope', JSON.stringify({ count: 1 })],
		['a version that is not a number', JSON.stringify({ version: 'two', state: { count: 1 } })],
		['a state with wrong types', JSON.stringify({ version: 2, state: { count: 'many' } })],
	])('backs up %s and starts fresh', (_name, raw) => {
		const storage = memoryStorage({ [KEY]: raw });
		const result = load(storage);
		const backupKey = backupKeyFor(KEY, T0);
		expect(result.state).toEqual({ count: 0 });
		expect(result.notice).toEqual({ kind: 'recovered', backupKey, backupKept: true });
		expect(result.writable).toBe(true);
		expect(storage.getItem(backupKey)).toBe(raw);
		expect(backupKey).toBe('course:test:backup:2025-01-01T00:00:00.000Z');
	});

	it('reads a save written before the envelope, through the legacy reader of the document', () => {
		const storage = memoryStorage({ [KEY]: JSON.stringify({ legacyCount: 4 }) });
		const result = load(storage, (raw, from) => (from === 1 ? { count: (raw as { clicks: number }).clicks } : raw));
		expect(result).toEqual({ state: { count: 4 }, writable: true });
	});

	it('checks the shape once, after migrating, and never runs the migration on a current save', () => {
		let migrations = 0;
		let checks = 0;
		const document: SavedDocument<Counter> = {
			...counterDocument(() => {
				migrations += 1;
				return { count: 1 };
			}),
			schema: {
				safeParse: (value) => {
					checks += 1;
					return schema.safeParse(value);
				},
			},
		};
		const storage = memoryStorage({ [KEY]: JSON.stringify({ version: 2, state: { count: 5 } }) });
		expect(loadDocument(storage, document, { fallback: () => ({ count: 0 }), now: () => T0 }).state).toEqual({
			count: 5,
		});
		expect([migrations, checks]).toEqual([0, 1]);
	});

	it('treats a migration that throws as an unreadable save', () => {
		const storage = memoryStorage({ [KEY]: JSON.stringify({ version: 1, state: {} }) });
		const result = load(storage, () => {
			throw new Error('cannot migrate');
		});
		expect(result.notice?.kind).toBe('recovered');
		expect(result.state).toEqual({ count: 0 });
	});

	it('keeps a save from a newer version untouched and backs it up', () => {
		const raw = JSON.stringify({ version: 3, state: { count: 9, extra: true } });
		const storage = memoryStorage({ [KEY]: raw });
		const result = load(storage);
		expect(result.state).toEqual({ count: 0 });
		expect(result.notice).toEqual({ kind: 'newer', backupKey: backupKeyFor(KEY, T0), backupKept: true });
		expect(storage.getItem(KEY)).toBe(raw);
		expect(storage.getItem(backupKeyFor(KEY, T0))).toBe(raw);
	});

	it('refuses to overwrite a save it could not back up', () => {
		const raw = JSON.stringify({ version: 3, state: { count: 9 } });
		const result = load(fullStorage({ [KEY]: raw }));
		expect(result.notice).toEqual({ kind: 'newer', backupKey: backupKeyFor(KEY, T0), backupKept: false });
		expect(result.writable).toBe(false);
	});

	it('reads a storage that throws as empty', () => {
		const throwing: KeyValueStorage = {
			...memoryStorage(),
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
		};
		expect(load(throwing)).toEqual({ state: { count: 0 }, writable: true });
	});
});

describe('saveDocument', () => {
	it('writes the envelope that loadDocument reads back', () => {
		const storage = memoryStorage();
		expect(saveDocument(storage, counterDocument(), { count: 7 })).toBe(true);
		expect(JSON.parse(storage.getItem(KEY) ?? '')).toEqual({ version: 2, state: { count: 7 } });
		expect(load(storage).state).toEqual({ count: 7 });
	});

	it('returns false instead of throwing when the quota is exceeded', () => {
		expect(saveDocument(fullStorage(), counterDocument(), { count: 7 })).toBe(false);
	});
});

describe('exportDocument and importDocument', () => {
	const options = { format: 'test-format', maxCharacters: 10_000 };

	it('round-trip a state through a file with its format marker, version and time', () => {
		const text = exportDocument(counterDocument(), { count: 3 }, { format: 'test-format', exportedAt: T0 });
		expect(JSON.parse(text)).toEqual({
			format: 'test-format',
			version: 2,
			exportedAt: '2025-01-01T00:00:00.000Z',
			state: { count: 3 },
		});
		expect(importDocument(counterDocument(), text, options)).toEqual({ ok: true, state: { count: 3 } });
	});

	it.each([
		['too large', 'x'.repeat(10_001), { problem: 'too-large' }],
		['not JSON', '{', { problem: 'not-json' }],
		['without the marker', JSON.stringify({ version: 2, state: { count: 1 } }), { problem: 'wrong-format' }],
		[
			'from a newer version',
			JSON.stringify({ format: 'test-format', version: 3, state: {} }),
			{ problem: 'newer', version: 3 },
		],
		['without a version', JSON.stringify({ format: 'test-format', state: {} }), { problem: 'no-version' }],
		[
			'of the wrong shape',
			JSON.stringify({ format: 'test-format', version: 2, state: { count: 'x' } }),
			{ problem: 'invalid', detail: 'count: Expected number, received string' },
		],
	])('refuses a file %s, saying why', (_name, text, expected) => {
		expect(importDocument(counterDocument(), text, options)).toEqual({ ok: false, ...expected });
	});
});

describe('safeStorage', () => {
	it("probes the page's storage once and shares it", () => {
		expect(safeStorage()).toBe(safeStorage());
	});

	it('uses the backing storage when it can write', () => {
		const backing = memoryStorage();
		const result = safeStorage(() => backing);
		expect(result.persistent).toBe(true);
		expect(result.storage).toBe(backing);
		expect(backing.length).toBe(0);
	});

	it('falls back to memory when there is no storage', () => {
		const result = safeStorage(() => undefined);
		expect(result.persistent).toBe(false);
		result.storage.setItem('a', '1');
		expect(result.storage.getItem('a')).toBe('1');
	});

	it('falls back to memory when accessing storage throws', () => {
		const result = safeStorage(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(result.persistent).toBe(false);
	});

	it('falls back to memory when writes are refused', () => {
		expect(safeStorage(() => fullStorage()).persistent).toBe(false);
	});
});
