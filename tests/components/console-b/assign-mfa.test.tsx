// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { totpCode } from '@/simulator';
import { AssignMfaScreen } from '@/components/console/security/AssignMfaScreen';
import { getSetupOffer } from '@/components/console/side/authenticator-signals';
import { takeFlash } from '@/components/console/side/flash';
import { answerTouchRequest, getTouchRequest } from '@/components/console/side/practice-key-signals';
import { renderWithConsole, T0 } from './harness';

afterEach(cleanup);

function type(label: RegExp | string, value: string) {
	fireEvent.input(screen.getByRole('textbox', { name: label }), { target: { value } });
}

/** Fills step 1 with a valid name and Authenticator app, and returns the secret shown on step 2. */
function reachSetUpDevice(deviceName = 'root-phone'): string {
	type(/^Device name/, deviceName);
	fireEvent.click(screen.getByRole('radio', { name: /Authenticator app/ }));
	fireEvent.click(screen.getByRole('button', { name: 'Next' }));
	expect(screen.getByRole('heading', { name: 'Set up device' })).toBeTruthy();
	fireEvent.click(screen.getByRole('button', { name: 'Show secret key' }));
	const secret = screen.getByTestId('mfa-secret-key').getAttribute('data-secret');
	if (!secret) throw new Error('No secret key shown');
	return secret;
}

