import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import {
	consecutiveCodes,
	createUserWithWizard,
	expectAllTasksDone,
	openInbox,
	openIamUsers,
	openLab,
	openSandbox,
	openSecurityCredentials,
	signInAsRoot,
	totpFor,
} from './support/course';

/**
 * The console for people who use it differently: keyboard only, a phone-sized screen, reduced
 * motion, dark theme. (axe on every screen and dialog is in quality-axe.spec.ts.)
 */

test.use({ actionTimeout: 15_000 });

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';

// ---------------------------------------------------------------------------------------------
// Keyboard only

async function isFocused(target: Locator): Promise<boolean> {
	return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/**
 * Moves focus to `target` with Tab (or Shift+Tab when it lies behind), as a keyboard user does.
 * Fails when the target cannot be reached, which is itself a keyboard accessibility bug.
 */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
	await expect(target).toBeVisible();
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let presses = 0; presses < limit; presses++) {
			if (await isFocused(target)) return;
			await page.keyboard.press(key);
		}
	}
	throw new Error(`Could not reach ${target.toString()} with Tab or Shift+Tab.`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.type(text);
}

/** Selects a radio button with the keyboard: Tab into its group, then arrow keys. */
async function chooseRadio(page: Page, radio: Locator): Promise<void> {
	const name = await radio.getAttribute('name');
	const inGroup = () =>
		page.evaluate((groupName) => (document.activeElement as HTMLInputElement | null)?.name === groupName, name);
	for (let presses = 0; presses < 150 && !(await inGroup()); presses++) await page.keyboard.press('Tab');
	expect(await inGroup(), `focus reached the radio group ${name}`).toBe(true);
	if (await isFocused(radio)) {
		await page.keyboard.press('Space');
	} else {
		for (let presses = 0; presses < 10 && !(await radio.isChecked()); presses++) await page.keyboard.press('ArrowDown');
	}
	await expect(radio).toBeChecked();
}

test('lesson 2 lab done with the keyboard alone: root MFA with the practice authenticator, then sign in with a code', async ({
	page,
}) => {
	test.setTimeout(2 * 60_000);
	const problems = collectConsoleProblems(page);
	// The mouse is never used: any click would show up here.
	await page.addInitScript(() => {
		window.addEventListener(
			'mousedown',
			() => ((window as unknown as { __mouseUsed: boolean }).__mouseUsed = true),
			true,
		);
	});
	await page.goto('/lessons/root-mfa/');
	// Scrolling is what Space or the arrow keys do on the page; the lab loads once it is in view.
	const lab = await openLab(page);
	// The lab starts signed out, where lesson 1 left the account. Sign in; this test takes the
	// Security credentials way, so it skips the prompt to register MFA (the course journey takes the other).
	await typeInto(page, lab.getByRole('textbox', { name: 'Root user email address' }), ROOT_EMAIL);
	await page.keyboard.press('Enter');
	await expect(lab.getByLabel('Password', { exact: true })).toBeFocused();
	await page.keyboard.type(ROOT_PASSWORD);
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'Register MFA for the root user', exact: true })).toBeFocused();
	await press(page, lab.getByRole('button', { name: 'Skip for now (35 days left)', exact: true }));
	await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();

	await press(page, lab.getByRole('button', { name: /Account menu/ }));
	await press(page, lab.getByRole('button', { name: 'Security credentials', exact: true }));
	await expect(lab.getByRole('heading', { name: 'Multi-factor authentication (MFA)', exact: true })).toBeVisible();
	await press(page, lab.getByRole('button', { name: 'Assign MFA device', exact: true }));
	await expect(lab.getByRole('heading', { name: 'Select MFA device', exact: true })).toBeVisible();
	// A new screen moves focus into the console, so a keyboard user goes on from there.
	// (The screen moves focus once it reports that it has arrived, an effect just after it is drawn.)
	await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.c-workspace')))).toBe(true);
	await typeInto(page, lab.getByRole('textbox', { name: /^Device name/ }), 'keyboard-phone');
	await chooseRadio(page, lab.getByRole('radio', { name: /Authenticator app/ }));
	await press(page, lab.getByRole('button', { name: 'Next', exact: true }));
	await expect(lab.getByRole('heading', { name: 'Set up device', exact: true })).toBeFocused();

	// Show the QR code and "scan" it with the practice authenticator beside the console.
	await press(page, lab.getByRole('button', { name: 'Show QR code', exact: true }));
	await expect(lab.getByRole('img', { name: /QR code to add the MFA device keyboard-phone/ })).toBeVisible();
	const authenticator = lab.getByRole('region', { name: 'Practice authenticator' });
	await press(page, authenticator.getByRole('button', { name: 'Scan QR code', exact: true }));
	const account = authenticator.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
	await expect(account).toHaveCount(1);

	// The secret key gives the test the codes the authenticator shows.
	await press(page, lab.getByRole('button', { name: 'Show secret key', exact: true }));
	const secret = (await lab.getByTestId('mfa-secret-key').getAttribute('data-secret')) ?? '';
	const totp = totpFor(secret);
	await expect
		.poll(async () =>
			(await account.locator('.auth__digits').innerText()).replace(/\D/g, '') === totp.generate()
				? 'same'
				: 'different',
		)
		.toBe('same');

	const { code1, code2 } = consecutiveCodes(secret);
	await typeInto(page, lab.getByRole('textbox', { name: 'MFA code 1', exact: true }), code1);
	await typeInto(page, lab.getByRole('textbox', { name: 'MFA code 2', exact: true }), code2);
	await press(page, lab.getByRole('button', { name: 'Add MFA', exact: true }));
	await expect(lab.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();

	// Sign out, then sign in with the password and the current code.
	await press(page, lab.getByRole('button', { name: /Account menu/ }));
	await press(page, lab.getByRole('button', { name: 'Sign out', exact: true }));
	await expect(lab.getByRole('heading', { name: 'Sign in', exact: true })).toBeFocused();
	await typeInto(page, lab.getByRole('textbox', { name: 'Root user email address' }), ROOT_EMAIL);
	await page.keyboard.press('Enter');
	await expect(lab.getByLabel('Password', { exact: true })).toBeFocused();
	await page.keyboard.type(ROOT_PASSWORD);
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'Multi-factor authentication', exact: true })).toBeVisible();
	await typeInto(page, lab.getByRole('textbox', { name: 'MFA code', exact: true }), totp.generate());
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	await expectAllTasksDone(lab, 2);

	expect(await page.evaluate(() => (window as unknown as { __mouseUsed?: boolean }).__mouseUsed ?? false)).toBe(false);
	expect(problems).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// A phone-sized screen

