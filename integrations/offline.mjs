import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Makes the built course work offline after the first visit: once the build (and Pagefind's
 * index) is written, it lists every file in the output folder and writes /sw.js, a service worker
 * that stores them all. The cache name carries a hash of the whole build, so a new deployment
 * changes sw.js, the browser installs the new worker, and the old cache is deleted.
 */

const SERVICE_WORKER = 'sw.js';

async function listFiles(dir) {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) =>
			entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]),
		),
	);
	return nested.flat();
}

/** The URL a built file is served at: `lessons/x/index.html` → `/lessons/x/`. */
export function urlOf(outDir, file) {
	const path = '/' + relative(outDir, file).split(sep).join('/');
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Files that are instructions to the host, not part of the site: `_headers`, `_redirects` and
 * dotfiles at the top level are never served, so they cannot be stored.
 */
function isServed(outDir, file) {
	const path = relative(outDir, file);
	return path !== SERVICE_WORKER && !(!path.includes(sep) && (path.startsWith('_') || path.startsWith('.')));
}

/** The precache list and the build's hash, from the files in the output folder. */
export async function describeBuild(outDir) {
	const files = (await listFiles(outDir)).filter((file) => isServed(outDir, file)).sort();
	const hash = createHash('sha256');
	for (const file of files) {
		hash.update(relative(outDir, file));
		hash.update(await readFile(file));
	}
	return { urls: files.map((file) => urlOf(outDir, file)), version: hash.digest('hex').slice(0, 16) };
}

/** The service worker's source for one build. */
export function serviceWorkerSource({ urls, version }) {
	return `// Generated at build time by integrations/offline.mjs. Do not edit.
const CACHE = 'course-offline-${version}';
const PRECACHE = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key.startsWith('course-offline-') && key !== CACHE).map((key) => caches.delete(key))))
			.then(() => self.clients.claim()),
	);
});

/** The cached page for an address: "/sandbox" and "/sandbox/?x" both mean "/sandbox/". */
function pageKey(url) {
	const path = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : url.pathname + '/';
	return path;
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Same origin only: the course makes no other requests, and others are not ours to store.
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate') {
		// Pages: the network first, so a new deployment shows at once; the saved copy when offline.
		event.respondWith(
			fetch(request).catch(() =>
				caches.open(CACHE).then((cache) => cache.match(pageKey(url), { ignoreVary: true }).then((page) => page || cache.match('/404.html').then((missing) => missing || Response.error()))),
			),
		);
		return;
	}
	// Scripts, styles and the search index belong to this build: the stored copy, else the network.
	// ignoreVary: module scripts are requested with an Origin header that the stored copy was not.
	event.respondWith(
		caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request))),
	);
});
`;
}

export default function offline() {
	return {
		name: 'course-offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const build = await describeBuild(outDir);
				await writeFile(join(outDir, SERVICE_WORKER), serviceWorkerSource(build));
				logger.info(`${SERVICE_WORKER}: ${build.urls.length} files for offline use (cache ${build.version}).`);
			},
		},
	};
}