describe('AssignMfaScreen', () => {
	it('rejects a device name with a space, tied to the field', () => {
		renderWithConsole(<AssignMfaScreen />);
		type(/^Device name/, 'my phone');
		fireEvent.click(screen.getByRole('radio', { name: /Authenticator app/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		const input = screen.getByRole('textbox', { name: /^Device name/ });
		expect(input.getAttribute('aria-invalid')).toBe('true');
		const describedBy = input.getAttribute('aria-describedby') ?? '';
		const error = document.getElementById(describedBy.split(' ')[0] ?? '');
		expect(error?.textContent).toMatch(/no spaces/);
		expect(screen.queryByRole('heading', { name: 'Set up device' })).toBeNull();
	});

	it('asks for a device name when it is empty', () => {
		renderWithConsole(<AssignMfaScreen />);
		fireEvent.click(screen.getByRole('radio', { name: /Authenticator app/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByText('Enter a device name.')).toBeTruthy();
	});

	it('says what a passkey creates before the browser asks, then assigns one made by the practice security key', async () => {
		const { harness } = renderWithConsole(<AssignMfaScreen />);
		type(/^Device name/, 'root-key');
		fireEvent.click(screen.getByRole('radio', { name: /Passkey or security key/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('heading', { name: 'Set up device' })).toBeTruthy();
		expect(screen.getByText('What your browser is about to create')).toBeTruthy();
		expect(screen.getByText(/It can\s+never sign in to AWS/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Use the practice security key' }));
		await waitFor(() => expect(getTouchRequest()).toMatchObject({ kind: 'create', userName: 'root @ 111122223333' }));
		answerTouchRequest(true);
		await waitFor(() => expect(harness.navigations.at(-1)).toEqual({ screen: 'security-credentials' }));
		expect(harness.state().root.mfaSerials).toEqual([expect.stringMatching(/:u2f\/root\/root-key-[A-Z2-7]{26}$/)]);
		expect(takeFlash('security-credentials')?.body).toMatch(/^root-key is now assigned to the root user/);
	});

	it('says so when the learner does not allow the practice security key, and assigns nothing', async () => {
		const { harness } = renderWithConsole(<AssignMfaScreen />);
		type(/^Device name/, 'root-key');
		fireEvent.click(screen.getByRole('radio', { name: /Passkey or security key/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		fireEvent.click(screen.getByRole('button', { name: 'Use the practice security key' }));
		await waitFor(() => expect(getTouchRequest()).not.toBeNull());
		answerTouchRequest(false);
		await waitFor(() => expect(screen.getByText('No passkey was registered')).toBeTruthy());
		expect(screen.getByText(/cancelled, timed out or not allowed, so nothing was created/)).toBeTruthy();
		expect(harness.state().root.mfaSerials).toEqual([]);
	});

	it('assigns the device with two consecutive codes and returns to Security credentials', () => {
		const { harness } = renderWithConsole(<AssignMfaScreen />);
		const secret = reachSetUpDevice();
		expect(secret).toMatch(/^[A-Z2-7]{64}$/);
		expect(getSetupOffer()?.uri).toContain(`secret=${secret}`);
		type('MFA code 1', totpCode(secret, T0 - 30_000));
		type('MFA code 2', totpCode(secret, T0));
		fireEvent.click(screen.getByRole('button', { name: 'Add MFA' }));
		expect(harness.state().root.mfaSerials).toHaveLength(1);
		expect(harness.navigations.at(-1)).toEqual({ screen: 'security-credentials' });
		expect(getSetupOffer()).toBeNull();
	});

	it('assigns a device with codes typed too late, and says it is out of sync', () => {
		const { harness } = renderWithConsole(<AssignMfaScreen />);
		const secret = reachSetUpDevice();
		type('MFA code 1', totpCode(secret, T0 - 30_000));
		type('MFA code 2', totpCode(secret, T0));
		harness.setNow(T0 + 5 * 60_000);
		fireEvent.click(screen.getByRole('button', { name: 'Add MFA' }));
		expect(harness.state().root.mfaSerials).toHaveLength(1);
		expect(takeFlash('security-credentials')?.body).toMatch(
			/^root-phone is now assigned to the root user, but it is out of sync/,
		);
		expect(harness.announcements.at(-1)).toBe(
			'MFA device assigned, but out of sync. Resync it before you sign in with it.',
		);
	});

	it('says nothing about sync for codes typed in time', () => {
		renderWithConsole(<AssignMfaScreen />);
		const secret = reachSetUpDevice();
		type('MFA code 1', totpCode(secret, T0 - 30_000));
		type('MFA code 2', totpCode(secret, T0));
		fireEvent.click(screen.getByRole('button', { name: 'Add MFA' }));
		expect(takeFlash('security-credentials')?.body).toBe(
			'root-phone is now assigned to the root user. From the next sign-in, a code from it is needed.',
		);
	});

	it('rejects two identical codes with the simulator message, tied to both fields', async () => {
		const { harness } = renderWithConsole(<AssignMfaScreen />);
		const secret = reachSetUpDevice();
		const code = totpCode(secret, T0);
		type('MFA code 1', code);
		type('MFA code 2', code);
		fireEvent.click(screen.getByRole('button', { name: 'Add MFA' }));
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).not.toBe('');
		for (const name of ['MFA code 1', 'MFA code 2']) {
			const input = screen.getByRole('textbox', { name });
			expect(input.getAttribute('aria-invalid')).toBe('true');
			expect(input.getAttribute('aria-describedby')).toContain('mfa-codes-error');
		}
		expect(harness.state().root.mfaSerials).toHaveLength(0);
	});

	it('checks the code format before calling the simulator', () => {
		renderWithConsole(<AssignMfaScreen />);
		reachSetUpDevice();
		type('MFA code 1', '12345');
		fireEvent.click(screen.getByRole('button', { name: 'Add MFA' }));
		expect(screen.getByText('MFA code 1 must be exactly six digits.')).toBeTruthy();
	});

	it('deletes the unassigned device when the wizard is abandoned', async () => {
		const { harness, unmount } = renderWithConsole(<AssignMfaScreen />);
		reachSetUpDevice('left-behind');
		expect(Object.keys(harness.state().iam.mfaDevices)).toHaveLength(1);
		unmount();
		await waitFor(() => expect(Object.keys(harness.state().iam.mfaDevices)).toHaveLength(0));
	});

	it('reports a duplicate device name on the Device name field', () => {
		const { harness } = renderWithConsole(<AssignMfaScreen />);
		harness.run({ op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: 'taken' } });
		type(/^Device name/, 'taken');
		fireEvent.click(screen.getByRole('radio', { name: /Authenticator app/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('textbox', { name: /^Device name/ }).getAttribute('aria-invalid')).toBe('true');
		expect(screen.queryByRole('heading', { name: 'Set up device' })).toBeNull();
	});
});
