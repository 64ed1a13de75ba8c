import { execute, type ApiCall, type ApiResponse, type CallContext, type SimState, type TrailRecord } from '@/simulator';

/**
 * "What if…?" scenarios: a short story played on a practice account, one step at a time, in two
 * or three versions that differ in one protection. Every step is a simulator operation (the
 * attacker signs in like anyone else; time passes on the billing clock), so what happens is what
 * the model does, not a script.
 */

/** Who takes a step. The trail cannot tell a thief from the owner when they use the same password; the story can. */
export type Actor = 'you' | 'attacker' | 'aws';

export interface WhatIfStep {
	readonly actor: Actor;
	/** What the actor tries, before it happens. */
	readonly title: string;
	readonly calls: (state: SimState, ctx: CallContext) => readonly ApiCall[];
	/** What happened, in words, from the calls' responses and the account afterwards. */
	readonly describe: (after: SimState, responses: readonly ApiResponse[]) => string;
}

export interface WhatIfVariant {
	readonly id: string;
	/** The one protection that differs, e.g. "Root user with MFA". */
	readonly label: string;
	readonly setup: (ctx: CallContext) => SimState;
	readonly steps: readonly WhatIfStep[];
	/** The ending: whether the protection held, and what that means. */
	readonly outcome: (state: SimState) => { readonly safe: boolean; readonly text: string };
}

export interface WhatIfScenario {
	readonly id: string;
	readonly title: string;
	readonly premise: string;
	readonly variants: readonly WhatIfVariant[];
	readonly lesson: { readonly slug: string; readonly title: string; readonly takeaway: string };
}

/** One played step: what was tried, what happened, and the trail records it added. */
export interface PlayedStep {
	readonly actor: Actor;
	readonly title: string;
	readonly result: string;
	readonly responses: readonly ApiResponse[];
	readonly trail: readonly TrailRecord[];
	/** Billing-clock time after the step. */
	readonly clock: number;
}

/** Runs one step's calls in order; refusals are part of the story, so nothing throws. */
export function playStep(state: SimState, step: WhatIfStep, ctx: CallContext): { state: SimState; played: PlayedStep } {
	const before = state.trail.length;
	let current = state;
	const responses: ApiResponse[] = [];
	for (const call of step.calls(state, ctx)) {
		const { state: next, response } = execute(current, call, ctx);
		current = next;
		responses.push(response);
	}
	const added = current.trail.length >= before ? current.trail.slice(before) : current.trail.slice(-responses.length);
	return {
		state: current,
		played: { actor: step.actor, title: step.title, result: step.describe(current, responses), responses, trail: added, clock: current.billing.clock },
	};
}

/** Plays every step of a variant (for tests and for "play to the end"). */
export function playAll(variant: WhatIfVariant, ctx: CallContext): { state: SimState; played: PlayedStep[] } {
	let state = variant.setup(ctx);
	const played: PlayedStep[] = [];
	for (const step of variant.steps) {
		const result = playStep(state, step, ctx);
		state = result.state;
		played.push(result.played);
	}
	return { state, played };
}

export const usd = (amount: number) => `$${amount.toFixed(2)}`;

/** The error code of a refused response, or undefined when it succeeded. */
export const refusal = (response: ApiResponse | undefined) => (response && !response.ok ? response.error.code : undefined);
