import { mountOfflineIndicator } from '@/components/beyond/offline-indicator';

/**
 * Registers the service worker (see integrations/offline.mjs), asks it to keep this page and what
 * the page has loaded so far (everything opened later is kept as it loads), and offers to keep the
 * whole course. With the browser's data saver on, nothing is downloaded that the learner did not
 * open or ask for.
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

/** What the worker says back (see the message handler in the generated sw.js). */
type WorkerReply =
	| { type: 'status'; wholeCourse: boolean; wholeCourseBytes: number }
	| { type: 'kept'; count: number }
	| { type: 'progress'; done: number; total: number }
	| { type: 'kept-whole-course' }
	| { type: 'keep-failed' };

function dataSaverOn(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return connection?.saveData === true;
}

/** This page and the same-origin files it has loaded so far. */
function loadedByThisPage(): string[] {
	const files = performance
		.getEntriesByType('resource')
		.map((entry) => entry.name)
		.filter((url) => url.startsWith(location.origin));
	return [location.href, ...files];
}

/** The worker in charge of this page, once it has taken charge (a first visit waits for it to claim the page). */
async function controller(): Promise<ServiceWorker> {
	await navigator.serviceWorker.ready;
	const current = navigator.serviceWorker.controller;
	if (current) return current;
	return new Promise((resolve) => {
		navigator.serviceWorker.addEventListener(
			'controllerchange',
			() => {
				if (navigator.serviceWorker.controller) resolve(navigator.serviceWorker.controller);
			},
			{ once: true },
		);
	});
}

async function start(): Promise<void> {
	const indicator = mountOfflineIndicator();
	indicator.show('preparing');
	let worker: ServiceWorker;
	try {
		await navigator.serviceWorker.register('/sw.js', { scope: '/' });
		worker = await controller();
	} catch {
		// Without a service worker the course still works online; say nothing rather than something untrue.
		indicator.clear();
		return;
	}

	let wholeCourse = false;
	let wholeCourseBytes: number | undefined;
	/** Where things stand apart from the whole course: set once the worker has kept this page (or will not). */
	let settled: 'preparing' | 'page' | 'data-saver' | 'failed' = 'preparing';
	const render = () => {
		if (!navigator.onLine) {
			indicator.show('offline');
			return;
		}
		indicator.show(wholeCourse ? 'whole' : settled);
		indicator.offerWholeCourse(wholeCourse ? undefined : wholeCourseBytes, () => {
			indicator.show('keeping');
			worker.postMessage({ type: 'keep-whole-course' });
		});
	};
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
		const reply = event.data;
		switch (reply.type) {
			case 'status':
				wholeCourse = reply.wholeCourse;
				wholeCourseBytes = reply.wholeCourseBytes;
				if (dataSaverOn()) settled = 'data-saver';
				// Keep this page and what it loaded before the worker took charge (later loads pass through it).
				else if (!wholeCourse) worker.postMessage({ type: 'keep', urls: loadedByThisPage() });
				render();
				break;
			case 'kept':
				if (settled === 'preparing') settled = 'page';
				render();
				break;
			case 'progress':
				indicator.show('keeping', reply);
				break;
			case 'kept-whole-course':
				wholeCourse = true;
				render();
				break;
			case 'keep-failed':
				settled = 'failed';
				render();
				break;
		}
	});
	window.addEventListener('online', render);
	window.addEventListener('offline', render);
	worker.postMessage({ type: 'status' });
}

if (!import.meta.env.DEV && 'serviceWorker' in navigator && optedIn()) void start();
