import type { CallContext, SimState } from '@/simulator';

/** The result of checking one task against the simulated account. */
export type TaskStatus =
	| { readonly met: true }
	/** `reason` says specifically what is missing and why, in the learner's terms. */
	| { readonly met: false; readonly reason: string };

/** A question the learner answers by reading the console; the answer is checked against the account. */
export interface TaskQuestion {
	readonly label: string;
	/** Offered choices; without them the learner types the answer. */
	readonly choices?: readonly string[];
	readonly inputMode?: 'numeric' | 'text';
}

/** One thing the lab asks the learner to achieve in the practice console. */
export interface LabTask {
	/** Stable id: progress is saved under it. */
	readonly id: string;
	readonly title: string;
	/**
	 * The hint ladder, shown one rung at a time: the idea, then where to look, then the exact
	 * clicks. The full solution is separate and asks for confirmation first.
	 */
	readonly hints: readonly [idea: string, whereToLook: string, exactClicks: string];
	readonly question?: TaskQuestion;
	/**
	 * Checks the account, not the clicks: any valid way of getting there counts. Strict on what
	 * matters for security, tolerant of harmless extras.
	 */
	check(state: SimState, answer?: string): TaskStatus;
}

/** Where the practice console opens for a lab. */
export type LabStartScreen = 'sign-in' | 'console-home';

/** Practice credentials a lab hands the learner (never real ones). */
export interface LabCredential {
	readonly label: string;
	readonly value: string;
}

/**
 * The practical half of a lesson as the learner meets it: tasks checked on the account, hints and
 * the solution in words. Its starting account and the solution's operations are its
 * {@link LabSetup}, kept apart so a lesson page loads the checks without the simulator's operations.
 */
export interface Lab {
	/** Stable id, named in the lesson's frontmatter (`lab:`). */
	readonly id: string;
	readonly title: string;
	readonly startScreen: LabStartScreen;
	/** Extra practice credentials the lab needs, shown next to the practice account card. */
	readonly credentials?: readonly LabCredential[];
	readonly tasks: readonly LabTask[];
	/** The reference solution in words, as "Show solution" displays it. */
	readonly solutionSteps: readonly string[];
}

/**
 * How a lab's account is made: the starting scenario and the reference solution, both run through
 * the simulator's public operations. The site runs `scenario` when it is built and ships the
 * resulting account (see `starting-accounts.ts`); `solve` runs only when the learner asks the
 * console to apply the solution.
 */
export interface LabSetup {
	/** The id of the {@link Lab} this sets up. */
	readonly labId: string;
	/**
	 * The starting account, built through the simulator's public operations. A lab whose starting
	 * account comes in variants (see `starting-variants.ts`) builds the one numbered `variant`.
	 */
	scenario(ctx: CallContext, variant?: number): SimState;
	/**
	 * Applies the reference solution through the public operations. Returns the solved account
	 * and the answers to question tasks. `ctx.now` may be moved forward (MFA codes need fresh steps).
	 */
	solve(state: SimState, ctx: CallContext): { state: SimState; answers: Readonly<Record<string, string>> };
}

export const met: TaskStatus = { met: true };

export function notMet(reason: string): TaskStatus {
	return { met: false, reason };
}
