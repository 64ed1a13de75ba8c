import { SIM_STATE_VERSION, type CallContext, type SimState } from '@/simulator';
import type { LabSetup } from './lab';
import { withPracticePasswords } from './practice-passwords';

/**
 * When the shipped starting accounts are built: a fixed time rather than the build machine's
 * clock, so every build ships the same files and a deployment changes a starting account only when
 * its scenario changes. It sits mid-month, far from a UTC month start (see `rebaseAccount`), on a
 * whole 30-second step. The browser moves each account to the learner's time when it starts a lab.
 */
export const STARTING_ACCOUNTS_BUILT_AT = Date.UTC(2026, 10, 16, 12, 0, 0);

/**
 * A lab's starting account as the site ships it (`/starting-accounts/<lab-id>.json`): a saved
 * account in the same envelope as a learner's save, and the time it was built at.
 */
export interface ShippedStartingAccount {
	readonly version: number;
	readonly builtAt: number;
	readonly state: SimState;
}

/**
 * Runs a lab's scenario through the simulator's operations, as the browser used to on a first
 * visit, with the course's practice passwords and random bytes drawn from a generator seeded with
 * the lab's id (and the variant's number, for a lab with variants): the MFA secrets, salts and
 * tokens in a starting account are the same in every build (practice values, public like the
 * practice passwords).
 */
export function buildStartingAccount(
	setup: LabSetup,
	builtAt: number = STARTING_ACCOUNTS_BUILT_AT,
	variant?: number,
): ShippedStartingAccount {
	const ctx: CallContext = withPracticePasswords({
		now: builtAt,
		randomBytes: seededRandomBytes(startingSeed(setup.labId, variant)),
	});
	return { version: SIM_STATE_VERSION, builtAt, state: setup.scenario(ctx, variant) };
}

/** The seed of a starting account's random bytes: the lab's id, and the variant's number if it has one. */
export function startingSeed(labId: string, variant?: number): string {
	return variant === undefined ? labId : `${labId}/${variant}`;
}

/**
 * A stream of pseudo-random bytes that depends only on `seed` (FNV-1a of the seed, then
 * splitmix32). Not for secrets that must stay secret: for practice values that must be the same
 * in every build.
 */
export function seededRandomBytes(seed: string): (length: number) => Uint8Array {
	let state = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
	const next = (): number => {
		state = (state + 0x9e3779b9) | 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	return (length) => Uint8Array.from({ length }, () => next() & 0xff);
}
