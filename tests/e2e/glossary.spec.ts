import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import { GLOSSARY, glossaryEntry } from '../../src/site/glossary';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const rootUser = glossaryEntry('root-user');

test('a glossary word in a lesson is read with its definition, opens it from the keyboard and leads to the glossary', async ({
	page,
}) => {
	const problems = collectConsoleProblems(page);
	await page.goto('/lessons/secure-your-account/');
	const word = page.getByRole('button', { name: 'root user', exact: true });
	await expect(word).toHaveAccessibleDescription(rootUser.definition);
	const card = page.locator('#term-root-user');
	await expect(card).toBeHidden();

	await word.focus();
	await page.keyboard.press('Enter');
	await expect(card).toBeVisible();
	await expect(card).toContainText(rootUser.definition);
	await page.keyboard.press('Escape');
	await expect(card).toBeHidden();
	await expect(word).toBeFocused();

	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const more = card.getByRole('link', { name: 'Root user in the glossary' });
	await expect(more).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/glossary\/#root-user$/);
	await expect(page.locator('#root-user')).toContainText(rootUser.definition);
	expect(problems).toEqual([]);
});

test('the glossary lists every entry alphabetically, each with its anchor, and loads no JavaScript', async ({
	page,
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/glossary/');
	await page.waitForLoadState('networkidle');
	const terms = await page.locator('.glossary__entry dt').allTextContents();
	expect(terms.map((term) => term.trim())).toHaveLength(GLOSSARY.length);
	const lowered = terms.map((term) => term.trim().toLowerCase());
	expect(lowered).toEqual([...lowered].sort((a, b) => a.localeCompare(b, 'en')));
	for (const entry of GLOSSARY) await expect(page.locator(`[id="${entry.id}"]`)).toHaveCount(1);
	await page
		.getByRole('navigation', { name: 'Glossary letters' })
		.getByRole('link', { name: 'V', exact: true })
		.click();
	await expect(page).toHaveURL(/#letter-v$/);
	expect(scripts).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
	test(`an open definition has no axe violations and fits a 320 px screen (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/lessons/billing-alarm/');
		const word = page.getByRole('button', { name: 'SNS topic', exact: true });
		await word.scrollIntoViewIfNeeded();
		await word.click();
		const card = page.locator('#term-sns-topic');
		await expect(card).toBeVisible();
		const box = await card.boundingBox();
		expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
