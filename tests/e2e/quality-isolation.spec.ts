import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPagePaths } from './support/site-pages';
import {
	assignVirtualMfa,
	createBillingAlarm,
	confirmSubscriptionFromInbox,
	doIamUserMfaLab,
	doIamUserSignInLab,
	doRootMfaLab,
	doRootSignInLab,
	enableBillingAlerts,
	openSandbox,
	openSecurityCredentials,
	signInAsRoot,
	type Typed,
} from './support/course';

/**
 * The course promises that nothing leaves the learner's browser: no request to any other origin,
 * no password or MFA code kept in plain text, and a content security policy that would stop an
 * injected script.
 */

test.use({ actionTimeout: 15_000 });

/** Records every request the context makes (pages, workers, prefetches), by URL. */
function recordRequests(context: BrowserContext): string[] {
	const urls: string[] = [];
	context.on('request', (request) => urls.push(request.url()));
	return urls;
}

/** Requests that leave the site's origin. data: and blob: URLs never leave the browser. */
function foreignRequests(urls: readonly string[], baseURL: string): string[] {
	const origin = new URL(baseURL).origin;
	return urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

/** Scrolls to the bottom in steps so islands hydrated on visibility load, then waits for quiet. */
async function visitFully(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.evaluate(async () => {
		for (let y = 0; y <= document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
		}
	});
	await page.waitForLoadState('networkidle');
}

test('no page and no lab flow requests anything from another origin', async ({ page, context, baseURL }) => {
	test.setTimeout(3 * 60_000);
	const requests = recordRequests(context);
	const paths = builtPagePaths();
	expect(paths.length).toBeGreaterThan(5);

	for (const path of paths) await visitFully(page, path);

	// A representative lab flow in the free console.
	await openSandbox(page);
	await signInAsRoot(page, 'learner@example.com', 'Practice-Root-Password-1');
	await openSecurityCredentials(page);
	await assignVirtualMfa(page, 'isolation-phone');
	await enableBillingAlerts(page);
	await page.getByRole('button', { name: 'Fast-forward 6 hours' }).click();
	await createBillingAlarm(page, {
		name: 'isolation-alarm',
		threshold: '10',
		topic: { create: 'isolation-topic', email: 'learner@example.com' },
	});
	await confirmSubscriptionFromInbox(page, page);

	// Site search with a query (Pagefind loads its index and WebAssembly from the site).
	await page.getByRole('searchbox', { name: 'Search the course' }).fill('MFA');
	await page.getByRole('searchbox', { name: 'Search the course' }).press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=MFA/);
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
	await page.waitForLoadState('networkidle');

	console.log(
		`quality-isolation: ${requests.length} requests over ${paths.length} pages and the lab flow, all to ${new URL(baseURL ?? '').origin}`,
	);
	expect(requests.length).toBeGreaterThan(paths.length);
	expect(foreignRequests(requests, baseURL ?? '')).toEqual([]);
});

/** Every localStorage value, with its key. */
async function allStoredValues(page: Page): Promise<Array<[string, string]>> {
	return page.evaluate(() =>
		Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''] as [string, string]),
	);
}

/** A 6-digit code standing alone (not a part of a longer number such as a timestamp). */
function containsCode(text: string, code: string): boolean {
	return new RegExp(`(^|[^0-9])${code}([^0-9]|$)`).test(text);
}

test('no password or MFA code typed in the labs is kept in plain text in localStorage', async ({ page }) => {
	test.setTimeout(3 * 60_000);
	const typed: Typed = { passwords: [], mfaCodes: [] };
	const add = (more: Typed) => {
		typed.passwords.push(...more.passwords);
		typed.mfaCodes.push(...more.mfaCodes);
	};
	await page.goto('/lessons/secure-your-account/');
	add(await doRootSignInLab(page));
	await page.goto('/lessons/root-mfa/');
	add(await doRootMfaLab(page));
	await page.goto('/lessons/logging-in/');
	// The lab's last two tasks are blocked by a reported bug (see course-journey.spec.ts); the typing is what matters here.
	add(await doIamUserSignInLab(page, 'Custom-Secret-Passw0rd-42!', false));
	await page.goto('/lessons/iam-user-mfa/');
	add(await doIamUserMfaLab(page));

	expect(typed.passwords).toEqual(expect.arrayContaining(['Practice-Root-Password-1', 'Custom-Secret-Passw0rd-42!']));
	expect(new Set(typed.passwords).size).toBeGreaterThanOrEqual(4);
	expect(typed.mfaCodes.length).toBe(6);
	for (const code of typed.mfaCodes) expect(code).toMatch(/^\d{6}$/);

	const stored = await allStoredValues(page);
	expect(stored.map(([key]) => key)).toEqual(
		expect.arrayContaining(['course:sim:root-mfa', 'course:sim:iam-user-sign-in', 'course:sim:iam-user-mfa']),
	);
	const leaks: string[] = [];
	for (const [key, value] of stored) {
		for (const password of typed.passwords)
			if (value.includes(password)) leaks.push(`${key} holds the password ${password}`);
		for (const code of typed.mfaCodes) if (containsCode(value, code)) leaks.push(`${key} holds the MFA code ${code}`);
	}
	expect(leaks).toEqual([]);
});

const CSP_DIRECTIVES = ["object-src 'none'", "base-uri 'self'", "connect-src 'self'"];

test('every page has a content security policy that blocks an injected inline script', async ({ page }) => {
	for (const path of builtPagePaths()) {
		await page.goto(path);
		const policy = (await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content')) ?? '';
		const directives = policy.split(';').map((directive) => directive.trim().replace(/\s+/g, ' '));
		for (const expected of CSP_DIRECTIVES) expect(directives, `${path}: ${expected}`).toContain(expected);

		const outcome = await page.evaluate(
			() =>
				new Promise<{ violated: string | null; ran: boolean }>((resolve) => {
					const flag = '__injectedScriptRan';
					let violated: string | null = null;
					document.addEventListener('securitypolicyviolation', (event) => {
						violated = event.effectiveDirective;
					});
					const script = document.createElement('script');
					script.textContent = `window.${flag} = true;`;
					document.body.append(script);
					// The violation event is queued as a task; give it one turn of the event loop.
					setTimeout(
						() => resolve({ violated, ran: Boolean((window as unknown as Record<string, unknown>)[flag]) }),
						50,
					);
				}),
		);
		expect(outcome.ran, `${path}: the injected script ran`).toBe(false);
		expect(outcome.violated, path).toMatch(/^script-src/);
	}
});
