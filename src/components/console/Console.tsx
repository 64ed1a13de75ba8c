import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_REGION, type SimState } from '@/simulator';
import { useStore, type SimStore } from '@/store';
import { ConsoleContext, type ConsoleApi } from './console-context';
import type { Route } from './routes';
import { NavBar } from './shell/NavBar';
import { ScreenRouter } from './shell/ScreenRouter';
import './shell/shell.css';

export interface ConsoleProps {
	store: SimStore;
	/** The screen to open first; Console Home (or sign-in when nobody is signed in) otherwise. */
	initialRoute?: Route;
}

/** Signed out, every screen is the sign-in page; signed in, the sign-in page is behind you. */
function visibleRoute(route: Route, sim: SimState): Route {
	if (!sim.session) return route.screen === 'sign-in' ? route : { screen: 'sign-in' };
	if (route.screen === 'sign-in') return { screen: 'console-home' };
	return route;
}

/**
 * The practice console: navigation bar, the current screen and a polite live region. It gives
 * every screen the same ConsoleApi, whichever store (sandbox or lab) it is given.
 */
export function Console({ store, initialRoute }: ConsoleProps) {
	const sim = useStore(store, (state) => state.sim);
	const [route, setRoute] = useState<Route>(
		() => initialRoute ?? (sim.session ? { screen: 'console-home' } : { screen: 'sign-in' }),
	);
	const [region, setRegion] = useState<string>(DEFAULT_REGION);
	const [liveMessage, setLiveMessage] = useState('');
	const screenRef = useRef<HTMLDivElement>(null);
	const focusPending = useRef(false);
	const liveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const shown = visibleRoute(route, sim);

	useEffect(() => {
		// Not on first render: a console inside a lesson must not pull focus away from the text.
		if (!focusPending.current) return;
		focusPending.current = false;
		const heading = screenRef.current?.querySelector<HTMLElement>('[data-screen-heading], h1, h2');
		if (!heading) return;
		if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
		heading.focus();
	}, [route, shown.screen]);

	useEffect(() => () => clearTimeout(liveTimer.current), []);

	const api = useMemo<ConsoleApi>(
		() => ({
			state: sim,
			call: (apiCall) => store.call(apiCall.region || !isRegional(apiCall.op) ? apiCall : { ...apiCall, region }),
			perform: (change) => store.perform(change),
			route: shown,
			navigate: (next) => {
				focusPending.current = true;
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
		[sim, shown, region, store],
	);

	return (
		<ConsoleContext.Provider value={api}>
			<div class="c-console">
				<p class="c-marker">
					<strong>Practice console — simulated.</strong> Nothing here touches a real AWS account.
				</p>
				{sim.session && <NavBar />}
				<div class="c-console__screen" ref={screenRef}>
					<ScreenRouter route={shown} />
				</div>
				<div class="c-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
					{liveMessage}
				</div>
			</div>
		</ConsoleContext.Provider>
	);
}

/** CloudWatch and SNS calls go to the Region chosen in the navigation bar unless they name one. */
const REGIONAL_OPERATIONS: ReadonlySet<string> = new Set([
	'PutMetricAlarm',
	'DescribeAlarms',
	'DeleteAlarms',
	'ListMetrics',
	'GetMetricStatistics',
	'CreateTopic',
	'DeleteTopic',
	'ListTopics',
	'Subscribe',
	'Unsubscribe',
	'ListSubscriptions',
	'ListSubscriptionsByTopic',
]);

function isRegional(op: string): boolean {
	return REGIONAL_OPERATIONS.has(op);
}
