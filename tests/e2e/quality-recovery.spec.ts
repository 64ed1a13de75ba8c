import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
	AUTHENTICATOR_CASES,
	COSMETIC_CASES,
	PROGRESS_CASES,
	SIM_CASES,
	simV1RootSecret,
} from '../fixtures/damaged-saves/cases';
import { labRegion, openLab, openSandbox, signInAsRoot, totpFor } from './support/course';

/**
 * Whatever a learner's browser has saved, the course opens, keeps working, says what happened and
 * keeps the old value under `<key>:backup:…`. Also: storage that is full or switched off.
 */

test.use({ actionTimeout: 15_000 });

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';

/** Writes the value into localStorage before the page's own scripts run, on the first load only. */
async function presetBeforeLoad(context: BrowserContext, key: string, value: string): Promise<void> {
	await context.addInitScript(
		([k, v]) => {
			if (sessionStorage.getItem('test:preset') !== null) return;
			try {
				localStorage.setItem(k, v);
			} catch (error) {
				// A case too large for the quota would test nothing: make it fail loudly.
				document.title = `PRESET FAILED: ${String(error)}`;
				throw error;
			}
			sessionStorage.setItem('test:preset', '1');
		},
		[key, value] as const,
	);
}

function collectPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function backupKeys(page: Page, key: string): Promise<string[]> {
	return page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), `${key}:backup:`);
}

/** Asserts exactly one backup of the key exists and holds the value that was there before. */
async function expectBackedUp(page: Page, key: string, value: string): Promise<void> {
	const keys = await backupKeys(page, key);
	expect(keys).toHaveLength(1);
	expect(keys[0]).toMatch(/:backup:\d{4}-\d{2}-\d{2}T/);
	const same = await page.evaluate(([k, v]) => localStorage.getItem(k) === v, [keys[0] ?? '', value] as const);
	expect(same, 'the backup holds the damaged value unchanged').toBe(true);
}

/** The console's save notice above the practice console. */
function consoleNotice(page: Page) {
	return page.locator('.c-workspace').getByRole('status').filter({ hasText: 'About your saved practice account' });
}

async function openConsolePage(page: Page, path: string) {
	await page.goto(path);
	if (path.startsWith('/lessons/')) return openLab(page);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	return page.locator('main');
}

for (const save of SIM_CASES) {
	test(`practice account save: ${save.name}`, async ({ page, context }) => {
		const errors = collectPageErrors(page);
		await presetBeforeLoad(context, save.key, save.value);
		const scope = await openConsolePage(page, save.path);
		await expect(page).not.toHaveTitle(/^PRESET FAILED/);
		await expect(scope.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();

		if (save.expect === 'loaded') {
			await expect(consoleNotice(page)).toHaveCount(0);
			expect(await backupKeys(page, save.key)).toEqual([]);
			// The v1 account's root has MFA: the code comes from the device secret in the save.
			await signInAsRoot(scope, ROOT_EMAIL, ROOT_PASSWORD, () => totpFor(simV1RootSecret()).generate());
		} else {
			const notice = consoleNotice(page);
			await expect(notice).toBeVisible();
			await expect(notice).toContainText(
				save.expect === 'newer' ? 'saved by a newer version of the course' : 'could not be read',
			);
			await expect(notice).toContainText(`${save.key}:backup:`);
			await expectBackedUp(page, save.key, save.value);
			// A fresh practice account: the practice root signs in without MFA.
			await signInAsRoot(scope, ROOT_EMAIL, ROOT_PASSWORD);
			await notice.getByRole('button', { name: 'Dismiss' }).click();
			await expect(notice).toHaveCount(0);
		}
		expect(errors).toEqual([]);
	});
}

/** Where the progress notice shows: the quiz on lesson pages, the panel on /progress/. */
function progressNotice(page: Page) {
	return page.locator('.quiz__notice, .progress-panel__notice');
}

for (const save of PROGRESS_CASES) {
	test(`progress save: ${save.name}`, async ({ page, context }) => {
		const errors = collectPageErrors(page);
		await presetBeforeLoad(context, save.key, save.value);
		await page.goto(save.path);
		const quiz = page.getByRole('region', { name: 'Check yourself' });
		if (await quiz.count()) await quiz.scrollIntoViewIfNeeded();
		const notice = progressNotice(page).first();
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(
			save.expect === 'newer' ? 'saved by a newer version of this course' : 'could not be read',
		);
		await expect(notice).toContainText(`${save.key}:backup:`);
		await expectBackedUp(page, save.key, save.value);
		if (save.path.startsWith('/lessons/')) {
			// The lab still works: its console opens where the lab starts (lesson 2's on the sign-in page,
			// where lesson 1 left the account) and a quiz answer can be checked.
			const lab = await openLab(page);
			await expect(lab.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
			const group = page
				.getByRole('region', { name: 'Check yourself' })
				.getByRole('group', { name: /^Question 1 of / });
			await group.getByRole('radio').first().check();
			await group.getByRole('button', { name: 'Check answer' }).click();
			await expect(group).toContainText(/Correct\.|Not quite\./);
		} else {
			await expect(page.getByText('0 of 9 lessons complete.')).toBeVisible();
		}
		expect(errors).toEqual([]);
	});
}

test('a progress notice is announced to screen readers (role status or alert)', async ({ page, context }) => {
	// requests-course.md: the progress notices use role="note", which is not a live region.
	const save = PROGRESS_CASES[0];
	if (!save) throw new Error('No progress case.');
	await presetBeforeLoad(context, save.key, save.value);
	await page.goto(save.path);
	await page.getByRole('region', { name: 'Check yourself' }).scrollIntoViewIfNeeded();
	await expect(
		page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'could not be read' }),
	).toBeVisible();
});

