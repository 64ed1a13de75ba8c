import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page) {
	await page.goto('/what-if/');
	// Islands hydrate when visible; scroll each into view.
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Presses Next with the keyboard until the story ends. */
async function playToTheEnd(section: ReturnType<Page['locator']>, page: Page) {
	for (let i = 0; i < 6; i++) {
		const next = section.getByRole('button', { name: /^Next:/ });
		if ((await next.count()) === 0) break;
		await next.focus();
		await page.keyboard.press('Enter');
	}
}

test('a leaked root password: without MFA the attacker gets in and spends; with MFA it stops at the code', async ({ page }) => {
	await open(page);
	const section = page.getByRole('region', { name: 'Your root password leaks' });
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'Nothing stopped it' })).toBeFocused();
	await expect(section.getByText(/Trail: ConsoleLogin as root user: succeeded \(it was the attacker/)).toBeVisible();
	await expect(section.getByRole('link', { name: 'Add MFA to the root user' })).toHaveAttribute('href', '/lessons/root-mfa/');
	await expectNoAxeViolations(page);

	await section.getByRole('radio', { name: 'Root user with MFA' }).check();
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'The protection held' })).toBeVisible();
	await expect(section.getByText(/refused \(AuthenticationFailed\)/).first()).toBeVisible();
});

test('a spending spike: only the us-east-1 alarm with a confirmed subscription emails, hours later', async ({ page }) => {
	await open(page);
	const section = page.getByRole('region', { name: 'Your spending jumps' });
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'The protection held' })).toBeVisible();
	await expect(section.getByText(/Alarm emails in your inbox: 1/).first()).toBeVisible();
	for (const label of ['Alarm in Europe (Ireland)', 'Subscription never confirmed']) {
		await section.getByRole('radio', { name: label }).check();
		await playToTheEnd(section, page);
		await expect(section.getByRole('heading', { name: 'Nothing stopped it' }), label).toBeVisible();
		await expect(section.getByText(/No email ever arrives/)).toBeVisible();
	}
});

test('iam-admin without MFA: the password is enough to become an administrator', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.addInitScript(() => localStorage.setItem('course:theme', 'dark'));
	await open(page);
	const section = page.getByRole('region', { name: "iam-admin's password leaks" });
	await playToTheEnd(section, page);
	await expect(section.getByText(/Trail: AttachUserPolicy as IAM user iam-admin: succeeded/)).toBeVisible();
	await expect(section.getByRole('heading', { name: 'Nothing stopped it' })).toBeVisible();
	await expectNoAxeViolations(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
