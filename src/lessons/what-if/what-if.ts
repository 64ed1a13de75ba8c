import {
	execute,
	LEARNER_SOURCE_IP,
	type ApiCall,
	type ApiResponse,
	type CallContext,
	type MailMessage,
	type SimState,
	type TrailRecord,
} from '@/simulator';

/**
 * "What if…?" scenarios: a short story played on a practice account, one step at a time, in two
 * or three versions that differ in one protection. Every step is a simulator operation (the
 * attacker signs in and launches instances like anyone else; time passes on the billing clock), so
 * what happens is what the model does, not a script.
 */

/** Who takes a step. */
export type Actor = 'you' | 'attacker' | 'aws';

/**
 * The attacker's address in the trail: another browser, from the range reserved for documentation
 * (RFC 5737). With a leaked password the attacker has the owner's identity, so the trail tells them
 * apart only by where the calls come from.
 */
export const ATTACKER_SOURCE_IP = '198.51.100.77';

/** Where each actor's calls come from (time passing is a simulation control, recorded nowhere). */
const ACTOR_SOURCE_IP: Readonly<Record<Actor, string>> = {
	you: LEARNER_SOURCE_IP,
	attacker: ATTACKER_SOURCE_IP,
	aws: LEARNER_SOURCE_IP,
};

export interface WhatIfStep {
	readonly actor: Actor;
	/** What the actor tries, before it happens. */
	readonly title: string;
	readonly calls: (state: SimState, ctx: CallContext) => readonly ApiCall[];
	/** What happened, in words, from the calls' responses and the account afterwards (and before, to tell what is new). */
	readonly describe: (after: SimState, responses: readonly ApiResponse[], before: SimState) => string;
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

/**
 * One played step: what was tried, what happened, the records it added to the account's trail and
 * the emails that reached the practice inbox during it.
 */
export interface PlayedStep {
	readonly actor: Actor;
	readonly title: string;
	readonly result: string;
	readonly responses: readonly ApiResponse[];
	readonly trail: readonly TrailRecord[];
	readonly mail: readonly MailMessage[];
	/** Billing-clock time after the step. */
	readonly clock: number;
}

/**
 * Runs one step's calls in order, from the actor's own address; refusals are part of the story, so
 * nothing throws.
 */
export function playStep(state: SimState, step: WhatIfStep, ctx: CallContext): { state: SimState; played: PlayedStep } {
	const actorCtx: CallContext = { ...ctx, sourceIPAddress: ACTOR_SOURCE_IP[step.actor] };
	let current = state;
	const responses: ApiResponse[] = [];
	for (const call of step.calls(state, actorCtx)) {
		const { state: next, response } = execute(current, call, actorCtx);
		current = next;
		responses.push(response);
	}
	// Records are never changed once written, so the step's records are the ones the trail did not hold before
	// (this stays right when the capped trail drops its oldest records).
	const earlier = new Set(state.trail);
	const added = current.trail.filter((record) => !earlier.has(record));
	const earlierMail = new Set(state.mailbox.map((message) => message.MessageId));
	const mail = current.mailbox.filter((message) => !earlierMail.has(message.MessageId));
	return {
		state: current,
		played: {
			actor: step.actor,
			title: step.title,
			result: step.describe(current, responses, state),
			responses,
			trail: added,
			mail,
			clock: current.billing.clock,
		},
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
export const refusal = (response: ApiResponse | undefined) =>
	response && !response.ok ? response.error.code : undefined;

/** The newest successful console sign-in in the trail: whose it was and where it came from. */
export function lastSignIn(state: SimState): TrailRecord | undefined {
	for (let i = state.trail.length - 1; i >= 0; i--) {
		const record = state.trail[i];
		if (record?.eventName === 'ConsoleLogin' && !record.errorCode) return record;
	}
	return undefined;
}

/** Whether the trail shows a call that succeeded from the attacker's address. */
export const attackerDid = (state: SimState, eventName: string) =>
	state.trail.some(
		(record) => record.eventName === eventName && !record.errorCode && record.sourceIPAddress === ATTACKER_SOURCE_IP,
	);
