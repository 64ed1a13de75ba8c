import type { CallContext } from './context.ts';
import type { SimError } from './errors.ts';
import type { Result } from './result.ts';
import type { RegionCode } from './regions.ts';
import type { Operations, OperationName } from '../operations.ts';
import type { Principal, SimState, TrailRecord } from '../state.ts';

/** What a handler knows about the call besides its input. */
export interface HandlerEnv {
	readonly ctx: CallContext;
	/** Real time, clamped so it never goes backwards (trail and record times). */
	readonly now: number;
	readonly region: RegionCode;
	/** The signed-in principal, or `null` for calls that need no session. */
	readonly principal: Principal | null;
}

/** Extra trail details a handler can supply (for sign-in events). */
export interface TrailExtras {
	readonly eventName?: string;
	readonly userIdentity?: TrailRecord['userIdentity'];
	readonly responseElements?: unknown;
}

/** A successful handler outcome. */
export interface Handled<O> {
	readonly state: SimState;
	readonly output: O;
	readonly trail?: TrailExtras;
}

/**
 * A pure operation handler. The input is `unknown` on purpose: the UI is typed, but saved
 * scenarios and property tests send anything, so handlers validate what they read.
 */
export type Handler<K extends OperationName> = (
	state: SimState,
	input: unknown,
	env: HandlerEnv,
) => Result<Handled<Operations[K]['output']>, SimError<Operations[K]['errors']>>;

/** Success helper that keeps the output type. */
export function done<O>(state: SimState, output: O, trail?: TrailExtras): Result<Handled<O>, never> {
	return { ok: true, value: trail ? { state, output, trail } : { state, output } };
}

/** Takes the next id counter value. */
export function nextSeq(state: SimState): [number, SimState] {
	const seq = state.seq + 1;
	return [seq, { ...state, seq }];
}
