import { migrateSimState, type SimState } from '@/simulator';

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
 * Downloads a lab's starting account (the given variant, for a lab that has several) and checks it
 * like a save (a file from an older deployment is migrated; one that cannot be read is refused).
 * Rejects when it cannot be fetched or read.
 */
export async function loadStartingAccount(labId: string, variant?: number): Promise<StartingAccount> {
	const response = await fetch(startingAccountUrl(labId, variant));
	if (!response.ok) throw new Error(`The starting account of ${labId} could not be downloaded (${response.status}).`);
	const shipped: unknown = await response.json();
	const builtAt = (shipped as { builtAt?: unknown } | null)?.builtAt;
	const loaded = migrateSimState(shipped);
	if (!loaded.ok || typeof builtAt !== 'number' || !Number.isFinite(builtAt)) {
		throw new Error(`The starting account of ${labId} could not be read.`);
	}
	return { builtAt, state: loaded.state };
}
