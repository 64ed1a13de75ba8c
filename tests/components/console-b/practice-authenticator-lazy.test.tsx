// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PracticeAuthenticator } from '@/components/console/side/PracticeAuthenticator';
import { setSetupOffer } from '@/components/console/side/authenticator-signals';
import { renderWithConsole } from './harness';

// A file of its own: the panel's code downloads once per page (here, per test file), and these
// tests need a page where it has not downloaded yet.
const downloads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/components/console/side/AuthenticatorPanel', async (importOriginal) => {
	downloads.count += 1;
	return importOriginal();
});

afterEach(() => {
	cleanup();
	setSetupOffer(null);
});

describe('PracticeAuthenticator before its first use', () => {
	it('shows an empty authenticator without downloading its working part', async () => {
		renderWithConsole(<PracticeAuthenticator />);
		expect(screen.getByText('No accounts yet.')).toBeTruthy();
		expect(screen.getByText('The console has no QR code open right now.')).toBeTruthy();
		await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
		expect(downloads.count).toBe(0);
	});

	it('downloads it when the learner presses a button, then does what they asked', async () => {
		renderWithConsole(<PracticeAuthenticator />);
		fireEvent.click(screen.getByRole('button', { name: 'Enter a setup key' }));
		const name = await screen.findByRole('textbox', { name: 'Account name' });
		await waitFor(() => expect(document.activeElement).toBe(name));
		expect(downloads.count).toBe(1);
	});
});
