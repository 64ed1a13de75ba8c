import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { render } from '@testing-library/preact';
import {
	createFreshAccount,
	deleteUserAsConsoleDoes,
	execute,
	PRACTICE_ROOT,
	type ApiCall,
	type ApiResponse,
	type CallContext,
	type SimState,
} from '@/simulator';
import { ConsoleContext, type ConsoleApi } from '@/components/console/console-context';
import type { Route } from '@/components/console/routes';

/** A fixed start time, so codes and ids are the same on every run. */
export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

/** Everything a test needs to drive a screen: the latest state, the clock, and what was announced. */
export interface Harness {
	readonly state: () => SimState;
	/** Sets the real-time clock the screen and the simulator see. */
	setNow: (ms: number) => void;
	readonly announcements: string[];
	readonly navigations: Route[];
	/** Runs a call outside the screen (test setup), as the signed-in identity. */
	run: (call: ApiCall) => ApiResponse;
}

function deterministicBytes(): (length: number) => Uint8Array {
	let counter = 7;
	return (length) => {
		const bytes = new Uint8Array(length);
		for (let i = 0; i < length; i++) bytes[i] = counter = (counter * 31 + 17) % 251;
		return bytes;
	};
}

/** A fresh practice account with the root user signed in (cheap password hashing for speed). */
export function signedInRootAccount(now: number, randomBytes: (length: number) => Uint8Array): SimState {
	const ctx: CallContext = { now, randomBytes };
	const fresh = createFreshAccount(ctx, { passwordHashIterations: 1 });
	const signedIn = execute(
		fresh,
		{ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password } },
		ctx,
	);
	if (!signedIn.response.ok) throw new Error(`Sign-in failed: ${signedIn.response.error.message}`);
	// A root user without MFA is asked to register it; skip, as a learner may for 35 days.
	const skipped = execute(signedIn.state, { op: 'SkipMFARegistration', input: {} }, ctx);
	if (!skipped.response.ok) throw new Error(`Skipping the MFA prompt failed: ${skipped.response.error.message}`);
	return skipped.state;
}

/**
 * Renders `ui` inside a ConsoleContext whose calls run the real simulator on a fresh account.
 * The test double keeps the newest state in a variable so consecutive calls chain, and re-renders
 * the tree after each change, as the real console store does.
 */
export function renderWithConsole(
	ui: ComponentChildren,
	options: { region?: string; prepare?: (run: (call: ApiCall) => ApiResponse) => void } = {},
) {
	let now = T0;
	const randomBytes = deterministicBytes();
	const ctx = (): CallContext => ({ now, randomBytes });
	let current = signedInRootAccount(now, randomBytes);
	const announcements: string[] = [];
	const navigations: Route[] = [];
	let rerender: (state: SimState) => void = () => undefined;

	const run = (call: ApiCall): ApiResponse => {
		const executed = execute(current, call, ctx());
		current = executed.state;
		rerender(current);
		return executed.response;
	};
	options.prepare?.(run);

	function Host(props: { children: ComponentChildren }) {
		const [state, setState] = useState(current);
		const [region, setRegion] = useState(options.region ?? 'us-east-1');
		rerender = setState;
		const api: ConsoleApi = {
			state,
			call: run,
			perform: (change) => {
				const { state: next, result } = change(current, ctx(), { execute, deleteUserAsConsoleDoes });
				current = next;
				setState(next);
				return result;
			},
			whenReady: (action) => action(),
			simulatorStatus: 'ready',
			simulator: { execute, deleteUserAsConsoleDoes },
			loadSimulator: () => undefined,
			preloadSimulator: () => undefined,
			route: { screen: 'console-home' },
			navigate: (route) => navigations.push(route),
			region,
			setRegion,
			now: () => now,
			announce: (message) => announcements.push(message),
		};
		return <ConsoleContext.Provider value={api}>{props.children}</ConsoleContext.Provider>;
	}

	const rendered = render(<Host>{ui}</Host>);
	const harness: Harness = {
		state: () => current,
		setNow: (ms) => {
			now = ms;
		},
		announcements,
		navigations,
		run,
	};
	return { ...rendered, harness };
}
