import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { loadOnce } from '@/lib/load-once';
import { useScreenReadyWhenArrived } from './screen-ready';

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * Wraps a screen whose code is downloaded the first time it opens (`() => import(...)`), so the
 * console's first load carries only the shell and Console Home.
 *
 * While the code downloads, a polite "Loading…" status is shown; once it has arrived, focus moves
 * to the new screen's heading as after any navigation. If the download fails (offline, a new
 * version of the site), the learner gets a clear message and a Try again button. Once loaded, the
 * screen renders at once on every later visit.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
	// A failed download is forgotten, so Try again downloads afresh.
	const screen = loadOnce(load);

	return function LazyScreen(props: P) {
		const [state, setState] = useState<LoadState>(screen.loaded() ? 'ready' : 'loading');
		useScreenReadyWhenArrived(state === 'ready');

		useEffect(() => {
			if (state !== 'loading') return;
			let current = true;
			screen.load().then(
				() => current && setState('ready'),
				() => current && setState('failed'),
			);
			return () => {
				current = false;
			};
		}, [state]);

		const Screen = screen.loaded();
		if (state === 'ready' && Screen) {
			return <Screen {...props} />;
		}
		if (state === 'failed') return <ScreenLoadFailed onRetry={() => setState('loading')} />;
		return <ScreenLoading />;
	};
}

/** Shown while a screen's code (or the simulator's operations) downloads. */
export function ScreenLoading() {
	return (
		<p class="c-loading" role="status">
			Loading…
		</p>
	);
}

/**
 * Shown when a download failed: what happened, that nothing is lost, and a way to try again.
 * `failed` says what the learner was doing: opening a page, or an action (signing in, moving the
 * billing clock) that waits for the simulator's operations and finishes once Try again succeeds.
 */
export function ScreenLoadFailed({ onRetry, failed = 'page' }: { onRetry: () => void; failed?: 'page' | 'action' }) {
	return (
		<Alert
			type="error"
			title={failed === 'page' ? 'This page did not load' : 'That did not go through yet'}
			live="alert"
		>
			<p>
				{failed === 'page'
					? 'The practice console could not download this page. Check your internet connection, then try again.'
					: 'The practice console could not download the part that carries out what you asked. Check your internet connection, then choose Try again to finish it.'}{' '}
				Your practice account is safe.
			</p>
			<p>
				<Button onClick={onRetry}>Try again</Button>
			</p>
		</Alert>
	);
}
