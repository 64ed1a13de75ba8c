import type { Page, Route } from '@playwright/test';

/**
 * Records the site's scripts as the page fetches them. `disconnect()` then makes every script the
 * page has not fetched yet fail as it would offline, and returns a function that reconnects.
 * Use with `test.use({ serviceWorkers: 'block' })`: the service worker would answer from its cache.
 */
export function watchScripts(page: Page): { fetched: Set<string>; disconnect: () => Promise<() => Promise<void>> } {
	const fetched = new Set<string>();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.endsWith('.js')) fetched.add(url.pathname);
	});
	return {
		fetched,
		async disconnect() {
			const before = new Set(fetched);
			const offline = (route: Route) =>
				before.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort('internetdisconnected');
			await page.route('**/*.js', offline);
			return () => page.unroute('**/*.js', offline);
		},
	};
}
