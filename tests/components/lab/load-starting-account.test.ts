import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrateSimState, SIM_STATE_VERSION } from '@/simulator';
import { LAB_SETUPS } from '@/lessons/setup-registry';
import { buildStartingAccount } from '@/lessons/starting-accounts';

/** Counts the downloads of the full save checks, which a current file must not need. */
const checksDownloaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/components/lab/migrate-starting-account', () => {
	checksDownloaded.count += 1;
	return { migrateSimState };
});

const { loadStartingAccount } = await import('@/components/lab/load-starting-account');

const BUILT_AT = Date.UTC(2026, 10, 16, 12);
const v1Save = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../fixtures/persisted/sim.v1.json'), 'utf8'),
) as Record<string, unknown>;

/** Answers every fetch with `body` (as JSON unless it is a string) and `status`. */
function serve(body: unknown, status = 200) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	vi.stubGlobal(
		'fetch',
		vi.fn(() => Promise.resolve(new Response(text, { status, headers: { 'Content-Type': 'application/json' } }))),
	);
}

afterEach(() => {
	vi.unstubAllGlobals();
	checksDownloaded.count = 0;
	vi.resetModules();
});

describe('loadStartingAccount', () => {
	it('uses a file of this build’s version as it is, without downloading the save checks', async () => {
		const shipped = buildStartingAccount(LAB_SETUPS['billing-alarm']!);
		serve(shipped);
		const start = await loadStartingAccount('billing-alarm');
		expect(start).toEqual({ builtAt: shipped.builtAt, state: JSON.parse(JSON.stringify(shipped.state)) });
		expect(checksDownloaded.count).toBe(0);
		expect(fetch).toHaveBeenCalledWith('/starting-accounts/billing-alarm.json');
	});

	it('migrates a file from an older deployment like a save, downloading the checks for it', async () => {
		serve({ ...v1Save, builtAt: BUILT_AT });
		const start = await loadStartingAccount('root-mfa', 3);
		const migrated = migrateSimState(v1Save);
		expect(migrated.ok).toBe(true);
		expect(start).toEqual({ builtAt: BUILT_AT, state: migrated.ok ? migrated.state : undefined });
		expect(checksDownloaded.count).toBe(1);
		expect(fetch).toHaveBeenCalledWith('/starting-accounts/root-mfa/3.json');
	});

	it.each([
		['a newer version', { version: SIM_STATE_VERSION + 1, builtAt: BUILT_AT, state: {} }],
		['a current version without an account', { version: SIM_STATE_VERSION, builtAt: BUILT_AT, state: [] }],
		['an older version that does not fit its shape', { version: 1, builtAt: BUILT_AT, state: { iam: 7 } }],
		['no build time', { ...buildStartingAccount(LAB_SETUPS['root-mfa']!), builtAt: undefined }],
		['a build time that is not a finite number', { version: SIM_STATE_VERSION, builtAt: '1e999', state: {} }],
		['not an object', [1, 2, 3]],
		['null', null],
		['a __proto__ key', JSON.parse('{"__proto__":{"builtAt":1},"version":1,"state":{}}') as unknown],
	])('refuses %s with a clear error', async (_, body) => {
		serve(body);
		await expect(loadStartingAccount('root-mfa')).rejects.toThrow(
			'The starting account of root-mfa could not be read.',
		);
	});

	it('refuses a file that is not JSON', async () => {
		serve('{"version": 4, "state": {');
		await expect(loadStartingAccount('root-mfa')).rejects.toThrow();
	});

	it('says when the file could not be downloaded', async () => {
		serve('Not found', 404);
		await expect(loadStartingAccount('root-mfa')).rejects.toThrow(
			'The starting account of root-mfa could not be downloaded (404).',
		);
	});
});
