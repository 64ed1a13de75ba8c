import { mountOfflineIndicator, type OfflineState } from '@/components/beyond/offline-indicator';

/**
 * Registers the service worker that keeps the whole course available offline (see
 * integrations/offline.mjs) and keeps the footer's indicator up to date.
 *
 * Automated browsers skip it unless a test asks for it (`?offline-test` once, remembered in this
 * browser's storage), so end-to-end tests always see the network's pages.
 */
const TEST_FLAG = 'course:offline-test';

function optedIn(): boolean {
	if (!navigator.webdriver) return true;
	try {
		if (new URLSearchParams(location.search).has('offline-test')) localStorage.setItem(TEST_FLAG, '1');
		return localStorage.getItem(TEST_FLAG) === '1';
	} catch {
		return false;
	}
}

async function start(): Promise<void> {
	const indicator = mountOfflineIndicator();
	let ready = false;
	const render = () => {
		const saved = ready || navigator.serviceWorker.controller !== null;
		const state: OfflineState = !navigator.onLine && saved ? 'offline' : ready ? 'ready' : 'preparing';
		indicator.show(state);
	};
	window.addEventListener('online', render);
	window.addEventListener('offline', render);
	render();
	try {
		await navigator.serviceWorker.register('/sw.js', { scope: '/' });
		await navigator.serviceWorker.ready;
		ready = true;
	} catch {
		// Without a service worker the course still works online; say nothing rather than something untrue.
		window.removeEventListener('online', render);
		window.removeEventListener('offline', render);
		indicator.clear();
		return;
	}
	render();
}

if (!import.meta.env.DEV && 'serviceWorker' in navigator && optedIn()) void start();
