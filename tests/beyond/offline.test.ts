import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBuild, serviceWorkerSource, urlOf } from '../../integrations/offline.mjs';

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

describe('the offline precache', () => {
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

	it('names the cache after the build, so a new deployment replaces the old cache', async () => {
		const dir = fakeBuild();
		const first = await describeBuild(dir);
		expect(await describeBuild(dir)).toEqual(first);
		writeFileSync(join(dir, 'lessons/root-mfa/index.html'), '<h1>Root MFA, updated</h1>');
		const second = await describeBuild(dir);
		expect(second.version).not.toBe(first.version);
		const source = serviceWorkerSource(second);
		expect(source).toContain(`const CACHE = 'course-offline-${second.version}'`);
		expect(source).toContain("key.startsWith('course-offline-') && key !== CACHE");
	});

	it('handles same-origin GET requests only', () => {
		const source = serviceWorkerSource({ urls: ['/'], version: 'x' });
		expect(source).toContain("if (request.method !== 'GET') return;");
		expect(source).toContain('if (url.origin !== self.location.origin) return;');
	});

	it('maps index files to their page address', () => {
		expect(urlOf('/out', '/out/index.html')).toBe('/');
		expect(urlOf('/out', '/out/search/index.html')).toBe('/search/');
		expect(urlOf('/out', '/out/_astro/a.css')).toBe('/_astro/a.css');
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
		indicator.show('preparing');
		expect(element.textContent).toBe('Preparing offline use…');
		indicator.show('ready');
		expect(element.textContent).toBe('Available offline');
		indicator.show('offline');
		expect(element.textContent).toBe('Offline: showing the saved copy');
		indicator.clear();
		expect(element.textContent).toBe('');
	});
});
