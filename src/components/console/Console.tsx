import type { ComponentChildren, RefObject } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	DEFAULT_REGION,
	selectMfaRegistrationRequired,
	type ApiCallOf,
	type OperationName,
	type SimState,
} from '@/simulator';
import { useStore, type SimStore } from '@/store';
import { ConsoleContext, type ConsoleApi } from './console-context';
import type { Route } from './routes';
import { NavBar } from './shell/NavBar';
import { ScreenReadyContext } from './shell/screen-ready';
import { ScreenLoadFailed } from './shell/lazy-screen';
import { ScreenRouter } from './shell/ScreenRouter';
import './shell/shell.css';

export interface ConsoleProps {
	store: SimStore;
	/** The screen to open first; Console Home (or sign-in when nobody is signed in) otherwise. */
	initialRoute?: Route | undefined;
}

/** What the frame needs from the provider: where screens render, and the live region's text. */
interface FrameInternals {
	screenRef: RefObject<HTMLDivElement>;
	liveMessage: string;
	focusNewHeading: () => void;
}
const FrameContext = createContext<FrameInternals | null>(null);

/**
 * Signed out, every screen is the sign-in page; signed in, the sign-in page is behind you. A root
 * user who signed in after the 35 days to register MFA sees only Assign MFA device until a device
 * is assigned.
 */
function visibleRoute(route: Route, sim: SimState): Route {
	if (!sim.session) return route.screen === 'sign-in' ? route : { screen: 'sign-in' };
	if (selectMfaRegistrationRequired(sim)) return { screen: 'assign-mfa' };
	if (route.screen === 'sign-in') return { screen: 'console-home' };
	return route;
}

/**
 * Gives everything inside it (the console frame and the side tools beside it) one ConsoleApi
 * over the store, whichever store (sandbox or lab) it is given.
 */
export function ConsoleProvider({ store, initialRoute, children }: ConsoleProps & { children: ComponentChildren }) {
	const sim = useStore(store, (state) => state.sim);
	const simulatorStatus = useStore(store, (state) => state.simulatorStatus);
	const [route, setRoute] = useState<Route>(
		() => initialRoute ?? (sim.session ? { screen: 'console-home' } : { screen: 'sign-in' }),
	);
	const [region, setRegion] = useState<string>(DEFAULT_REGION);
	const [liveMessage, setLiveMessage] = useState('');
	const screenRef = useRef<HTMLDivElement>(null);
	const focusPending = useRef(false);
	/** When the learner last asked for a screen, and when they last pressed a key or a pointer. */
	const navigatedAt = useRef(0);
	const interactedAt = useRef(0);
	const liveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const mustRegisterMfa = selectMfaRegistrationRequired(sim);
	const shown = useMemo(() => visibleRoute(route, sim), [route, sim.session === null, mustRegisterMfa]);

	/**
	 * Only after a navigation: a console inside a lesson must not pull focus away from the text.
	 * A screen whose code is still downloading has no heading yet; it calls this again once it
	 * has arrived (ScreenReadyContext).
	 */
	const focusNewHeading = useCallback(() => {
		if (!focusPending.current) return;
		const heading = screenRef.current?.querySelector<HTMLElement>('[data-screen-heading], h1, h2');
		if (!heading) return;
		focusPending.current = false;
		// A screen that arrives late takes focus only if the learner has done nothing since asking
		// for it: someone already typing in the services search keeps their place and their results.
		if (interactedAt.current > navigatedAt.current) return;
		if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
		heading.focus();
	}, []);

	useEffect(focusNewHeading, [shown]);

	useEffect(() => {
		// Capture phase: the press that asks for a screen is heard before navigate() runs, so only
		// later presses count as the learner moving on.
		const note = () => (interactedAt.current = performance.now());
		document.addEventListener('keydown', note, true);
		document.addEventListener('pointerdown', note, true);
		return () => {
			document.removeEventListener('keydown', note, true);
			document.removeEventListener('pointerdown', note, true);
		};
	}, []);

	useEffect(() => () => clearTimeout(liveTimer.current), []);

	const api = useMemo<ConsoleApi>(
		() => ({
			state: sim,
			// Every call carries the Region chosen in the navigation bar unless it names one; the
			// simulator applies it to regional operations and ignores it for global ones.
			call: <K extends OperationName>(apiCall: ApiCallOf<K>) =>
				store.call(apiCall.region ? apiCall : { ...apiCall, region }),
			perform: (change) => store.perform(change),
			whenReady: store.whenReady,
			simulatorStatus,
			simulator: store.simulator(),
			loadSimulator: store.loadSimulator,
			preloadSimulator: store.preloadSimulator,
			route: shown,
			navigate: (next) => {
				focusPending.current = true;
				navigatedAt.current = performance.now();
				setRoute(next);
			},
			region,
			setRegion,
			now: () => store.callContext().now,
			announce: (message) => {
				// Clearing first makes screen readers repeat a message that is the same as the last one.
				setLiveMessage('');
				clearTimeout(liveTimer.current);
				liveTimer.current = setTimeout(() => setLiveMessage(message), 60);
			},
		}),
		[sim, shown, region, store, simulatorStatus],
	);

	return (
		<ConsoleContext.Provider value={api}>
			<FrameContext.Provider value={{ screenRef, liveMessage, focusNewHeading }}>{children}</FrameContext.Provider>
		</ConsoleContext.Provider>
	);
}

/** The console itself: the practice marker, the navigation bar, the screen and the live region. */
export function ConsoleFrame() {
	const internals = useContext(FrameContext);
	const api = useContext(ConsoleContext);
	if (!internals || !api) throw new Error('<ConsoleFrame> must be inside <ConsoleProvider>.');
	return (
		<div class="c-console" {...loadSimulatorOnFirstUse(api.preloadSimulator)}>
			<p class="c-marker">
				<strong>Practice console — simulated.</strong> Nothing here touches a real AWS account.
			</p>
			{api.state.session && <NavBar />}
			{api.simulatorStatus === 'failed' && (api.route.screen === 'sign-in' || api.route.screen === 'console-home') && (
				// Screens after these show the same message in place of the screen (ScreenRouter).
				<ScreenLoadFailed onRetry={api.loadSimulator} failed="action" />
			)}
			<div class="c-console__screen" ref={internals.screenRef}>
				<ScreenReadyContext.Provider value={internals.focusNewHeading}>
					<ScreenRouter route={api.route} />
				</ScreenReadyContext.Provider>
			</div>
			<div class="c-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
				{internals.liveMessage}
			</div>
		</div>
	);
}

/**
 * The first screens render from the saved account alone; the simulator's operations download as
 * soon as the learner starts using the console (a press or focus anywhere in it), which is
 * well before the first action needs them.
 */
export function loadSimulatorOnFirstUse(load: () => void) {
	return { onPointerDownCapture: load, onFocusCapture: load };
}

/** The practice console on its own, with no side tools. */
export function Console({ store, initialRoute }: ConsoleProps) {
	return (
		<ConsoleProvider store={store} initialRoute={initialRoute}>
			<ConsoleFrame />
		</ConsoleProvider>
	);
}
