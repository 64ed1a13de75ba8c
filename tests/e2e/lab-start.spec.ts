import { expect, test, type Page } from '@playwright/test';
import { SIM_STATE_VERSION } from '../../src/simulator';
import { LAB_SETUPS } from '../../src/lessons/setup-registry';
import { withPracticePasswords } from '../../src/lessons/practice-passwords';
import { seededRandomBytes, startingSeed, STARTING_ACCOUNTS_BUILT_AT } from '../../src/lessons/starting-accounts';
import { startingVariantCount } from '../../src/lessons/starting-variants';
import { collectConsoleProblems } from './support/console-errors';
import { openIamUsers, openLab } from './support/course';

// The service worker would answer from its cache; these tests watch the network itself.
test.use({ serviceWorkers: 'block' });

/** Notes whether a script holding `marker` has arrived (a message only that code holds). */
function watchScripts(page: Page, marker: string): { arrived: () => boolean } {
	let arrived = false;
	page.on('response', (response) => {
		if (!new URL(response.url()).pathname.endsWith('.js')) return;
		response.text().then(
			(text) => {
				if (text.includes(marker)) arrived = true;
			},
			() => undefined,
		);
	});
	return { arrived: () => arrived };
}

/** The simulator's operations. */
const watchOperations = (page: Page) => watchScripts(page, 'Could not find operation');
/** The practice account's save checks. */
const watchSaveChecks = (page: Page) => watchScripts(page, 'Expected a 12-digit account ID');

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

/** Every starting account the site ships: one per lab, or one per variant for a lab that has several. */
const shipped = Object.keys(LAB_SETUPS).flatMap((labId): { labId: string; variant?: number; path: string }[] => {
	const count = startingVariantCount(labId);
	return count === 1
		? [{ labId, path: `/starting-accounts/${labId}.json` }]
		: Array.from({ length: count }, (_, variant) => ({
				labId,
				variant,
				path: `/starting-accounts/${labId}/${variant}.json`,
			}));
});

for (const { labId, variant, path } of shipped) {
	test(`the site ships ${path} as its scenario builds it with the operations`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.ok()).toBe(true);
		const ctx = withPracticePasswords({
			now: STARTING_ACCOUNTS_BUILT_AT,
			randomBytes: seededRandomBytes(startingSeed(labId, variant)),
		});
		const built = LAB_SETUPS[labId]!.scenario(ctx, variant);
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

test('a first visit downloads no save checks; a learner who comes back finds their lab as they left it', async ({
	page,
}) => {
	const firstVisit = watchSaveChecks(page);
	await page.goto('/lessons/billing-alarm/');
	let lab = await openLab(page);
	await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(firstVisit.arrived(), 'nothing was saved, so nothing needs checking').toBe(false);
	const before = await savedAccount(page, 'billing-alarm');

	const secondVisit = watchSaveChecks(page);
	await page.reload();
	lab = await openLab(page);
	await expect(lab.getByRole('heading', { name: /^Your tasks/ })).toBeVisible();
	await expect.poll(secondVisit.arrived, { message: 'the save is read through its checks' }).toBe(true);
	// The saved account, not a new start: a new start would have moved its device's date to now.
	const after = await savedAccount(page, 'billing-alarm');
	expect(after!.state.iam.mfaDevices).toEqual(before!.state.iam.mfaDevices);
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

test('Our new user starts from the variant the learner’s practice seed picks, downloads only that one, and lists its team', async ({
	page,
}) => {
	const operations = watchOperations(page);
	const requested: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/starting-accounts/')) requested.push(path);
	});
	await page.goto('/');
	// 13 picks variant 5 of 8.
	await page.evaluate(() =>
		localStorage.setItem(
			'course:progress',
			JSON.stringify({
				version: 3,
				state: { shuffleSeed: 1, lessons: {}, tasks: {}, hints: {}, quizzes: {}, realAccount: {}, practiceSeed: 13 },
			}),
		),
	);
	const ctx = withPracticePasswords({
		now: STARTING_ACCOUNTS_BUILT_AT,
		randomBytes: seededRandomBytes(startingSeed('users-list', 5)),
	});
	const team = Object.keys(LAB_SETUPS['users-list']!.scenario(ctx, 5).iam.users).sort();
	for (const visit of ['first', 'again']) {
		if (visit === 'first') await page.goto('/lessons/our-new-user/');
		else await page.reload();
		const lab = await openLab(page);
		// It opens on Console Home like the other labs: finding the list is part of the practice.
		await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
		if (visit === 'first') {
			await page.waitForLoadState('networkidle');
			expect(operations.arrived(), 'nothing is done yet, so no operations').toBe(false);
		}
		await openIamUsers(lab);
		await expect(lab.getByRole('heading', { name: `Users (${team.length})`, exact: true })).toBeVisible();
		expect((await lab.getByRole('rowheader').allInnerTexts()).map((name) => name.trim()).sort()).toEqual(team);
	}
	// Each visit downloads the learner's own variant (Reset lab starts from it again), never another.
	expect(requested.length).toBeGreaterThan(0);
	expect([...new Set(requested)]).toEqual(['/starting-accounts/users-list/5.json']);
});