for (const save of AUTHENTICATOR_CASES) {
	test(`practice authenticator save: ${save.name}`, async ({ page, context }) => {
		const errors = collectPageErrors(page);
		await presetBeforeLoad(context, save.key, save.value);
		await openConsolePage(page, save.path);
		const authenticator = page.getByRole('region', { name: 'Practice authenticator' });
		await expect(authenticator.getByRole('status')).toContainText('could not be read');
		await expect(authenticator.getByText('No accounts yet.')).toBeVisible();
		await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
		expect(errors).toEqual([]);
	});

	test(`practice authenticator save: ${save.name}: the old value is kept under a backup key`, async ({
		page,
		context,
	}) => {
		await presetBeforeLoad(context, save.key, save.value);
		await openConsolePage(page, save.path);
		await expect(page.getByRole('region', { name: 'Practice authenticator' }).getByRole('status')).toContainText(
			'could not be read',
		);
		await expectBackedUp(page, save.key, save.value);
	});
}

for (const save of COSMETIC_CASES) {
	test(`derived or cosmetic value: ${save.name}`, async ({ page, context }) => {
		const errors = collectPageErrors(page);
		await presetBeforeLoad(context, save.key, save.value);
		await page.goto(save.path);
		const nav = page.locator('aside.sidebar').getByRole('navigation');
		await expect(nav.getByText('0 of 9 lessons completed')).toBeVisible();
		if (save.key === 'course:theme') {
			// An unknown theme is ignored (the system setting applies) and the toggle still works.
			expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? null)).toBeNull();
			const toggle = page.locator('#theme-toggle');
			await toggle.click();
			await expect(toggle).toHaveAttribute('aria-pressed', 'true');
			expect(await page.evaluate(() => localStorage.getItem('course:theme'))).toBe('dark');
		} else {
			// The summary is rebuilt from the progress save once the lesson's progress loads.
			await openLab(page);
			await expect
				.poll(() => page.evaluate(() => localStorage.getItem('course:progress:summary')))
				.toBe('{"completed":[]}');
		}
		expect(errors).toEqual([]);
	});
}

test.describe('storage the browser refuses', () => {
	test('storage full (every write throws QuotaExceededError): the course works and says nothing will be kept', async ({
		page,
		context,
	}) => {
		const errors = collectPageErrors(page);
		await context.addInitScript(() => {
			Storage.prototype.setItem = function setItem() {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await openSandbox(page);
		const notice = consoleNotice(page);
		await expect(notice).toContainText('not letting this page save data');
		await expect(notice).toContainText('will be lost');
		await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);

		await page.goto('/lessons/root-mfa/');
		const lab = await openLab(page);
		// Lesson 2's lab starts on the sign-in page, where lesson 1 left the account.
		await expect(lab.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
		await expect(progressNotice(page).first()).toContainText('progress will not be kept');
		expect(errors).toEqual([]);
	});

	test('storage switched off (reading window.localStorage throws): the course works and says nothing will be kept', async ({
		page,
		context,
	}) => {
		const errors = collectPageErrors(page);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				configurable: true,
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			});
		});
		await openSandbox(page);
		await expect(consoleNotice(page)).toContainText('not letting this page save data');
		await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
		await expect(page.getByRole('region', { name: 'Practice authenticator' })).toBeVisible();

		await page.goto('/lessons/root-mfa/');
		await expect(labRegion(page)).toBeVisible();
		const lab = await openLab(page);
		await expect(lab.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
		await expect(progressNotice(page).first()).toContainText('progress will not be kept');
		const group = page.getByRole('region', { name: 'Check yourself' }).getByRole('group', { name: /^Question 1 of / });
		await group.getByRole('radio').first().check();
		await group.getByRole('button', { name: 'Check answer' }).click();
		await expect(group).toContainText(/Correct\.|Not quite\./);
		await page.locator('#theme-toggle').click();
		expect(errors).toEqual([]);
	});
});
