import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Helpers for tests that use the keyboard alone: a guard that notices any mouse press, Tab until a
 * control has focus, and checks that focus is visible.
 */

/** Records any mouse or pointer press, so a test can assert the mouse was never used. */
export async function guardAgainstTheMouse(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const mark = () => ((window as unknown as { __mouseUsed: boolean }).__mouseUsed = true);
		window.addEventListener('mousedown', mark, true);
		window.addEventListener('pointerdown', mark, true);
	});
}

export async function expectMouseUnused(page: Page): Promise<void> {
	expect(
		await page.evaluate(() => (window as unknown as { __mouseUsed?: boolean }).__mouseUsed ?? false),
		'the mouse was used',
	).toBe(false);
}

export async function isFocused(target: Locator): Promise<boolean> {
	return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** What has focus now, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
	return page.evaluate(() => {
		const element = document.activeElement;
		if (!element || element === document.body) return 'the page body';
		const label = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
		return `<${element.tagName.toLowerCase()}> "${label}"`;
	});
}

/**
 * Presses Tab until `target` has focus (then, if it was not ahead, Shift+Tab), at most `max`
 * presses each way. Failing here means a keyboard user cannot reach the control.
 */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
	await expect(target).toBeAttached();
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let presses = 0; presses < max; presses++) {
			if (await isFocused(target)) return;
			await page.keyboard.press(key);
		}
	}
	if (await isFocused(target)) return;
	throw new Error(
		`${max} presses of Tab and of Shift+Tab did not reach ${target.toString()}; focus is on ${await describeFocus(page)}.`,
	);
}

/** The focused control shows where it is: it matches :focus-visible and draws an outline. */
export async function expectVisibleFocus(target: Locator): Promise<void> {
	await expect(target).toBeFocused();
	const ring = await target.evaluate((element) => {
		const style = getComputedStyle(element);
		return { focusVisible: element.matches(':focus-visible'), style: style.outlineStyle, width: style.outlineWidth };
	});
	expect(ring.focusVisible, `${target.toString()} matches :focus-visible`).toBe(true);
	expect(ring.style, `${target.toString()} outline style`).not.toBe('none');
	expect(ring.width, `${target.toString()} outline width`).not.toBe('0px');
}
