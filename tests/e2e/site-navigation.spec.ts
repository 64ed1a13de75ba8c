import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from './support/site-pages';
import { capitalise, describeDuration } from '../../src/site/durations';

const distDir = process.env.ASTRO_OUT_DIR ?? join(process.cwd(), 'dist');
const htmlOf = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const hrefsIn = (html: string) => new Set([...html.matchAll(/<a\b[^>]*\bhref="([^"#?]+)/g)].map((match) => match[1]));

/** The lessons' minutes from their frontmatter, in course order, with their URL slugs. */
const lessonsDir = join(process.cwd(), 'src/content/lessons');
const lessons = readdirSync(lessonsDir)
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const frontmatter = readFileSync(join(lessonsDir, file), 'utf8').split('---')[1] ?? '';
		return {
			slug: file.replace(/\.mdx$/, '').replace(/^\d+-/, ''),
			order: Number(/^order:\s*(\d+)/m.exec(frontmatter)?.[1]),
			minutes: Number(/^minutes:\s*(\d+)/m.exec(frontmatter)?.[1]),
		};
	})
	.sort((a, b) => a.order - b.order);

test('every page of the built site links to every page from its header and navigation', () => {
	const pages = builtPagePaths();
	expect(pages).toContain('/glossary/');
	for (const path of pages) {
		const html = htmlOf(path);
		const header = /<header\b[^>]*class="site-header"[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
		const sidebar = /<aside\b[^>]*class="sidebar"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
		const menu = /<details\b[^>]*class="nav-menu"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
		const fromSidebar = hrefsIn(header + sidebar);
		const fromMenu = hrefsIn(header + menu);
		expect(
			pages.filter((target) => !fromSidebar.has(target)),
			`${path}: pages its sidebar cannot reach`,
		).toEqual([]);
		expect(
			pages.filter((target) => !fromMenu.has(target)),
			`${path}: pages its narrow-screen menu cannot reach`,
		).toEqual([]);
	}
});

test('the course menu reaches every page with the keyboard alone on a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/lessons/root-mfa/');
	const summary = page.locator('.nav-menu > summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	const menu = page.locator('.nav-menu').getByRole('navigation', { name: 'Course' });
	await expect(menu).toBeVisible();
	const links = menu.getByRole('link');
	expect(await links.count()).toBe(builtPagePaths().length - 1);
	// Tab through the menu to the glossary and follow it.
	const glossary = menu.getByRole('link', { name: 'Glossary', exact: true });
	for (let step = 0; step < 30 && !(await glossary.evaluate((link) => link === document.activeElement)); step++) {
		await page.keyboard.press('Tab');
	}
	await expect(glossary).toBeFocused();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/glossary\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

test('the navigation marks the page being shown', async ({ page }) => {
	await page.goto('/runbook/');
	const nav = page.locator('aside.sidebar').getByRole('navigation', { name: 'Course' });
	await expect(nav.getByRole('link', { name: 'Your runbook' })).toHaveAttribute('aria-current', 'page');
	await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
	await expect(nav.getByRole('list', { name: 'Your real account' })).toBeVisible();
});

test('the last lesson leads on to the final review', async ({ page }) => {
	const last = lessons.at(-1)?.slug ?? '';
	await page.goto(`/lessons/${last}/`);
	await page
		.getByRole('navigation', { name: 'Previous and next lesson' })
		.getByRole('link', { name: /^Next\s*Final review$/ })
		.click();
	await expect(page).toHaveURL(/\/review\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Final review');
});

test('the home page, the first lesson and every lesson header agree on how long things take', async ({ page }) => {
	const total = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
	await page.goto('/');
	await expect(page.locator('main')).toContainText(`${capitalise(describeDuration(total))} (${total} minutes) across`);
	await page.goto(`/lessons/${lessons[0]?.slug}/`);
	await expect(page.locator('main')).toContainText(`These steps take ${describeDuration(total)} in total.`);
	for (const lesson of lessons) {
		await page.goto(`/lessons/${lesson.slug}/`);
		await expect(page.locator('.lesson__meta')).toContainText(`${capitalise(describeDuration(lesson.minutes))} ·`);
	}
});
