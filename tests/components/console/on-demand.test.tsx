// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteUserAsConsoleDoes, execute, PRACTICE_ROOT, type CallContext, type SimState } from '@/simulator';
import { download } from '../../support/controlled-simulator-download';

/** The download of the simulator's operations, settled by each test when it chooses. */
vi.mock('@/store/simulator-loader', () => import('../../support/controlled-simulator-download'));

const { Console } = await import('@/components/console/Console');
const { testStore, signInPageArrived } = await import('./support');

const arrive = async () => {
	download.settle?.resolve({ execute, deleteUserAsConsoleDoes });
	await new Promise((resolve) => setTimeout(resolve, 0));
};
const fail = async () => {
	download.settle?.reject(new Error('offline'));
	await new Promise((resolve) => setTimeout(resolve, 0));
};

function signInAsRoot() {
	fireEvent.input(screen.getByLabelText('Root user email address'), { target: { value: PRACTICE_ROOT.email } });
	fireEvent.click(screen.getByRole('button', { name: 'Next' }));
	fireEvent.input(screen.getByLabelText(/^Password/), { target: { value: PRACTICE_ROOT.password } });
	fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

beforeEach(() => download.reset());
afterEach(cleanup);

describe('a console whose simulator downloads on first use (the sandbox)', () => {
	it('shows sign-in without downloading anything, and starts the download on first focus', async () => {
		render(<Console store={testStore({ simulatorOnDemand: true })} />);
		await signInPageArrived();
		expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
		expect(download.attempts).toBe(0);
		fireEvent.focus(screen.getByLabelText('Root user email address'));
		expect(download.attempts).toBe(1);
	});

	it('finishes a sign-in submitted before the download arrived', async () => {
		const store = testStore({ simulatorOnDemand: true });
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		expect(store.getState().sim.session).toBeNull();
		await arrive();
		// The password went through: a root user without MFA is asked to register it, and skips.
		fireEvent.click(await screen.findByRole('button', { name: /^Skip for now/ }));
		expect(screen.getByRole('heading', { name: 'Console Home' })).toBeTruthy();
		expect(store.getState().sim.session?.principal).toEqual({ type: 'Root' });
	});

	it('says when the download failed, keeps the form, and Try again finishes the sign-in', async () => {
		const store = testStore({ simulatorOnDemand: true });
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		await fail();
		const alert = screen.getByRole('alert');
		expect(alert.textContent).toContain('That did not go through yet');
		expect(screen.getByLabelText<HTMLInputElement>(/^Password/).value).toBe(PRACTICE_ROOT.password);
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		await arrive();
		fireEvent.click(await screen.findByRole('button', { name: /^Skip for now/ }));
		expect(screen.getByRole('heading', { name: 'Console Home' })).toBeTruthy();
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('holds a service page at "Loading…" until the simulator is there, then opens it and makes its first read', async () => {
		const store = testStore({ simulatorOnDemand: true, signedInAsRoot: true });
		render(<Console store={store} initialRoute={{ screen: 'billing-preferences' }} />);
		expect(screen.getByText('Loading…').getAttribute('role')).toBe('status');
		expect(download.attempts).toBe(1);
		await arrive();
		expect(await screen.findByRole('heading', { name: 'Billing preferences' })).toBeTruthy();
		expect(store.getState().sim.trail.at(-1)?.eventName).toBe('GetCostSummary');
	});

	it('explains a service page that could not load, and opens it on Try again', async () => {
		render(
			<Console
				store={testStore({ simulatorOnDemand: true, signedInAsRoot: true })}
				initialRoute={{ screen: 'billing-preferences' }}
			/>,
		);
		await fail();
		expect(screen.getByRole('alert').textContent).toContain('This page did not load');
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		await arrive();
		expect(await screen.findByRole('heading', { name: 'Billing preferences' })).toBeTruthy();
	});

	it('moves focus to the heading of a late screen when the learner has not moved it meanwhile', async () => {
		render(<Console store={testStore({ simulatorOnDemand: true, signedInAsRoot: true })} />);
		const search = screen.getByRole('combobox', { name: 'Search for services' });
		search.focus();
		fireEvent.input(search, { target: { value: 'billing' } });
		fireEvent.click(screen.getByRole('option', { name: 'Billing and Cost Management' }));
		expect(screen.getByText('Loading…')).toBeTruthy();
		await arrive();
		const heading = await screen.findByRole('heading', { name: 'Home' });
		// The console moves focus once the screen reports that it has arrived (an effect after render).
		await waitFor(() => expect(document.activeElement).toBe(heading));
	});

	it('leaves focus with a learner who went on typing in the services search while the screen was loading', async () => {
		render(<Console store={testStore({ simulatorOnDemand: true, signedInAsRoot: true })} />);
		const search = screen.getByRole('combobox', { name: 'Search for services' });
		search.focus();
		fireEvent.input(search, { target: { value: 'billing' } });
		fireEvent.click(screen.getByRole('option', { name: 'Billing and Cost Management' }));
		// The learner goes on typing in the search box before the page arrives.
		fireEvent.keyDown(search, { key: 'c' });
		fireEvent.input(search, { target: { value: 'cloud' } });
		await arrive();
		const heading = await screen.findByRole('heading', { name: 'Home' });
		// Give the console every chance to move focus, as it would for a learner who had not moved it.
		await waitFor(() => expect(heading.isConnected).toBe(true));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(document.activeElement).toBe(search);
		expect(screen.getByRole('option', { name: 'CloudWatch' })).toBeTruthy();
	});
});

describe('the root user’s IAM Users list before the simulator has downloaded', () => {
	const withUsers = (state: SimState, ctx: CallContext) =>
		['ana', 'iam-admin'].reduce(
			(account, UserName) => execute(account, { op: 'CreateUser', input: { UserName } }, ctx).state,
			state,
		);

	it('shows the root user every user at once, and records opening IAM once the operations arrive', async () => {
		const store = testStore({ simulatorOnDemand: true, signedInAsRoot: true, prepare: withUsers });
		render(<Console store={store} initialRoute={{ screen: 'iam-users' }} />);
		expect(await screen.findByRole('heading', { name: 'Users (2)' })).toBeTruthy();
		expect(screen.getByRole('link', { name: 'ana' })).toBeTruthy();
		expect(download.attempts).toBe(0);
		const trailBefore = store.getState().sim.trail.length;
		fireEvent.focus(screen.getByRole('button', { name: 'Create user' }));
		expect(download.attempts).toBe(1);
		await arrive();
		await waitFor(() => expect(store.getState().sim.trail.length).toBe(trailBefore + 1));
	});

	it('deletes a user chosen before the operations arrived, once they do', async () => {
		const store = testStore({ simulatorOnDemand: true, signedInAsRoot: true, prepare: withUsers });
		render(<Console store={store} initialRoute={{ screen: 'iam-users' }} />);
		fireEvent.click(await screen.findByRole('checkbox', { name: 'Select ana' }));
		fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
		fireEvent.input(screen.getByLabelText('To confirm deletion, enter ana in the field.'), {
			target: { value: 'ana' },
		});
		fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
		expect(Object.keys(store.getState().sim.iam.users)).toContain('ana');
		await arrive();
		await waitFor(() => expect(screen.getByText('User ana deleted.')).toBeTruthy());
		expect(Object.keys(store.getState().sim.iam.users)).toEqual(['iam-admin']);
	});

	it('holds an IAM user at "Loading…" until the operations can say whether IAM allows the list', async () => {
		const store = testStore({
			simulatorOnDemand: true,
			prepare: (state, ctx) => ({
				...withUsers(state, ctx),
				session: { principal: { type: 'IAMUser', userName: 'ana' }, withMfa: false, since: ctx.now },
			}),
		});
		render(<Console store={store} initialRoute={{ screen: 'iam-users' }} />);
		expect(screen.getByText('Loading…')).toBeTruthy();
		expect(download.attempts).toBe(1);
		await arrive();
		// ana has no policy: IAM refuses, as the real console's page would say.
		expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeTruthy();
		expect(screen.queryByRole('link', { name: 'iam-admin' })).toBeNull();
	});
});
