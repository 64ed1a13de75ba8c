// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '@/simulator';
import { PracticeAuthenticator } from '@/components/console/side/PracticeAuthenticator';
import { AUTHENTICATOR_STORAGE_KEY, setSetupOffer } from '@/components/console/side/authenticator-signals';
import { renderWithConsole, T0 } from './harness';

const SECRET = 'GXVNEKS2MZO47FBZ3CSSWMYKBNUMMYABT6MT4JER3O324ITMKZZNAS5KYEY325YM';

beforeEach(() => localStorage.clear());
afterEach(() => {
	cleanup();
	setSetupOffer(null);
});

function shownCode(): string {
	const list = screen.getByRole('list', { name: 'Accounts' });
	const item = within(list).getAllByRole('listitem')[0];
	return (item?.querySelector('.auth__digits')?.textContent ?? '').replace(/\s/g, '');
}

describe('PracticeAuthenticator', () => {
	it('adds an account from a typed secret key and shows its current code', async () => {
		renderWithConsole(<PracticeAuthenticator />);
		fireEvent.click(screen.getByRole('button', { name: 'Enter a setup key' }));
		fireEvent.input(await screen.findByRole('textbox', { name: 'Account name' }), { target: { value: 'AWS root' } });
		fireEvent.input(screen.getByRole('textbox', { name: 'Secret key' }), {
			target: { value: SECRET.toLowerCase().replace(/(.{4})/g, '$1 ') },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
		expect(shownCode()).toBe(totpCode(SECRET, T0));
		const saved = JSON.parse(localStorage.getItem(AUTHENTICATOR_STORAGE_KEY) ?? '{}');
		expect(saved.version).toBe(2);
		expect(saved.state.accounts[0].secret).toBe(SECRET);
	});

	it('rejects a key that is not base32, tied to the field', async () => {
		renderWithConsole(<PracticeAuthenticator />);
		fireEvent.click(screen.getByRole('button', { name: 'Enter a setup key' }));
		fireEvent.input(await screen.findByRole('textbox', { name: 'Account name' }), { target: { value: 'x' } });
		fireEvent.input(screen.getByRole('textbox', { name: 'Secret key' }), { target: { value: 'hello-world-1890' } });
		fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
		expect(screen.getByRole('textbox', { name: 'Secret key' }).getAttribute('aria-invalid')).toBe('true');
	});

	it('"scans" the QR code the console shows', async () => {
		renderWithConsole(<PracticeAuthenticator />);
		await act(() =>
			setSetupOffer({
				uri: `otpauth://totp/Amazon%20Web%20Services:root-phone@111122223333?secret=${SECRET}&issuer=Amazon%20Web%20Services`,
			}),
		);
		fireEvent.click(await screen.findByRole('button', { name: 'Scan QR code' }));
		const list = await screen.findByRole('list', { name: 'Accounts' });
		expect(within(list).getByText('Amazon Web Services', { selector: '.auth__issuer' })).toBeTruthy();
		expect(within(list).getByText('root-phone@111122223333', { selector: '.auth__account-name span' })).toBeTruthy();
		expect(shownCode()).toBe(totpCode(SECRET, T0));
	});

	it('starts empty and says so when the saved value is damaged', async () => {
		localStorage.setItem(AUTHENTICATOR_STORAGE_KEY, '{not json');
		renderWithConsole(<PracticeAuthenticator />);
		expect((await screen.findByRole('status')).textContent).toMatch(/could not be read/);
		expect(screen.getByText('No accounts yet.')).toBeTruthy();
	});
});
