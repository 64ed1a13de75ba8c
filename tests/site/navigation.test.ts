import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_SECTIONS, FINAL_REVIEW, HOME, extraPageHrefs } from '@/site/navigation';

const pagesDir = join(process.cwd(), 'src/pages');

/** Every route file under src/pages (endpoints and files Astro ignores, starting with _, left out). */
function pageFiles(dir = pagesDir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return pageFiles(full);
		return name.endsWith('.astro') && !name.startsWith('_') ? [relative(pagesDir, full).split(sep).join('/')] : [];
	});
}

/** The address a page file is served at, with the trailing slash the site uses. */
function routeOf(file: string): string {
	const path = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
	return path === '' ? '/' : `/${path}/`;
}

const files = pageFiles();
const staticRoutes = files.filter((file) => !file.includes('[')).map(routeOf);
const dynamicRoutes = files.filter((file) => file.includes('['));

describe('the navigation', () => {
	it('lists every page in src/pages, and only those', () => {
		expect(extraPageHrefs().sort()).toEqual(staticRoutes.sort());
	});

	it('leaves only the lessons to the lessons collection', () => {
		// The lessons are listed from the collection; any other generated route would need its own list.
		expect(dynamicRoutes).toEqual(['lessons/[slug].astro']);
	});

	it('lists each page once, with a title', () => {
		const hrefs = extraPageHrefs();
		expect(new Set(hrefs).size).toBe(hrefs.length);
		for (const section of EXTRA_SECTIONS) {
			expect(section.links.length, section.id).toBeGreaterThan(0);
			for (const link of section.links) expect(link.title.trim(), link.href).not.toBe('');
		}
		const ids = EXTRA_SECTIONS.map((section) => section.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('starts at the home page and includes the final review', () => {
		expect(extraPageHrefs()[0]).toBe(HOME.href);
		expect(extraPageHrefs()).toContain(FINAL_REVIEW.href);
	});

	it('notices a page file the list forgets', () => {
		const withoutGlossary = EXTRA_SECTIONS.map((section) => ({
			...section,
			links: section.links.filter((link) => link.href !== '/glossary/'),
		}));
		expect(extraPageHrefs(withoutGlossary).sort()).not.toEqual(staticRoutes.sort());
	});
});
