// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { execute, type CallContext, type SimState } from '@/simulator';
import { Console } from '@/components/console/Console';
import type { Route } from '@/components/console/routes';
import { testStore } from './support';

afterEach(cleanup);

function withUsers(...names: string[]) {
	return (state: SimState, ctx: CallContext) =>
		names.reduce(
			(current, name) => execute(current, { op: 'CreateUser', input: { UserName: name } }, ctx).state,
			state,
		);
}

/** Opens a screen and waits for the IAM screens' code, which the console downloads on first use. */
async function open(route: Route, heading: string | RegExp, prepare?: ReturnType<typeof withUsers>) {
	const store = testStore({ signedInAsRoot: true, ...(prepare ? { prepare } : {}) });
	render(<Console store={store} initialRoute={route} />);
	await screen.findByRole('heading', { name: heading }, { timeout: 10_000 });
	return store;
}

describe('Users list: Delete', () => {
	it('deletes one user only after its name is typed', async () => {
		const store = await open({ screen: 'iam-users' }, 'Users (2)', withUsers('alice', 'bob'));
		const deleteButton = () => screen.getAllByRole('button', { name: 'Delete' })[0]!;
		expect((deleteButton() as HTMLButtonElement).disabled).toBe(true);
		fireEvent.click(screen.getByRole('checkbox', { name: 'Select alice' }));
		fireEvent.click(deleteButton());

		const dialog = screen.getByRole('dialog', { name: 'Delete alice?' });
		const confirm = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Delete' });
		expect(confirm.disabled).toBe(true);
		const field = within(dialog).getByRole('textbox', { name: 'To confirm deletion, enter alice in the field.' });
		fireEvent.input(field, { target: { value: 'bob' } });
		expect(confirm.disabled).toBe(true);
		fireEvent.input(field, { target: { value: 'alice' } });
		expect(confirm.disabled).toBe(false);
		fireEvent.click(confirm);

		expect(store.getState().sim.iam.users['alice']).toBeUndefined();
		expect(store.getState().sim.iam.users['bob']).toBeDefined();
		expect(screen.getByText('User alice deleted.')).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Users (1)' })).toBeTruthy();
	});

	it('asks for "delete" when several users are chosen, and Cancel keeps them', async () => {
		const store = await open({ screen: 'iam-users' }, 'Users (2)', withUsers('alice', 'bob'));
		fireEvent.click(screen.getByRole('checkbox', { name: 'Select alice' }));
		fireEvent.click(screen.getByRole('checkbox', { name: 'Select bob' }));
		fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]!);
		const dialog = screen.getByRole('dialog', { name: 'Delete 2 users?' });
		fireEvent.input(within(dialog).getByRole('textbox', { name: /enter delete in the field/ }), {
			target: { value: 'delete' },
		});
		fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
		expect(Object.keys(store.getState().sim.iam.users).sort()).toEqual(['alice', 'bob']);

		fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]!);
		const again = screen.getByRole('dialog', { name: 'Delete 2 users?' });
		// The typed confirmation does not carry over to the next time the dialog opens.
		expect(within(again).getByRole<HTMLButtonElement>('button', { name: 'Delete' }).disabled).toBe(true);
		fireEvent.input(within(again).getByRole('textbox', { name: /enter delete/ }), { target: { value: 'delete' } });
		fireEvent.click(within(again).getByRole('button', { name: 'Delete' }));
		expect(store.getState().sim.iam.users).toEqual({});
		expect(screen.getByText('2 users deleted.')).toBeTruthy();
	});
});

// Screens' code downloads (and compiles in the test runner) on first use: allow time on a busy machine.
describe('Users list: column chooser', { timeout: 20_000 }, () => {
	const ALL_COLUMNS = [
		'User name',
		'Path',
		'Groups',
		'Last activity',
		'MFA',
		'Password age',
		'Console last sign-in',
		'Access key ID',
		'Active key age',
		'Access key last used',
		'ARN',
		'Creation time',
		'Console access',
		'Signing certificates',
	];
	const headers = () => screen.getAllByRole('columnheader').map((cell) => cell.textContent?.trim());
	const dialog = () => screen.getByRole('dialog', { name: 'Select visible columns' });
	const choose = (name: string) => fireEvent.click(within(dialog()).getByRole('checkbox', { name }));
	const press = (name: string) => fireEvent.click(within(dialog()).getByRole('button', { name }));

	it('offers every column the console has, behind the settings button, with the old defaults shown', async () => {
		await open({ screen: 'iam-users' }, 'Users (1)', withUsers('alice'));
		expect(headers().filter((h) => h !== 'Select')).toEqual([
			'User name',
			'Path',
			'Groups',
			'Last activity',
			'MFA',
			'Password age',
			'Console last sign-in',
			'Access key ID',
			'Active key age',
			'Creation time',
		]);
		fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
		expect(
			within(dialog())
				.getAllByRole('checkbox')
				.map((box) => box.parentElement?.textContent),
		).toEqual(ALL_COLUMNS);
		for (const name of ['Access key last used', 'ARN', 'Console access', 'Signing certificates']) choose(name);
		press('Confirm');
		expect(headers().filter((h) => h !== 'Select')).toEqual(ALL_COLUMNS);
	});

	it('hides and shows columns, keeps User name, and Cancel changes nothing', async () => {
		await open({ screen: 'iam-users' }, 'Users (1)', withUsers('alice'));
		expect(headers()).toContain('User name');
		expect(headers()).toContain('Creation time');

		fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
		const userName = within(dialog()).getByRole('checkbox', { name: 'User name' });
		expect((userName as HTMLInputElement).disabled).toBe(true);
		choose('Creation time');
		press('Cancel');
		expect(headers()).toContain('Creation time');

		fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
		choose('Creation time');
		press('Confirm');
		expect(headers()).not.toContain('Creation time');
		expect(headers()).toContain('User name');

		fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
		choose('Creation time');
		press('Confirm');
		expect(headers()).toContain('Creation time');
	});
});

