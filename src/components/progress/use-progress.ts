import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { getProgressStore, type ProgressStoreState } from '@/store/progress-store';

export interface UseProgressOptions {
	/**
	 * Whether the island was rendered on the server too (the default). Islands rendered only in the
	 * browser (`client:only`) pass false: they read the saved progress in their first render and so
	 * skip a second render of everything beneath them.
	 */
	readonly serverRendered?: boolean;
}

/**
 * Subscribes a component to the progress store after it mounts. Before that (on the server and during
 * hydration) it returns undefined, so the first client render matches the server's HTML; saved progress
 * appears right after, once the store has read it (a save's reader may still be downloading).
 * Re-renders only when the selected slice changes (Object.is).
 */
export function useProgress<T>(
	selector: (state: ProgressStoreState) => T,
	{ serverRendered = true }: UseProgressOptions = {},
): T | undefined {
	const [mounted, setMounted] = useState(!serverRendered);
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	const latest = useRef<{ selector: (state: ProgressStoreState) => T; selected: T | undefined }>({
		selector,
		selected: undefined,
	});
	const read = (state: ProgressStoreState) => (state.loaded ? selector(state) : undefined);
	const selected = mounted ? read(getProgressStore().getState()) : undefined;
	latest.current = { selector, selected };
	useEffect(() => {
		const store = getProgressStore();
		setMounted(true);
		const renderIfChanged = (state: ProgressStoreState) => {
			const next = state.loaded ? latest.current.selector(state) : undefined;
			if (!Object.is(next, latest.current.selected)) rerender(0);
		};
		const unsubscribe = store.subscribe(renderIfChanged);
		// The save may have been read between this render and now, with nobody listening yet.
		renderIfChanged(store.getState());
		return unsubscribe;
	}, []);
	return selected;
}
