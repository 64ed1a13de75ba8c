import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPagePaths } from './support/site-pages';
import { collectConsoleProblems } from './support/console-errors';

const pages = builtPagePaths();

test.describe('every page', () => {
	for (const path of pages) {
		for (const theme of ['light', 'dark'] as const) {
			test(`${path} has no axe violations and no console problems (${theme})`, async ({ page }) => {
				const problems = collectConsoleProblems(page);
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
					[],
				);
				expect(problems).toEqual([]);
			});
		}
	}
});

test('the home page and the first lesson are reachable with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// Tab forward from the main content until the start link has focus, then follow it.
	const start = page.getByRole('link', { name: 'Start the course' });
	for (let i = 0; i < 10 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(start).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/lessons\/secure-your-account\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secure your AWS account');

	// The course navigation marks the current lesson and leads on with the keyboard.
	const sidebar = page.getByRole('navigation', { name: 'Course' }).last();
	await expect(sidebar.getByRole('link', { name: /Secure your AWS account/ })).toHaveAttribute('aria-current', 'page');
	const next = page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/lessons\/root-mfa\/$/);
});

test('the lesson menu works on a 360 px wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/lessons/root-mfa/');
	const sidebarLinks = page.locator('.sidebar a');
	await expect(sidebarLinks.first()).toBeHidden();
	const menu = page.getByText('Course menu');
	await menu.focus();
	await page.keyboard.press('Enter');
	const menuNav = page.locator('.nav-menu').getByRole('navigation', { name: 'Course' });
	await expect(menuNav).toBeVisible();
	await menuNav.getByRole('link', { name: /Create a billing alarm/ }).click();
	await expect(page).toHaveURL(/\/lessons\/billing-alarm\/$/);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the dark-mode choice persists across a reload without a flash of the light theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark mode' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// Record the theme at the moment <body> is first created, before anything is painted.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.body) {
				(window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody =
					document.documentElement.dataset.theme ?? 'none';
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.reload();
	const themeAtFirstBody = await page.evaluate(
		() => (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody,
	);
	expect(themeAtFirstBody).toBe('dark');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).not.toBe('rgb(255, 255, 255)');
});

test('search finds the first lesson by a word from its body', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search the course' }).fill('cryptocurrency');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=cryptocurrency/);
	const results = page.getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('link', { name: 'Secure your AWS account' }).first()).toHaveAttribute(
		'href',
		/\/lessons\/secure-your-account\/$/,
	);
	await expect(page.getByRole('status')).toContainText('match');
});

test('text-only pages load no JavaScript files', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(scripts).toEqual([]);
});

test('no page scrolls sideways on a 320 px wide screen, with its labs and quizzes open', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	for (const path of pages) {
		await page.goto(path);
		// A lesson's lab and quiz load when they scroll into view: open every island before measuring.
		const islands = page.locator('astro-island');
		for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
		await expect(page.locator('astro-island[ssr]'), path).toHaveCount(0);
		await expect(page.locator('.lab-loading'), path).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
