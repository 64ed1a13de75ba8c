import AxeBuilder from '@axe-core/playwright';
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { expectAllTasksDone, openLab } from './support/course';

/**
 * Passkeys for real: Chromium's virtual authenticator (the DevTools protocol's WebAuthn domain)
 * answers `navigator.credentials` as a platform passkey would, and the model checks every answer.
 * The pages are opened at localhost, because browsers refuse WebAuthn on an IP address.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';
const ADMIN_PASSWORD = 'Practice-IAM-Admin-Password-2!';
const origin = `http://localhost:${Number(process.env.E2E_PORT ?? 4321)}`;

/** A platform authenticator (like Touch ID or Windows Hello) that always finds the user present and verified. */
const PLATFORM_PASSKEY = {
	protocol: 'ctap2',
	transport: 'internal',
	hasResidentKey: true,
	hasUserVerification: true,
	isUserVerified: true,
} as const;

/** A hardware security key on USB: no PIN, no stored passkeys, only a touch (user presence). */
const USB_SECURITY_KEY = {
	protocol: 'ctap2',
	transport: 'usb',
	hasResidentKey: false,
	hasUserVerification: false,
} as const;

async function addVirtualAuthenticator(
	page: Page,
	options: typeof PLATFORM_PASSKEY | typeof USB_SECURITY_KEY = PLATFORM_PASSKEY,
): Promise<{ cdp: CDPSession; authenticatorId: string }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options });
	return { cdp, authenticatorId };
}

async function credentialsOf(cdp: CDPSession, authenticatorId: string) {
	const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
	return credentials;
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function rootPassword(scope: Page | Locator) {
	await scope.getByRole('radio', { name: /Root user/ }).check();
	await scope.getByRole('textbox', { name: 'Root user email address' }).fill(ROOT_EMAIL);
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await scope.getByLabel('Password', { exact: true }).fill(ROOT_PASSWORD);
	await scope.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page, scope: Page | Locator = page) {
	await scope.getByRole('button', { name: /Account menu/ }).click();
	await scope.getByRole('button', { name: 'Sign out' }).click();
	await expect(scope.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** From Security credentials: Assign MFA device → Passkey or security key → Next, and what the page says first. */
async function startPasskeyAssignment(page: Page, scope: Page | Locator, deviceName: string) {
	await scope.getByRole('button', { name: 'Assign MFA device' }).click();
	await scope.getByRole('textbox', { name: /^Device name/ }).fill(deviceName);
	await scope.getByRole('radio', { name: /Passkey or security key/ }).check();
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Set up device' })).toBeFocused();
	await expect(scope.getByText('What your browser is about to create')).toBeVisible();
	await expect(scope.getByText(/It can\s+never sign in to AWS/)).toBeVisible();
	await expectNoAxeViolations(page);
}

test('root assigns a passkey in the sandbox, signs out, and signs in with it; a cloned key is refused', async ({
	page,
}) => {
	const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
	await page.goto(`${origin}/sandbox/`);
	await rootPassword(page);
	await page.getByRole('button', { name: /^Skip for now/ }).click();
	await page.getByRole('button', { name: /Account menu/ }).click();
	await page.getByRole('button', { name: 'Security credentials' }).click();

	await startPasskeyAssignment(page, page, 'root-passkey');
	await page.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(page.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: /:u2f\/root\/root-passkey-[A-Z2-7]{26}$/ })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Passkey or security key' })).toBeVisible();
	const [created] = await credentialsOf(cdp, authenticatorId);
	expect(created?.rpId).toBe('localhost');

	await signOut(page);
	await rootPassword(page);
	await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'MFA code' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
	const [used] = await credentialsOf(cdp, authenticatorId);
	expect(used?.signCount).toBeGreaterThan(created?.signCount ?? 0);

	// A copy of the key made earlier: its counter is behind the one the account saw last.
	await signOut(page);
	if (!used) throw new Error('no credential');
	await cdp.send('WebAuthn.removeCredential', { authenticatorId, credentialId: used.credentialId });
	await cdp.send('WebAuthn.addCredential', { authenticatorId, credential: { ...used, signCount: 0 } });
	await rootPassword(page);
	await page.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(page.getByText(/Its signature counter went backwards/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
});

test('root assigns a hardware security key (USB, touch only, no PIN) and signs in with it', async ({ page }) => {
	const { cdp, authenticatorId } = await addVirtualAuthenticator(page, USB_SECURITY_KEY);
	await page.goto(`${origin}/sandbox/`);
	await rootPassword(page);
	await page.getByRole('button', { name: /^Skip for now/ }).click();
	await page.getByRole('button', { name: /Account menu/ }).click();
	await page.getByRole('button', { name: 'Security credentials' }).click();

	await startPasskeyAssignment(page, page, 'root-usb-key');
	await page.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(page.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: /:u2f\/root\/root-usb-key-[A-Z2-7]{26}$/ })).toBeVisible();
	const [created] = await credentialsOf(cdp, authenticatorId);
	expect(created?.isResidentCredential).toBe(false);

	await signOut(page);
	await rootPassword(page);
	await page.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('lesson 2’s lab is done with a passkey, using only the keyboard at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await addVirtualAuthenticator(page);
	await page.goto(`${origin}/lessons/root-mfa/`);
	const lab = await openLab(page);
	await rootPassword(lab);
	// Each new page takes focus on its heading once it has rendered: wait for that, as a keyboard
	// user would, before moving to a button (otherwise the page can take focus back from it).
	await expect(lab.getByRole('heading', { name: 'Register MFA for the root user' })).toBeFocused();
	const register = lab.getByRole('button', { name: 'Register MFA device' });
	await register.focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'Select MFA device' })).toBeVisible();
	await lab.getByRole('textbox', { name: /^Device name/ }).focus();
	await page.keyboard.type('root-passkey');
	await lab.getByRole('radio', { name: /Passkey or security key/ }).focus();
	await page.keyboard.press('Space');
	await lab.getByRole('button', { name: 'Next', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'Set up device' })).toBeFocused();
	// Tab from the heading to the first button: the explanation comes first, then the choice.
	await page.keyboard.press('Tab');
	await expect(lab.getByRole('button', { name: 'Use a passkey or security key' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'My security credentials' })).toBeVisible();
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth).toBeLessThanOrEqual(360);

	await signOut(page, lab);
	await rootPassword(lab);
	await expect(lab.getByRole('heading', { name: 'Multi-factor authentication' })).toBeFocused();
	await lab.getByRole('button', { name: 'Use a passkey or security key' }).focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByRole('heading', { name: 'Console Home' })).toBeVisible();
	await expectAllTasksDone(lab, 2);
});

