// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { execute, PRACTICE_ROOT } from '@/simulator';
import { Console } from '@/components/console/Console';
import { testStore, signInPageArrived } from './support';

afterEach(cleanup);

function type(label: string | RegExp, value: string) {
	fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function signInAsRoot(password: string = PRACTICE_ROOT.password) {
	type('Root user email address', PRACTICE_ROOT.email);
	fireEvent.click(screen.getByRole('button', { name: 'Next' }));
	type(/^Password/, password);
	fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
	it('signs the root user in with the practice credentials and opens Console Home', async () => {
		const store = testStore();
		render(<Console store={store} />);
		await signInPageArrived();
		signInAsRoot();
		// Without MFA, the root user meets the prompt to register it first, and skips it.
		fireEvent.click(await screen.findByRole('button', { name: /^Skip for now/ }));
		expect(screen.getByRole('heading', { name: 'Console Home' })).toBeTruthy();
		expect(store.getState().sim.session?.principal).toEqual({ type: 'Root' });
		expect(screen.getByRole('button', { name: /Account menu, signed in as Root user/ })).toBeTruthy();
	});

	it('shows AWS’s failure message tied to the form and focuses it', async () => {
		render(<Console store={testStore()} />);
		await signInPageArrived();
		signInAsRoot('wrong password');
		const form = screen.getByRole('form', { name: 'Root user sign-in' });
		const alertId = form.getAttribute('aria-describedby');
		expect(alertId).toBeTruthy();
		const alert = document.getElementById(alertId ?? '');
		expect(alert?.textContent).toContain('Your authentication information is incorrect. Please try again.');
		expect(document.activeElement).toBe(alert);
	});

	it('asks for the email before moving on, with the error tied to the field', async () => {
		render(<Console store={testStore()} />);
		await signInPageArrived();
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		const field = screen.getByLabelText('Root user email address');
		expect(field.getAttribute('aria-invalid')).toBe('true');
		const describedBy = field.getAttribute('aria-describedby') ?? '';
		expect(document.getElementById(describedBy)?.textContent).toBe('Enter your root user email address.');
	});

	it('offers the IAM user form with account, user name and password, and a way back to root', async () => {
		render(<Console store={testStore()} />);
		await signInPageArrived();
		fireEvent.click(screen.getByRole('radio', { name: /IAM user/ }));
		expect(screen.getByLabelText('Account ID (12 digits) or account alias')).toBeTruthy();
		expect(screen.getByLabelText('IAM user name')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Sign in using root user email' }));
		expect(screen.getByLabelText('Root user email address')).toBeTruthy();
	});

	it('opens the IAM user form prefilled from the sign-in URL', async () => {
		render(
			<Console store={testStore()} initialRoute={{ screen: 'sign-in', mode: 'iam-user', account: '111122223333' }} />,
		);
		await signInPageArrived();
		expect(screen.getByLabelText<HTMLInputElement>('Account ID (12 digits) or account alias').value).toBe(
			'111122223333',
		);
	});

	it('makes an IAM user with a temporary password choose a new one, then signs in', async () => {
		const store = testStore({
			prepare: (state, ctx) => {
				const asRoot = { ...state, session: { principal: { type: 'Root' as const }, withMfa: false, since: ctx.now } };
				let next = execute(asRoot, { op: 'CreateUser', input: { UserName: 'iam-admin' } }, ctx).state;
				next = execute(
					next,
					{
						op: 'CreateLoginProfile',
						input: { UserName: 'iam-admin', Password: 'Temp-Passw0rd!', PasswordResetRequired: true },
					},
					ctx,
				).state;
				return { ...next, session: null };
			},
		});
		render(<Console store={store} />);
		await signInPageArrived();
		fireEvent.click(screen.getByRole('radio', { name: /IAM user/ }));
		type('Account ID (12 digits) or account alias', PRACTICE_ROOT.accountId);
		type('IAM user name', 'IAM-Admin');
		type('Password', 'Temp-Passw0rd!');
		fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

		expect(await screen.findByRole('heading', { name: 'Change password' })).toBeTruthy();
		type('Old password', 'Temp-Passw0rd!');
		type('New password', 'New-Passw0rd-2025');
		type('Retype new password', 'Something-else-1');
		fireEvent.click(screen.getByRole('button', { name: 'Confirm password change' }));
		const retype = screen.getByLabelText('Retype new password');
		expect(retype.getAttribute('aria-invalid')).toBe('true');
		expect(document.activeElement).toBe(retype);

		type('Retype new password', 'New-Passw0rd-2025');
		fireEvent.click(screen.getByRole('button', { name: 'Confirm password change' }));
		expect(screen.getByRole('heading', { name: 'Console Home' })).toBeTruthy();
		expect(store.getState().sim.session?.principal).toEqual({ type: 'IAMUser', userName: 'iam-admin' });
	});
});
