// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The error box's download fails, as it would offline: the module cannot be fetched.
vi.mock('@/components/console/ui/ApiErrorAlert', () => Promise.reject(new Error('offline')));

const { CallErrorAlertOnDemand } = await import('@/components/console/ui/CallErrorAlertOnDemand');

afterEach(cleanup);

describe('an error box downloaded on demand', () => {
	it('still shows AWS’s message when its download fails', async () => {
		const error = {
			code: 'AccessDenied',
			message: "You don't have permission to iam:DeleteUser.",
			httpStatus: 403,
		} as const;
		render(<CallErrorAlertOnDemand error={error} />);
		expect((await screen.findByText('Access denied')).closest('.c-alert')?.textContent).toContain(
			"You don't have permission to iam:DeleteUser.",
		);
	});
});