test('iam-admin assigns its own practice security key in lesson 7’s lab; refusing the key creates nothing', async ({
	page,
}) => {
	await page.goto(`${origin}/lessons/iam-user-mfa/`);
	const lab = await openLab(page);
	await lab.getByRole('button', { name: /Account menu/ }).click();
	await lab.getByRole('button', { name: 'Security credentials' }).click();
	await startPasskeyAssignment(page, lab, 'admin-key');

	const keyPanel = page.getByRole('region', { name: 'Practice security key' });
	await lab.getByRole('button', { name: 'Use the practice security key' }).click();
	await expect(keyPanel.getByRole('button', { name: 'Touch the key' })).toBeFocused();
	await expect(keyPanel).toContainText('The console asks for a new passkey for iam-admin @ 111122223333 on localhost.');
	await keyPanel.getByRole('button', { name: 'Don’t allow' }).click();
	await expect(lab.getByText('No passkey was registered')).toBeVisible();
	await expect(lab.getByText(/cancelled, timed out or not allowed, so nothing was created/)).toBeVisible();

	await lab.getByRole('button', { name: 'Use the practice security key' }).click();
	await keyPanel.getByRole('button', { name: 'Touch the key' }).click();
	await expect(lab.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();
	await expect(lab.getByRole('rowheader', { name: /:u2f\/user\/iam-admin\/admin-key-[A-Z2-7]{26}$/ })).toBeVisible();
	await expect(keyPanel.getByText('iam-admin @ 111122223333', { exact: true })).toBeVisible();

	await signOut(page, lab);
	await lab.getByRole('radio', { name: /IAM user/ }).check();
	await lab.getByRole('textbox', { name: /Account ID/ }).fill('111122223333');
	await lab.getByRole('textbox', { name: /IAM user name/ }).fill('iam-admin');
	await lab.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
	await lab.getByRole('button', { name: 'Sign in', exact: true }).click();
	await lab.getByRole('button', { name: 'Use the practice security key' }).click();
	await keyPanel.getByRole('button', { name: 'Touch the key' }).click();
	await expect(lab.getByRole('heading', { name: 'Console Home' })).toBeVisible();
	await expect(keyPanel).toContainText('used 1 time');
	await expect(
		lab.locator('.lab-task').filter({ hasText: 'Sign out and sign back in as iam-admin with MFA' }),
	).toHaveClass(/lab-task--done/);
});

test('iam-admin assigns a passkey in lesson 7’s lab and signs in with it; a passkey of another account is not offered', async ({
	page,
}) => {
	const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
	await page.goto(`${origin}/lessons/iam-user-mfa/`);
	const lab = await openLab(page);
	await lab.getByRole('button', { name: /Account menu/ }).click();
	await lab.getByRole('button', { name: 'Security credentials' }).click();
	await startPasskeyAssignment(page, lab, 'admin-passkey');
	await lab.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(
		lab.getByRole('rowheader', { name: /:u2f\/user\/iam-admin\/admin-passkey-[A-Z2-7]{26}$/ }),
	).toBeVisible();

	async function adminPassword() {
		await lab.getByRole('radio', { name: /IAM user/ }).check();
		await lab.getByRole('textbox', { name: /Account ID/ }).fill('111122223333');
		await lab.getByRole('textbox', { name: /IAM user name/ }).fill('iam-admin');
		await lab.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
		await lab.getByRole('button', { name: 'Sign in', exact: true }).click();
	}
	await signOut(page, lab);
	await adminPassword();
	await lab.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(lab.getByRole('heading', { name: 'Console Home' })).toBeVisible();

	// Only another account's passkey for this site is left on the authenticator: the browser offers nothing.
	const [mine] = await credentialsOf(cdp, authenticatorId);
	if (!mine) throw new Error('no credential');
	await cdp.send('WebAuthn.removeCredential', { authenticatorId, credentialId: mine.credentialId });
	await cdp.send('WebAuthn.addCredential', {
		authenticatorId,
		credential: { ...mine, credentialId: Buffer.from('another-account-passkey').toString('base64'), signCount: 0 },
	});
	await signOut(page, lab);
	await adminPassword();
	await lab.getByRole('button', { name: 'Use a passkey or security key' }).click();
	await expect(lab.getByText(/or the authenticator has no passkey for this user/)).toBeVisible();
	await expectNoAxeViolations(page);
});
