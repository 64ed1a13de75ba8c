import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectMouseUnused, expectVisibleFocus, guardAgainstTheMouse, isFocused, tabTo } from './support/keyboard';

/**
 * The pages beyond the lessons (check your real account, what if…?, the challenge, the runbook)
 * with the keyboard alone: Tab and Shift+Tab to move, Enter to act, typing to paste. The mouse is
 * never used (a guard records any mousedown), and `locator.focus()` is not used either: every
 * control is reached through the tab order, as a keyboard user reaches it.
 */

test.use({ actionTimeout: 15_000 });

const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures/cli', path), 'utf8');

// ---------------------------------------------------------------------------------------------
// Keyboard helpers

/**
 * The islands on these pages hydrate when they scroll into view. Reaching a control with Tab
 * scrolls it into view; wait for its island's hydration before pressing anything, since the
 * server-rendered button does nothing until then.
 */
async function expectHydrated(target: Locator): Promise<void> {
	await expect
		.poll(
			() => target.evaluate((element) => element.closest('astro-island')?.hasAttribute('ssr') ?? false),
			`${target.toString()} hydrated`,
		)
		.toBe(false);
}

/** Tabs to a control, waits for its island, and presses Enter on it. */
async function activate(page: Page, target: Locator): Promise<void> {
	await tabTo(page, target);
	await expectHydrated(target);
	await expect(target).toBeFocused();
	await page.keyboard.press('Enter');
}

test.beforeEach(async ({ page }) => {
	await guardAgainstTheMouse(page);
});

test.afterEach(async ({ page }) => {
	await expectMouseUnused(page);
});

// ---------------------------------------------------------------------------------------------

test('check your account: copy a command, paste its output and follow a failing check to its lesson', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/check-your-account/');

	const copy = page.getByRole('button', { name: 'Copy the command aws iam get-account-summary' });
	await activate(page, copy);
	await expectVisibleFocus(copy);
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'aws iam get-account-summary --output json --no-cli-pager',
	);

	// Paste: the learner moves on to the box under the command and pastes what CloudShell printed.
	const box = page.getByLabel('Output of aws iam get-account-summary', { exact: true });
	await tabTo(page, box);
	await expectVisibleFocus(box);
	await page.keyboard.insertText(fixture('faulty/account-summary.json'));
	await expect(page.locator('#msg-account-summary')).toHaveText(/^Read: /);
	await expect(
		page.getByRole('status').filter({ hasText: /\d+ healthy, [1-9]\d* to fix, \d+ not checked yet\./ }),
	).toBeVisible();

	const rootMfa = page.locator('[data-check="root-mfa"]');
	await expect(rootMfa).toContainText('Root user: MFA enabled: needs fixing');
	// Both ways to fix it are in the tab order: the real console, and the lesson, which Enter opens.
	const consoleLink = rootMfa.getByRole('link', { name: /Security credentials \(real AWS console/ });
	await tabTo(page, consoleLink);
	await expectVisibleFocus(consoleLink);
	const lesson = rootMfa.getByRole('link', { name: 'Add MFA to the root user' });
	await tabTo(page, lesson);
	await expectVisibleFocus(lesson);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/lessons\/root-mfa\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Add MFA to the root user' })).toBeVisible();
});

