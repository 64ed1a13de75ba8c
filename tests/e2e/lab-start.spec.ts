import { expect, test, type Page } from '@playwright/test';
import { SIM_STATE_VERSION } from '../../src/simulator';
import { LAB_SETUPS } from '../../src/lessons/setup-registry';
import { withPracticePasswords } from '../../src/lessons/practice-passwords';
import { seededRandomBytes, STARTING_ACCOUNTS_BUILT_AT } from '../../src/lessons/starting-accounts';
import { collectConsoleProblems } from './support/console-errors';
import { openLab } from './support/course';

// The service worker would answer from its cache; these tests watch the network itself.
test.use({ serviceWorkers: 'block' });

/** Notes whether the simulator's operations have arrived: only their code holds this message. */
function watchOperations(page: Page): { arrived: () => boolean } {
	let arrived = false;
	page.on('response', (response) => {
		if (!new URL(response.url()).pathname.endsWith('.js')) return;
		response.text().then(
			(text) => {
				if (text.includes('Could not find operation')) arrived = true;
			},
			() => undefined,
		);
	});
	return { arrived: () => arrived };
}

/** The lab's saved practice account, as the page keeps it. */
async function savedAccount(page: Page, labId: string) {
	return page.evaluate((key) => {
		const raw = localStorage.getItem(key);
		return raw === null
			? null
			: (JSON.parse(raw) as {
					state: { billing: { lastRealNow: number }; iam: { mfaDevices: Record<string, { createDate: number }> } };
				});
	}, `course:sim:${labId}`);
}

for (const labId of Object.keys(LAB_SETUPS)) {
	test(`the site ships ${labId}'s starting account as its scenario builds it with the operations`, async ({
		request,
	}) => {
		const response = await request.get(`/starting-accounts/${labId}.json`);
		expect(response.ok()).toBe(true);
		const ctx = withPracticePasswords({ now: STARTING_ACCOUNTS_BUILT_AT, randomBytes: seededRandomBytes(labId) });
		const built = LAB_SETUPS[labId]!.scenario(ctx);
		expect(await response.json()).toEqual({
			version: SIM_STATE_VERSION,
			builtAt: STARTING_ACCOUNTS_BUILT_AT,
			state: JSON.parse(JSON.stringify(built)) as unknown,
		});
	});
}

test('a lab opens on its starting account moved to today, and downloads the operations when the learner starts', async ({
	page,
}) => {
	const problems = collectConsoleProblems(page);
	const operations = watchOperations(page);
	await page.goto('/lessons/billing-alarm/');
	const lab = await openLab(page);
	await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	await expect(lab.getByRole('heading', { name: /^Your tasks/ })).toContainText('(0 of 5 done)');
	await page.waitForLoadState('networkidle');
	expect(operations.arrived(), 'the operations wait for the learner').toBe(false);

	// The account starts now, not when the site was built: its MFA device was created moments ago.
	const opened = await page.evaluate(() => Date.now());
	const saved = await savedAccount(page, 'billing-alarm');
	expect(Math.abs(saved!.state.billing.lastRealNow - opened)).toBeLessThan(60_000);
	const [device] = Object.values(saved!.state.iam.mfaDevices);
	expect(Math.abs(device!.createDate - opened)).toBeLessThan(60_000);

	await lab.getByRole('button', { name: 'Inbox' }).first().focus();
	await expect.poll(operations.arrived, { message: 'starting to use the console downloads them' }).toBe(true);
	expect(problems).toEqual([]);
});

test('a lab whose starting account cannot be downloaded says so, and Try again opens it', async ({ page }) => {
	let offline = true;
	await page.route('**/starting-accounts/*.json', (route) =>
		offline ? route.abort('internetdisconnected') : route.continue(),
	);
	await page.goto('/lessons/root-mfa/');
	const practice = page.getByRole('region', { name: 'Practice lab' });
	await practice.scrollIntoViewIfNeeded();
	const alert = practice.getByRole('alert');
	await expect(alert).toContainText('The practice console could not be loaded.');
	offline = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(practice.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
});
