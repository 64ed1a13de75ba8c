import type { APIRoute } from 'astro';
import { findLabSetup } from '@/lessons/setup-registry';
import { buildStartingAccount } from '@/lessons/starting-accounts';

/**
 * The route of one lab's (or the challenge's) starting account: built when the site is built, by
 * running the lab's scenario through the simulator's operations, and shipped as a static JSON
 * file. A lab then starts without the operations, which download on first use as in the sandbox.
 *
 * A static endpoint runs the same TypeScript through the same build as the pages (aliases
 * included), answers on request in `astro dev`, and becomes a plain file in the build that the
 * service worker keeps like any other. Each lab has its own file beside this one rather than one
 * `[lab].json.ts`: with `trailingSlash: 'always'`, `astro dev` serves a dynamic route only at
 * `…/<lab>.json/`, while the build writes `…/<lab>.json`; a static name is the same in both.
 * A lab whose starting account comes in variants has a folder instead, with one file per variant
 * (`<lab>/<variant>.json.ts`), so a learner downloads only their own.
 */
export function startingAccountRoute(labId: string, variant?: number): APIRoute {
	return () => {
		const setup = findLabSetup(labId);
		if (!setup) return new Response(null, { status: 404 });
		return new Response(JSON.stringify(buildStartingAccount(setup, undefined, variant)), {
			headers: { 'Content-Type': 'application/json' },
		});
	};
}
