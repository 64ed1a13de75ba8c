import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { getProgressStore, type ProgressStoreState } from '@/store/progress-store';

/**
 * Subscribes a component to the progress store after it mounts. Before that (on the server and during
 * hydration) it returns undefined, so the first client render matches the server's HTML; saved progress
 * appears right after. Re-renders only when the selected slice changes (Object.is).
 */
export function useProgress<T>(selector: (state: ProgressStoreState) => T): T | undefined {
	const [mounted, setMounted] = useState(false);
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	const latest = useRef<{ selector: (state: ProgressStoreState) => T; selected: T | undefined }>({ selector, selected: undefined });
	const selected = mounted ? selector(getProgressStore().getState()) : undefined;
	latest.current = { selector, selected };
	useEffect(() => {
		const store = getProgressStore();
		setMounted(true);
		return store.subscribe((state) => {
			if (!Object.is(latest.current.selector(state), latest.current.selected)) rerender(0);
		});
	}, []);
	return selected;
}
