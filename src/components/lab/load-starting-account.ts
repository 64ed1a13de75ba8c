import { SIM_STATE_VERSION, type SimState } from '@/simulator';

/** A lab's starting account as built with the site, and when it was built. */
export interface StartingAccount {
	readonly builtAt: number;
	readonly state: SimState;
}

/**
 * Where the site ships a lab's starting account (built by `src/pages/starting-accounts/<lab>.json.ts`),
 * or one of its variants (`src/pages/starting-accounts/<lab>/<variant>.json.ts`).
 */
export function startingAccountUrl(labId: string, variant?: number): string {
	const lab = encodeURIComponent(labId);
	return variant === undefined ? `/starting-accounts/${lab}.json` : `/starting-accounts/${lab}/${variant}.json`;
}

/**
 * Downloads a lab's starting account (the given variant, for a lab that has several). Rejects when
 * it cannot be fetched or read.
 *
 * A file at this build's version is the site's own output from the same deployment as this code:
 * the build made it with the simulator's operations, and a unit test proves every shipped file
 * reads back unchanged through the full save checks. So it is used as it is, and those checks (the
 * largest part of reading a save) are not downloaded on a learner's first visit. Any other file (an
 * older deployment's, kept by a cache) is checked and migrated like a save, downloading the checks.
 */
export async function loadStartingAccount(labId: string, variant?: number): Promise<StartingAccount> {
	const response = await fetch(startingAccountUrl(labId, variant));
	if (!response.ok) throw new Error(`The starting account of ${labId} could not be downloaded (${response.status}).`);
	const shipped: unknown = await response.json();
	const envelope = isObject(shipped) ? shipped : {};
	const { builtAt, version, state } = envelope;
	if (typeof builtAt !== 'number' || !Number.isFinite(builtAt)) throw unreadable(labId);
	if (version === SIM_STATE_VERSION && isObject(state)) return { builtAt, state: state as unknown as SimState };
	const { migrateSimState } = await import('./migrate-starting-account');
	const loaded = migrateSimState(shipped);
	if (!loaded.ok) throw unreadable(labId);
	return { builtAt, state: loaded.state };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unreadable(labId: string): Error {
	return new Error(`The starting account of ${labId} could not be read.`);
}
