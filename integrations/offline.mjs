import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Makes the course work offline without a large hidden download: once the build (and Pagefind's
 * index) is written, it lists every file in the output folder and writes /sw.js, a service worker
 * that keeps
 *
 * - the page a learner first opens, and what it loaded (the page asks, once the worker runs);
 * - every page and file opened after that, as it is opened;
 * - the whole course, only when the learner asks for it (the footer offers it, with its size).
 *
 * The cache name carries a hash of the whole build, so a new deployment changes sw.js, the browser
 * installs the new worker and the old cache is deleted; a learner who had asked for the whole course
 * gets the new one kept again, unless the browser's data saver is on.
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

/**
 * Every file the course serves, the build's hash, and what downloading all of it costs: files are
 * sent compressed, so the size is their gzip size (Pagefind's index is compressed already).
 */
export async function describeBuild(outDir) {
	const files = (await listFiles(outDir)).filter((file) => isServed(outDir, file)).sort();
	const hash = createHash('sha256');
	let bytes = 0;
	for (const file of files) {
		const content = await readFile(file);
		hash.update(relative(outDir, file));
		hash.update(content);
		bytes += Math.min(content.length, gzipSync(content, { level: 6 }).length);
	}
	return { urls: files.map((file) => urlOf(outDir, file)), version: hash.digest('hex').slice(0, 16), bytes };
}

/** The service worker's source for one build. */
export function serviceWorkerSource({ urls, version, bytes }) {
	return `// Generated at build time by integrations/offline.mjs. Do not edit.
const CACHE = 'course-offline-${version}';
/** Every file of this build, kept only when the learner asks for the whole course. */
const WHOLE_COURSE = ${JSON.stringify(urls)};
/** What downloading the whole course costs, in bytes as sent (compressed). */
const WHOLE_COURSE_BYTES = ${JSON.stringify(bytes)};
/** An entry that records "the whole course is kept" in a cache. */
const WHOLE_MARK = '/__offline__/whole-course';
const BUILD_FILES = new Set(WHOLE_COURSE);

const saveData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);

self.addEventListener('install', (event) => {
	// Nothing is downloaded in the background: pages are kept as they are opened.
	event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then(async (keys) => {
			const old = keys.filter((key) => key.startsWith('course-offline-') && key !== CACHE);
			let hadWholeCourse = false;
			for (const key of old) {
				if (await (await caches.open(key)).match(WHOLE_MARK)) hadWholeCourse = true;
				await caches.delete(key);
			}
			await self.clients.claim();
			// The learner asked for the whole course before this deployment: keep the new one too.
			if (hadWholeCourse && !saveData()) keepWholeCourse(() => {}).catch(() => {});
		}),
	);
});

/** The cached page for an address: "/sandbox" and "/sandbox/?x" both mean "/sandbox/". */
function pageKey(url) {
	const path = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : url.pathname + '/';
	return path;
}

/** What an offline visit to a page that was never kept shows: a plain page that says what to do. */
function notKeptPage() {
	const html =
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
		'<title>Not available offline</title></head><body><main><h1>This page is not available offline</h1>' +
		'<p>You are offline, and this page was not kept on this device. Pages are kept once you have opened them while online.</p>' +
		'<p>To keep every page, go online and choose <strong>Make the whole course available offline</strong> at the bottom of any page.</p>' +
		'<p><a href="/">Go to the start of the course</a></p></main></body></html>';
	return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** Keeps these same-origin addresses (pages and files of this build); returns how many were kept. */
async function keep(addresses) {
	const cache = await caches.open(CACHE);
	let kept = 0;
	for (const address of addresses) {
		const url = new URL(address, self.location.origin);
		if (url.origin !== self.location.origin) continue;
		const key = pageKey(url);
		if (!BUILD_FILES.has(key)) continue;
		if (await cache.match(key)) {
			kept += 1;
			continue;
		}
		try {
			const response = await fetch(new Request(key, { credentials: 'same-origin' }));
			if (response.ok) {
				await cache.put(key, response);
				kept += 1;
			}
		} catch {
			// Offline or refused: the page works online as before, and the next visit tries again.
		}
	}
	return kept;
}

async function keepWholeCourse(progress) {
	const step = 20;
	for (let start = 0; start < WHOLE_COURSE.length; start += step) {
		await keep(WHOLE_COURSE.slice(start, start + step));
		progress(Math.min(start + step, WHOLE_COURSE.length), WHOLE_COURSE.length);
	}
	const cache = await caches.open(CACHE);
	const missing = [];
	for (const url of WHOLE_COURSE) if (!(await cache.match(url))) missing.push(url);
	if (missing.length > 0) throw new Error(missing.length + ' files could not be downloaded');
	await cache.put(WHOLE_MARK, new Response('kept'));
}

self.addEventListener('message', (event) => {
	const message = event.data || {};
	const reply = (data) => event.source && event.source.postMessage(data);
	if (message.type === 'status') {
		event.waitUntil(
			caches
				.open(CACHE)
				.then((cache) => cache.match(WHOLE_MARK))
				.then((mark) => reply({ type: 'status', wholeCourse: Boolean(mark), wholeCourseBytes: WHOLE_COURSE_BYTES })),
		);
	} else if (message.type === 'keep' && Array.isArray(message.urls)) {
		event.waitUntil(keep(message.urls.filter((url) => typeof url === 'string')).then((count) => reply({ type: 'kept', count })));
	} else if (message.type === 'keep-whole-course') {
		event.waitUntil(
			keepWholeCourse((done, total) => reply({ type: 'progress', done, total })).then(
				() => reply({ type: 'kept-whole-course' }),
				() => reply({ type: 'keep-failed' }),
			),
		);
	}
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Same origin only: the course makes no other requests, and others are not ours to store.
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate') {
		// Pages: the network first, so a new deployment shows at once, keeping a copy for offline use.
		const key = pageKey(url);
		event.respondWith(
			fetch(request)
				.then((response) => {
					if (response.ok && BUILD_FILES.has(key)) {
						const copy = response.clone();
						event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
					}
					return response;
				})
				.catch(() =>
					caches.open(CACHE).then((cache) => cache.match(key, { ignoreVary: true }).then((page) => page || notKeptPage())),
				),
		);
		return;
	}
	// Scripts, styles and the search index belong to this build: the kept copy, else the network
	// (keeping what arrives). ignoreVary: module scripts are requested with an Origin header that
	// the kept copy was not.
	event.respondWith(
		caches.open(CACHE).then((cache) =>
			cache.match(request, { ignoreSearch: true, ignoreVary: true }).then(
				(hit) =>
					hit ||
					fetch(request).then((response) => {
						if (response.ok && BUILD_FILES.has(url.pathname)) event.waitUntil(cache.put(url.pathname, response.clone()));
						return response;
					}),
			),
		),
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
				logger.info(
					`${SERVICE_WORKER}: pages kept as they are opened; the whole course is ${build.urls.length} files, ${(build.bytes / 1024).toFixed(0)} KB (cache ${build.version}).`,
				);
			},
		},
	};
}
