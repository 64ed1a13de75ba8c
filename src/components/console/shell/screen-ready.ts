import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

/**
 * Called by a screen whose code arrived after the navigation that opened it (see lazyScreen), so
 * the console can move focus to its heading now that the heading is on the page.
 */
export const ScreenReadyContext = createContext<() => void>(() => undefined);

/**
 * For a screen that shows "Loading…" first: once `ready` turns true (and only if it was not true
 * on the first render), tells the console the real screen is there, so focus moves to its heading.
 */
export function useScreenReadyWhenArrived(ready: boolean): void {
	const screenReady = useContext(ScreenReadyContext);
	const waited = useRef(!ready);
	useEffect(() => {
		if (ready && waited.current) {
			waited.current = false;
			screenReady();
		}
	}, [ready]);
}
