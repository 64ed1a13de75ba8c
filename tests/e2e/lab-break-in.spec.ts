import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import { expectAllTasksDone, openLab, openService } from './support/course';
import {
	chooseRadio,
	escapeDialog,
	expectMouseUnused,
	expectScreenHeadingFocused,
	expectVisibleFocus,
	guardAgainstTheMouse,
	openServiceByKeyboard,
	press,
	tabTo,
	typeInto,
} from './support/keyboard';

/**
 * Lesson 8's lab as a keyboard user on a phone-sized screen does it: read Event history to learn how
 * the intruder got in, delete their user and iam-admin's access keys, then find their instance in
 * Asia Pacific (Sydney) and terminate it. axe checks each new screen and dialog on the way.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LESSON = '/lessons/when-something-goes-wrong/';

test.use({ viewport: { width: 360, height: 740 }, actionTimeout: 15_000 });

/** Runs axe on the page as it is and keeps what it finds under the screen's name. */
function axeChecker(page: Page) {
	const violations: string[] = [];
	const check = async (screen: string) => {
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		for (const violation of results.violations)
			violations.push(
				`${screen}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
			);
	};
	return { check, violations };
}

test('the break-in lab, with the keyboard alone at 360 px', async ({ page }) => {
	test.setTimeout(4 * 60_000);
	await guardAgainstTheMouse(page);
	const problems = collectConsoleProblems(page);
	const axe = axeChecker(page);
	await page.goto(LESSON);
	const lab = await openLab(page);
	const tasks = lab.locator('.lab-tasks');

	// CloudTrail → Event history: who created support-backup, and with which key?
	await openServiceByKeyboard(page, 'CloudTrail', /^CloudTrail/, 'Event history');
	await expect(lab.getByRole('combobox', { name: 'Lookup attributes' })).toHaveValue('ReadOnly');
	await axe.check('event history');
	const attribute = lab.getByRole('combobox', { name: 'Lookup attributes' });
	await tabTo(page, attribute);
	await expectVisibleFocus(attribute);
	await page.keyboard.press('ArrowDown');
	await expect(attribute).toHaveValue('EventName');
	await typeInto(page, lab.getByRole('textbox', { name: 'Enter lookup value' }), 'CreateUser');
	await expect(lab.getByRole('status').filter({ hasText: /events? match/ })).toHaveText('2 events match.');
	const created = lab.getByRole('row').filter({ hasText: '192.0.2.44' });
	await expect(created.getByRole('cell', { name: 'iam-admin', exact: true })).toBeVisible();
	const leakedKey = (await created.locator('.c-mono').innerText()).trim();
	const details = created.getByRole('button', { name: 'CreateUser' });
	await press(page, details);
	const dialog = page.getByRole('dialog', { name: 'CreateUser' });
	await expect(dialog.getByRole('definition').filter({ hasText: leakedKey })).toBeVisible();
	await expect(dialog.getByRole('definition').filter({ hasText: 'AWS::IAM::User support-backup' })).toBeVisible();
	await axe.check('event details');
	await escapeDialog(page, dialog, details);

	// The way in: iam-admin's access key.
	await chooseRadio(page, tasks.getByRole('radio', { name: "With iam-admin's access key" }));
	// Answers are judged when the learner presses Check.
	await expect(tasks.locator('.lab-task--done')).toHaveCount(0);
	await press(page, tasks.getByRole('button', { name: 'Check task 1', exact: true }));
	await expect(tasks.locator('.lab-task--done')).toHaveCount(1);

	// IAM → Users: delete support-backup.
	await openServiceByKeyboard(page, 'IAM', /^IAM/, 'IAM Dashboard');
	await press(page, lab.getByRole('navigation', { name: /^Identity and Access/ }).getByRole('link', { name: 'Users' }));
	await expectScreenHeadingFocused(page, 'Users (2)');
	await press(page, lab.getByRole('checkbox', { name: 'Select support-backup', exact: true }), 'Space');
	await press(page, lab.getByRole('button', { name: 'Delete', exact: true }));
	const confirm = page.getByRole('dialog', { name: 'Delete support-backup?' });
	await typeInto(page, confirm.getByRole('textbox'), 'support-backup');
	await press(page, confirm.getByRole('button', { name: 'Delete', exact: true }));
	await expect(lab.getByRole('rowheader', { name: 'support-backup' })).toHaveCount(0);

	// iam-admin → Security credentials: delete both access keys.
	await press(page, lab.getByRole('link', { name: 'iam-admin', exact: true }));
	await expectScreenHeadingFocused(page, 'iam-admin');
	// The tabs are one tab stop; the arrow keys choose among them.
	await press(page, lab.getByRole('tab', { name: 'Permissions' }), 'ArrowRight');
	await expect(lab.getByRole('tab', { name: 'Security credentials' })).toHaveAttribute('aria-selected', 'true');
	const keys = lab.getByRole('region', { name: /^Access keys \(\d\)$/ });
	await expect(keys.getByRole('rowheader', { name: leakedKey })).toBeVisible();
	for (const remaining of [1, 0]) {
		await press(page, keys.getByRole('button', { name: /^Delete AKIA/ }).first());
		await expect(lab.getByRole('region', { name: `Access keys (${remaining})` })).toBeVisible();
	}

	// EC2: nothing in US East (N. Virginia), one instance in Sydney; terminate it.
	await openServiceByKeyboard(page, 'EC2', /^EC2/, 'Instances (0)');
	await expect(lab.getByText('Asia Pacific (Sydney) (ap-southeast-2): 1 running')).toBeVisible();
	await axe.check('EC2 instances, none here');
	const region = lab.getByRole('combobox', { name: 'Region', exact: true });
	await tabTo(page, region);
	for (let presses = 0; presses < 15 && (await region.inputValue()) !== 'ap-southeast-2'; presses++)
		await page.keyboard.press('ArrowDown');
	await expect(region).toHaveValue('ap-southeast-2');
	await expect(lab.getByRole('heading', { name: 'Instances (1)' })).toBeVisible();
	await press(page, lab.getByRole('checkbox', { name: /^Select i-/ }), 'Space');
	const stateMenu = lab.getByRole('button', { name: /^Instance state/ });
	await press(page, stateMenu);
	await expect(stateMenu).toHaveAttribute('aria-expanded', 'true');
	await axe.check('EC2 instance state menu');
	await press(page, lab.getByRole('button', { name: 'Terminate (delete) instance', exact: true }));
	const terminate = page.getByRole('dialog', { name: 'Terminate (delete) instance?' });
	await expect(terminate).toBeVisible();
	await axe.check('terminate dialog');
	await press(page, terminate.getByRole('button', { name: 'Terminate (delete)', exact: true }));
	const banner = lab.locator('.c-alert').filter({ hasText: /^Successfully initiated termination \(deletion\) of i-/ });
	await expect(banner).toBeFocused();
	await expect(lab.getByRole('cell', { name: 'Terminated' })).toBeVisible();
	await axe.check('EC2 instance terminated');

	await expectAllTasksDone(lab, 4);
	await expectMouseUnused(page);
	expect(axe.violations).toEqual([]);
	expect(problems).toEqual([]);
});

test('the new screens have no axe violations in the dark theme either', async ({ page }) => {
	test.setTimeout(2 * 60_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	const axe = axeChecker(page);
	await page.goto(LESSON);
	const lab = await openLab(page);
	await openService(lab, 'cloudtrail', /^CloudTrail/);
	await expect(lab.getByRole('heading', { name: 'Event history' })).toBeVisible();
	await axe.check('event history, dark');
	await lab
		.getByRole('button', { name: 'RunInstances' })
		.or(lab.getByRole('button', { name: 'CreateUser' }))
		.first()
		.click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await axe.check('event details, dark');
	await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
	await openService(lab, 'ec2', /^EC2/);
	await lab.getByRole('combobox', { name: 'Region', exact: true }).selectOption('ap-southeast-2');
	await lab.getByRole('checkbox', { name: /^Select i-/ }).check();
	await lab.getByRole('button', { name: /^Instance state/ }).click();
	await axe.check('EC2 instance state menu, dark');
	await lab.getByRole('button', { name: 'Stop instance', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Stop instance?' })).toBeVisible();
	await axe.check('stop dialog, dark');
	await page.getByRole('dialog').getByRole('button', { name: 'Stop', exact: true }).click();
	await expect(lab.getByRole('cell', { name: 'Stopped' })).toBeVisible();
	await expect(lab.locator('.lab-task').nth(3)).toContainText('is stopped, not terminated');
	expect(axe.violations).toEqual([]);
});
