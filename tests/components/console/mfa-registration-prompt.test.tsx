// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PRACTICE_ROOT, type SimState } from '@/simulator';
import { Console } from '@/components/console/Console';
import { testStore, signInPageArrived } from './support';

afterEach(cleanup);

const DAY = 86_400_000;

function signInAsRoot() {
	fireEvent.input(screen.getByLabelText('Root user email address'), { target: { value: PRACTICE_ROOT.email } });
	fireEvent.click(screen.getByRole('button', { name: 'Next' }));
	fireEvent.input(screen.getByLabelText(/^Password/), { target: { value: PRACTICE_ROOT.password } });
	fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** An account whose root user first saw the prompt `days` days ago on the billing clock. */
function promptedDaysAgo(days: number) {
	return testStore({
		prepare: (state: SimState) => ({
			...state,
			root: { ...state.root, mfaPromptFirstShownAt: state.billing.clock - days * DAY },
		}),
	});
}

describe('the prompt to register MFA after the root password', () => {
	it('asks to register MFA, says how many days are left to skip, and skips to Console Home', async () => {
		const store = testStore();
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		const heading = await screen.findByRole('heading', { name: 'Register MFA for the root user' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect(screen.getByText('35 days').tagName).toBe('STRONG');
		expect(screen.getByRole('button', { name: 'Register MFA device' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Skip for now (35 days left)' }));
		expect(screen.getByRole('heading', { name: 'Console Home' })).toBeTruthy();
		expect(store.getState().sim.session).toMatchObject({ principal: { type: 'Root' }, withMfa: false });
	});

	it('says "1 day" on the last day it can be skipped', async () => {
		render(<Console store={promptedDaysAgo(34)} />);
		await signInPageArrived();
		signInAsRoot();
		expect(await screen.findByRole('button', { name: 'Skip for now (1 day left)' })).toBeTruthy();
	});

	it('leads to Assign MFA device with the whole console still open while days are left', async () => {
		const store = testStore();
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		fireEvent.click(await screen.findByRole('button', { name: 'Register MFA device' }));
		expect(await screen.findByRole('heading', { name: 'Assign MFA device' })).toBeTruthy();
		expect(screen.queryByText('Register an MFA device to continue')).toBeNull();
		expect(screen.getByRole('combobox', { name: 'Search for services' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
	});

	it('cancels back to the sign-in form', async () => {
		const store = testStore();
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
		expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
		expect(store.getState().sim.pendingSignIn).toBeNull();
	});

	it('offers no skip from day 36, and then shows only Assign MFA device and sign-out', async () => {
		const store = promptedDaysAgo(35);
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		expect(await screen.findByText('Registering MFA is now required')).toBeTruthy();
		expect(screen.queryByRole('button', { name: /^Skip for now/ })).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Register MFA device' }));
		expect(await screen.findByRole('heading', { name: 'Assign MFA device' })).toBeTruthy();
		expect(store.getState().sim.session?.mfaRegistrationRequired).toBe(true);
		expect(screen.getByText('Register an MFA device to continue')).toBeTruthy();
		// No way around it: no services search, no Console Home link, no Cancel in the wizard.
		const nav = screen.getByRole('navigation', { name: 'Console navigation' });
		expect(within(nav).queryByRole('combobox', { name: 'Search for services' })).toBeNull();
		expect(within(nav).queryByRole('link', { name: 'Console Home' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
		fireEvent.click(within(nav).getByRole('button', { name: /Account menu/ }));
		expect(within(nav).queryByRole('button', { name: 'Security credentials' })).toBeNull();
		fireEvent.click(within(nav).getByRole('button', { name: 'Sign out' }));
		expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
	});
});
