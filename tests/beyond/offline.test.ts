import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBuild, serviceWorkerSource, urlOf } from '../../integrations/offline.mjs';
import { runServiceWorker } from '../support/service-worker.ts';

function fakeBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'offline-'));
	const files: Record<string, string> = {
		'index.html': '<h1>Home</h1>',
		'lessons/root-mfa/index.html': '<h1>Root MFA</h1>',
		'_astro/LabIsland.abc123.js': 'export {}',
		'pagefind/pagefind.js': '// search',
		'pagefind/index/en_1.pf_index': 'binary',
		'favicon.svg': '<svg/>',
		'sw.js': '// previous worker',
		_headers: '/*\n  X-Content-Type-Options: nosniff',
	};
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

describe('the build description', () => {
	it("lists every built file, pages by their address, including /_astro/ and /pagefind/, but not the worker itself nor the host's _headers file", async () => {
		const { urls } = await describeBuild(fakeBuild());
		expect(urls.sort()).toEqual(
			[
				'/',
				'/_astro/LabIsland.abc123.js',
				'/favicon.svg',
				'/lessons/root-mfa/',
				'/pagefind/index/en_1.pf_index',
				'/pagefind/pagefind.js',
			].sort(),
		);
		for (const url of urls) expect(url.startsWith('/')).toBe(true);
	});

	it('sizes the whole course as it is sent: each file compressed, or as it is when compressing does not help', async () => {
		const dir = fakeBuild();
		writeFileSync(join(dir, '_astro/big.js'), 'const x = 1;\n'.repeat(1000));
		const { bytes } = await describeBuild(dir);
		expect(bytes).toBeGreaterThan(0);
		expect(bytes).toBeLessThan(13_000 / 4);
	});

	it('names the cache after the build, so a new deployment replaces the old cache', async () => {
		const dir = fakeBuild();
		const first = await describeBuild(dir);
		expect(await describeBuild(dir)).toEqual(first);
		writeFileSync(join(dir, 'lessons/root-mfa/index.html'), '<h1>Root MFA, updated</h1>');
		const second = await describeBuild(dir);
		expect(second.version).not.toBe(first.version);
		expect(serviceWorkerSource(second)).toContain(`const CACHE = 'course-offline-${second.version}'`);
	});

	it('maps index files to their page address', () => {
		expect(urlOf('/out', '/out/index.html')).toBe('/');
		expect(urlOf('/out', '/out/search/index.html')).toBe('/search/');
		expect(urlOf('/out', '/out/_astro/a.css')).toBe('/_astro/a.css');
	});
});