// Screens' code downloads (and compiles in the test runner) on first use: allow time on a busy machine.
describe('Users list: credential columns', { timeout: 20_000 }, () => {
	const DAY = 86_400_000;
	/** alice: a password and a key, both `days` old (the clock only moves forward, so their dates are moved back); bob: nothing. */
	const aged =
		(days: number, keyLastUsedDaysAgo?: number) =>
		(state: SimState, ctx: CallContext): SimState => {
			let next = withUsers('alice', 'bob')(state, ctx);
			next = execute(
				next,
				{ op: 'CreateLoginProfile', input: { UserName: 'alice', Password: 'Practice-Pass-123' } },
				ctx,
			).state;
			next = execute(next, { op: 'CreateAccessKey', input: { UserName: 'alice' } }, ctx).state;
			const alice = next.iam.users['alice']!;
			const then = ctx.now - days * DAY;
			const lastUsed =
				keyLastUsedDaysAgo === undefined
					? {}
					: { lastUsed: { date: ctx.now - keyLastUsedDaysAgo * DAY, serviceName: 's3', region: 'us-east-1' } };
			const older = {
				...alice,
				loginProfile: { ...alice.loginProfile!, passwordLastChanged: then },
				accessKeys: alice.accessKeys.map((key) => ({ ...key, CreateDate: then, ...lastUsed })),
			};
			return { ...next, iam: { ...next.iam, users: { ...next.iam.users, alice: older } } };
		};
	const cell = (user: string, column: string) => {
		const columnIndex = screen.getAllByRole('columnheader').findIndex((c) => c.textContent?.trim() === column);
		const row = screen.getByRole('rowheader', { name: user }).closest('tr') as HTMLElement;
		return row.children[columnIndex] as HTMLElement;
	};
	const showAccessKeyLastUsed = () => {
		fireEvent.click(screen.getByRole('button', { name: 'Preferences' }));
		fireEvent.click(
			within(screen.getByRole('dialog', { name: 'Select visible columns' })).getByRole('checkbox', {
				name: 'Access key last used',
			}),
		);
		fireEvent.click(
			within(screen.getByRole('dialog', { name: 'Select visible columns' })).getByRole('button', { name: 'Confirm' }),
		);
	};

	it.each([
		[10, 'Less than 90 days'],
		[120, '90 days or more'],
		[400, 'A year or more'],
	])('flags a %i-day-old password and key with an icon that says %s', async (days, flag) => {
		await open({ screen: 'iam-users' }, 'Users (2)', aged(days));
		for (const column of ['Password age', 'Active key age']) {
			expect(within(cell('alice', column)).getByRole('img').getAttribute('aria-label')).toBe(flag);
			expect(cell('alice', column).textContent).toContain(`${days} days`);
		}
		expect(cell('bob', 'Password age').textContent).toBe('None');
		expect(cell('bob', 'Active key age').textContent).toBe('-');
	});

	it('says Never for a key that signed nothing and None without keys', async () => {
		await open({ screen: 'iam-users' }, 'Users (2)', aged(1));
		showAccessKeyLastUsed();
		expect(cell('alice', 'Access key last used').textContent).toBe('Never');
		expect(cell('bob', 'Access key last used').textContent).toBe('None');
		expect(cell('alice', 'Access key ID').textContent).toMatch(/^Active - AKIA/);
	});

	it('shows how long ago a key last signed a request, flagged by age', async () => {
		const used = aged(200, 100);
		await open({ screen: 'iam-users' }, 'Users (2)', used);
		showAccessKeyLastUsed();
		const lastUsed = cell('alice', 'Access key last used');
		expect(lastUsed.textContent).toBe('100 days ago');
		expect(within(lastUsed).getByRole('img').getAttribute('aria-label')).toBe('90 days or more');
	});
});

describe('IAM dashboard: account alias', () => {
	it('creates, edits and deletes the alias, with the sign-in URL following it', async () => {
		const store = await open({ screen: 'iam-dashboard' }, 'IAM Dashboard');
		fireEvent.click(screen.getByRole('button', { name: 'Create' }));
		let dialog = screen.getByRole('dialog', { name: 'Create alias for AWS account' });
		const field = () => within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Preferred alias' });
		fireEvent.input(field(), { target: { value: 'Bad_Alias' } });
		fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
		expect(field().getAttribute('aria-invalid')).toBe('true');
		expect(store.getState().sim.account.alias).toBeUndefined();

		fireEvent.input(field(), { target: { value: 'my-practice-account' } });
		fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
		expect(store.getState().sim.account.alias).toBe('my-practice-account');
		expect(screen.getByText('https://my-practice-account.signin.aws.amazon.com/console')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
		dialog = screen.getByRole('dialog', { name: 'Edit account alias' });
		expect((field() as HTMLInputElement).value).toBe('my-practice-account');
		fireEvent.input(field(), { target: { value: 'renamed-account' } });
		fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
		expect(store.getState().sim.account.alias).toBe('renamed-account');

		fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
		dialog = screen.getByRole('dialog', { name: 'Delete account alias?' });
		expect(dialog.textContent).toContain('https://renamed-account.signin.aws.amazon.com/console');
		fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
		expect(store.getState().sim.account.alias).toBeUndefined();
		expect(screen.getByText('https://111122223333.signin.aws.amazon.com/console')).toBeTruthy();
	});
});
