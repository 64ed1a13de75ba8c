// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execute, PRACTICE_ROOT } from '@/simulator';
import { download } from '../../support/controlled-simulator-download';

/** The download of the simulator's operations, settled by each test when it chooses. */
vi.mock('@/store/simulator-loader', () => import('../../support/controlled-simulator-download'));

const { Console } = await import('@/components/console/Console');
const { testStore } = await import('./support');

const arrive = async () => {
	download.settle?.resolve({ execute });
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
	it('shows sign-in without downloading anything, and starts the download on first focus', () => {
		render(<Console store={testStore({ simulatorOnDemand: true })} />);
		expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
		expect(download.attempts).toBe(0);
		fireEvent.focus(screen.getByLabelText('Root user email address'));
		expect(download.attempts).toBe(1);
	});

	it('finishes a sign-in submitted before the download arrived', async () => {
		const store = testStore({ simulatorOnDemand: true });
		render(<Console store={store} />);
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
