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

/** Tabs to a control and presses a key on it (Enter by default). */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

/** Tabs to a text box, selects what is in it and types over it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
	await expect(target).toHaveValue(text);
}

/** Selects a radio button: Tab into its group (a group is one tab stop), then arrow keys. */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
	const name = await radio.getAttribute('name');
	const inGroup = () =>
		page.evaluate((groupName) => (document.activeElement as HTMLInputElement | null)?.name === groupName, name);
	for (let presses = 0; presses < 120 && !(await inGroup()); presses++) await page.keyboard.press('Tab');
	expect(await inGroup(), `focus reached the radio group "${name}"`).toBe(true);
	if (await isFocused(radio)) await page.keyboard.press('Space');
	for (let presses = 0; presses < 6 && !(await radio.isChecked()); presses++) await page.keyboard.press('ArrowDown');
	await expect(radio).toBeChecked();
	await expect(radio).toBeFocused();
}

/** Opens a service from the navigation bar's search: type, ArrowDown to the option, Enter. */
export async function openServiceByKeyboard(
	page: Page,
	query: string,
	service: RegExp,
	heading: string,
): Promise<void> {
	const search = page.getByRole('combobox', { name: 'Search for services' });
	await tabTo(page, search);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(query);
	await expect(search).toHaveAttribute('aria-expanded', 'true');
	const option = page.getByRole('option', { name: service });
	await expect(option).toBeVisible();
	// Move the highlight with the arrow keys until it is on the service wanted.
	for (let presses = 0; presses < 8 && (await option.getAttribute('aria-selected')) !== 'true'; presses++) {
		await page.keyboard.press('ArrowDown');
	}
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(search).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
	await page.keyboard.press('Enter');
	await expectScreenHeadingFocused(page, heading);
}

/** After a navigation the console moves focus to the new screen's heading; keyboard users go on from there. */
export async function expectScreenHeadingFocused(page: Page, name: string): Promise<void> {
	await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
}

/** Closes a dialog with Escape and checks focus went back to the control that opened it. */
export async function escapeDialog(page: Page, dialog: Locator, opener: Locator): Promise<void> {
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	await expectVisibleFocus(opener);
}
