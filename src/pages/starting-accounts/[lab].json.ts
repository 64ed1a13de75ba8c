import type { APIRoute, GetStaticPaths } from 'astro';
import { findLabSetup, LAB_SETUPS } from '@/lessons/setup-registry';
import { buildStartingAccount } from '@/lessons/starting-accounts';

/**
 * Each lab's (and the challenge's) starting account, built when the site is built by running the
 * lab's scenario through the simulator's operations, and shipped as a static JSON file: a lab
 * then starts without the operations, which download on first use as in the sandbox. A static
 * endpoint runs the same TypeScript through the same build as the pages (aliases included), is
 * served on request by `astro dev`, and becomes a plain file in the build that the service worker
 * keeps like any other.
 */
export const getStaticPaths = (() =>
	Object.keys(LAB_SETUPS).map((lab) => ({ params: { lab } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const setup = findLabSetup(params.lab ?? '');
	if (!setup) return new Response(null, { status: 404 });
	return new Response(JSON.stringify(buildStartingAccount(setup)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