test('what if: step through a story with Next to its end and reach the lesson link', async ({ page }) => {
	await page.goto('/what-if/');
	const section = page.getByRole('region', { name: 'Your root password leaks' });
	const next = section.getByRole('button', { name: /^Next:/ });

	await activate(page, next);
	await expectVisibleFocus(next);
	// Each Enter plays one step; focus stays on Next (it only changes its label) until the story ends.
	for (let step = 0; step < 8 && (await next.count()) > 0; step++) {
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(next).toHaveCount(0);

	// At the end focus moves to the outcome, and the lesson link is a few Tab presses on.
	const outcome = section.getByRole('heading', { name: 'Nothing stopped it' });
	await expect(outcome).toBeFocused();
	const lesson = section.getByRole('link', { name: 'Add MFA to the root user' });
	for (let presses = 0; presses < 5 && !(await isFocused(lesson)); presses++) await page.keyboard.press('Tab');
	await expectVisibleFocus(lesson);
	await expect(lesson).toHaveAttribute('href', '/lessons/root-mfa/');
});

test('what if: choose a spending story account with the arrow keys; the budget emails though the alarm cannot', async ({
	page,
}) => {
	// The middle of a month, so the story never crosses a month's end.
	await page.clock.setFixedTime(new Date('2026-03-15T09:00:00Z'));
	await page.goto('/what-if/');
	const section = page.getByRole('region', { name: 'Your spending jumps' });
	const first = section.getByRole('radio', {
		name: 'A budget, and an alarm in US East (N. Virginia) with a confirmed subscription',
	});
	await tabTo(page, first);
	await expectHydrated(first);
	await expectVisibleFocus(first);
	// Arrow keys move through the accounts and choose as they go; Up from the first wraps to the last.
	await page.keyboard.press('ArrowUp');
	const last = section.getByRole('radio', { name: 'A budget, and the alarm in Europe (Ireland)' });
	await expect(last).toBeChecked();
	await expect(last).toBeFocused();

	const next = section.getByRole('button', { name: /^Next:/ });
	await tabTo(page, next);
	await expectVisibleFocus(next);
	for (let step = 0; step < 8 && (await next.count()) > 0; step++) {
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(section.getByRole('heading', { name: 'The protection held' })).toBeFocused();
	await expect(section.getByRole('list', { name: 'Emails of step 2' })).toContainText('Email from AWS Budgets:');
	await expect(section.getByText(/^Email from AWS Notifications/)).toHaveCount(0);
	const lesson = section.getByRole('link', { name: 'Create a billing alarm' });
	for (let presses = 0; presses < 5 && !(await isFocused(lesson)); presses++) await page.keyboard.press('Tab');
	await expectVisibleFocus(lesson);
});

test('challenge: open a hint and reach the practice console', async ({ page }) => {
	await page.goto('/challenge/');
	await expect(page.getByRole('heading', { name: /faults fixed/ })).toHaveText(/^0 of \d+ faults fixed$/);

	const hint = page.getByRole('button', { name: /^Show a hint/ });
	await tabTo(page, hint);
	await expectVisibleFocus(hint);
	await page.keyboard.press('Enter');
	const hints = page.getByRole('list', { name: 'Hints for one fault' });
	await expect(hints.getByRole('listitem')).toHaveCount(1);
	await expect(hints).toContainText('The idea:');

	// The next hint is one more Enter away, on the button that took the first one's place.
	const nextHint = page.getByRole('button', { name: /^Show the next hint/ });
	await tabTo(page, nextHint);
	await page.keyboard.press('Enter');
	await expect(hints.getByRole('listitem')).toHaveCount(2);

	// The practice console starts signed in: its account menu opens with Enter and closes with Escape.
	const practice = page.getByRole('region', { name: 'Challenge console' });
	const accountMenu = practice.getByRole('button', { name: /Account menu/ });
	await tabTo(page, accountMenu);
	await expectVisibleFocus(accountMenu);
	await page.keyboard.press('Enter');
	const credentials = practice.getByRole('button', { name: 'Security credentials' });
	await expect(credentials).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(credentials).toBeHidden();
	await expect(accountMenu).toBeFocused();
});

test('runbook: print and download as Markdown from the keyboard', async ({ page }) => {
	// Printing is stubbed: the test checks the button asks the browser to print, not the print dialog.
	await page.addInitScript(() => {
		(window as unknown as { __printCalls: number }).__printCalls = 0;
		window.print = () => {
			(window as unknown as { __printCalls: number }).__printCalls += 1;
		};
	});
	await page.goto('/runbook/');

	const print = page.getByRole('button', { name: 'Print' });
	await activate(page, print);
	await expectVisibleFocus(print);
	await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);

	const download = page.getByRole('button', { name: 'Download as Markdown' });
	await tabTo(page, download);
	await expectVisibleFocus(download);
	const downloaded = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const file = await downloaded;
	expect(file.suggestedFilename()).toBe('aws-security-runbook.md');
	const markdown = readFileSync(await file.path(), 'utf8');
	expect(markdown).toContain('**2. Add MFA to the root user**');
	expect(markdown).toContain('**3. Create a budget that emails you**');
	// Still where the learner left it.
	await expect(download).toBeFocused();
});