test.describe('360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('sign in, create a user and open the inbox on a 360 px screen, without sideways scrolling', async ({ page }) => {
		const problems = collectConsoleProblems(page);
		const pageOverflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		await openSandbox(page);
		expect(await pageOverflow()).toBeLessThanOrEqual(0);
		await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
		await openIamUsers(page);
		await createUserWithWizard(page, { userName: 'phone-user', consoleAccess: true, policy: 'IAMReadOnlyAccess' });
		expect(await pageOverflow()).toBeLessThanOrEqual(0);
		const inbox = await openInbox(page, page);
		const box = await inbox.boundingBox();
		expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
		expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
		await inbox.getByRole('button', { name: 'Close', exact: true }).click();
		await expect(inbox).toBeHidden();
		expect(await pageOverflow()).toBeLessThanOrEqual(0);
		expect(problems).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// Reduced motion

/** Animations and transitions longer than 0.01 s, running now or declared on console elements. */
async function longMotion(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const seconds = (value: string) =>
			Math.max(
				0,
				...value
					.split(',')
					.map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part) || 0)),
			);
		const describe = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
		for (const animation of document.getAnimations()) {
			const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
			const target = (animation.effect as KeyframeEffect | null)?.target;
			if (duration > 10)
				found.push(`running ${animation.constructor.name} ${duration} ms on ${target ? describe(target) : '?'}`);
		}
		for (const element of document.querySelectorAll('.c-workspace, .c-workspace *')) {
			const style = getComputedStyle(element);
			if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) {
				found.push(`animation ${style.animationName} ${style.animationDuration} on ${describe(element)}`);
			}
			if (seconds(style.transitionDuration) > 0.01)
				found.push(`transition ${style.transitionDuration} on ${describe(element)}`);
		}
		return found;
	});
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('no animation or transition longer than 0.01 s runs on the console and the practice authenticator', async ({
		page,
	}) => {
		const problems = collectConsoleProblems(page);
		const motion: string[] = [];
		const check = async (where: string) => motion.push(...(await longMotion(page)).map((item) => `${where}: ${item}`));

		await openSandbox(page);
		await check('sign-in');
		await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
		await page.getByRole('button', { name: /Account menu/ }).click();
		await check('account menu open');
		await page.getByRole('button', { name: /Account menu/ }).click();
		await openSecurityCredentials(page);
		await page.getByRole('button', { name: 'Assign MFA device', exact: true }).click();
		await page.getByRole('textbox', { name: /^Device name/ }).fill('calm-phone');
		await page.getByRole('radio', { name: /Authenticator app/ }).check();
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		await page.getByRole('button', { name: 'Show QR code', exact: true }).click();
		const authenticator = page.getByRole('region', { name: 'Practice authenticator' });
		await authenticator.getByRole('button', { name: 'Scan QR code', exact: true }).click();
		await expect(authenticator.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(1);
		// Let the authenticator's countdown tick at least once.
		const seconds = authenticator.locator('.auth__seconds');
		const before = await seconds.innerText();
		await expect(seconds).not.toHaveText(before, { timeout: 3_000 });
		await check('authenticator counting down');
		const inbox = await openInbox(page, page);
		await check('inbox open');
		await inbox.getByRole('button', { name: 'Close', exact: true }).click();
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await check('reset dialog open');
		await page
			.getByRole('dialog', { name: 'Reset the practice account?' })
			.getByRole('button', { name: 'Cancel', exact: true })
			.click();

		expect(motion).toEqual([]);
		expect(problems).toEqual([]);
	});
});
