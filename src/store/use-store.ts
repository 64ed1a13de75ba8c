import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Subscribes a Preact component to a zustand vanilla store and re-renders it only when the
 * selected slice changes (compared with Object.is). Keeps preact/compat out of the bundle.
 */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	const selected = selector(store.getState());
	const latest = useRef({ selector, selected });
	latest.current = { selector, selected };
	useEffect(() => {
		const check = (state: S) => {
			if (!Object.is(latest.current.selector(state), latest.current.selected)) rerender(0);
		};
		check(store.getState());
		return store.subscribe(check);
	}, [store]);
	return selected;
}