describe('the service worker', () => {
	const build = {
		urls: ['/', '/lessons/root-mfa/', '/_astro/a.js', '/_astro/b.js', '/404.html'],
		version: 'v2',
		bytes: 4200,
	};

	it('downloads nothing when it installs', async () => {
		const worker = runServiceWorker(build);
		await worker.dispatch('install');
		await worker.dispatch('activate');
		expect(worker.network).toEqual([]);
		expect(await worker.cached('course-offline-v2')).toEqual([]);
	});

	it('keeps the page the learner opened and what it loaded when the page asks, and nothing from elsewhere', async () => {
		const worker = runServiceWorker(build);
		await worker.dispatch('activate');
		const replies = await worker.message({
			type: 'keep',
			urls: [
				'https://course.test/lessons/root-mfa/',
				'https://course.test/_astro/a.js',
				'https://elsewhere.test/x.js',
				'/not-built.js',
			],
		});
		expect(replies).toEqual([{ type: 'kept', count: 2 }]);
		expect(await worker.cached('course-offline-v2')).toEqual(['/_astro/a.js', '/lessons/root-mfa/']);
		expect(worker.network).toEqual(['/lessons/root-mfa/', '/_astro/a.js']);
	});

	it('keeps pages and files as they are opened, and serves them offline; a page never opened gets a page that says so', async () => {
		const worker = runServiceWorker(build);
		await worker.dispatch('activate');
		await worker.fetch('https://course.test/', 'navigate');
		await worker.fetch('https://course.test/_astro/b.js');
		expect(await worker.cached('course-offline-v2')).toEqual(['/', '/_astro/b.js']);
		worker.offline = true;
		expect(await (await worker.fetch('https://course.test/', 'navigate')).text()).toBe('body of /');
		expect(await (await worker.fetch('https://course.test/_astro/b.js')).text()).toBe('body of /_astro/b.js');
		const missing = await worker.fetch('https://course.test/lessons/root-mfa/', 'navigate');
		expect(missing.status).toBe(503);
		expect(await missing.text()).toContain('This page is not available offline');
	});

	it('keeps the whole course on request, reporting progress, and says so afterwards', async () => {
		const worker = runServiceWorker(build);
		await worker.dispatch('activate');
		expect(await worker.message({ type: 'status' })).toEqual([
			{ type: 'status', wholeCourse: false, wholeCourseBytes: 4200 },
		]);
		const replies = await worker.message({ type: 'keep-whole-course' });
		expect(replies.at(-1)).toEqual({ type: 'kept-whole-course' });
		expect(replies.filter((r) => r.type === 'progress').at(-1)).toEqual({ type: 'progress', done: 5, total: 5 });
		expect(await worker.cached('course-offline-v2')).toEqual([...build.urls, '/__offline__/whole-course'].sort());
		expect(await worker.message({ type: 'status' })).toEqual([
			{ type: 'status', wholeCourse: true, wholeCourseBytes: 4200 },
		]);
	});

	it('says when some files could not be downloaded', async () => {
		const worker = runServiceWorker(build);
		await worker.dispatch('activate');
		worker.failing.add('/_astro/b.js');
		expect((await worker.message({ type: 'keep-whole-course' })).at(-1)).toEqual({ type: 'keep-failed' });
	});

	it('after a new deployment, deletes the old cache and keeps the whole course again if the learner had asked for it, unless data saver is on', async () => {
		for (const saveData of [false, true]) {
			const worker = runServiceWorker(build, { saveData });
			await (await worker.cache('course-offline-v1')).put('/__offline__/whole-course', new Response('kept'));
			await (await worker.cache('other-cache')).put('/x', new Response('x'));
			await worker.dispatch('activate');
			await worker.settle();
			expect(await worker.cacheNames()).toEqual(saveData ? ['other-cache'] : ['other-cache', 'course-offline-v2']);
			if (!saveData) expect(await worker.cached('course-offline-v2')).toContain('/__offline__/whole-course');
		}
	});

	it('handles same-origin GET requests only', () => {
		const worker = runServiceWorker(build);
		expect(worker.handles('https://elsewhere.test/', 'GET')).toBe(false);
		expect(worker.handles('https://course.test/_astro/a.js', 'POST')).toBe(false);
		expect(worker.handles('https://course.test/_astro/a.js', 'GET')).toBe(true);
	});
});

describe('the offline indicator', () => {
	it('says each state in words, in a polite live region in the footer', async () => {
		const { Window } = await import('happy-dom');
		const window = new Window();
		window.document.body.innerHTML = '<footer class="site-footer"></footer>';
		const { mountOfflineIndicator } = await import('@/components/beyond/offline-indicator');
		const indicator = mountOfflineIndicator(window.document as unknown as Document);
		const element = window.document.querySelector('.site-footer [role="status"]')!;
		expect(element.getAttribute('aria-live')).toBe('polite');
		const button = window.document.querySelector('.site-footer button')!;
		expect(button.closest('[role="status"]')).toBeNull();
		indicator.show('preparing');
		expect(element.textContent).toBe('Preparing offline use…');
		let chosen = 0;
		indicator.offerWholeCourse(1_500_000, () => (chosen += 1));
		expect(button.textContent).toBe('Make the whole course available offline (about 1.4 MB)');
		(button as unknown as HTMLButtonElement).click();
		expect(chosen).toBe(1);
		indicator.show('page');
		expect(element.textContent).toBe('This page is available offline, and so is every page you open from now on.');
		indicator.show('keeping', { done: 20, total: 180 });
		expect(element.textContent).toBe('Downloading the course for offline use: 20 of 180 files…');
		expect((button as unknown as HTMLButtonElement).disabled).toBe(true);
		indicator.show('whole');
		expect(element.textContent).toBe('The whole course is available offline.');
		expect((button as unknown as HTMLButtonElement).hidden).toBe(true);
		indicator.show('offline');
		expect(element.textContent).toBe('Offline: showing the saved copy');
		indicator.clear();
		expect(element.textContent).toBe('');
	});

	it('gives sizes as a learner reads them', async () => {
		const { describeSize } = await import('@/components/beyond/offline-indicator');
		expect(describeSize(300)).toBe('about 1 KB');
		expect(describeSize(850 * 1024)).toBe('about 850 KB');
		expect(describeSize(1.44 * 1024 * 1024)).toBe('about 1.4 MB');
	});
});
