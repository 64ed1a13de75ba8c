// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { execute, PRACTICE_ROOT, totpCode, type ApiCall, type CallContext, type SimState } from '@/simulator';
import { Console } from '@/components/console/Console';
import { T0, testStore, signInPageArrived } from './support';

afterEach(cleanup);

let seed = '';

/** Root enabled its device with codes typed 10 minutes late (so it is out of sync), then signed out. */
function outOfSyncRoot(state: SimState, ctx: CallContext): SimState {
	const run = (current: SimState, call: ApiCall) => execute(current, call, ctx);
	let next: SimState = { ...state, session: { principal: { type: 'Root' }, withMfa: false, since: ctx.now } };
	const created = run(next, { op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: 'root-phone' } });
	if (!created.response.ok) throw new Error(created.response.error.message);
	const device = (created.response.output as { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } })
		.VirtualMFADevice;
	seed = device.Base32StringSeed;
	const late = ctx.now - 600_000;
	next = run(created.state, {
		op: 'EnableMFADevice',
		input: {
			SerialNumber: device.SerialNumber,
			AuthenticationCode1: totpCode(seed, late - 30_000),
			AuthenticationCode2: totpCode(seed, late),
		},
	}).state;
	return { ...next, session: null };
}

function type(label: string | RegExp, value: string) {
	fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('resynchronizing from the sign-in page', () => {
	it('says a device may be out of sync, and resyncs it with two consecutive codes without signing in', async () => {
		const store = testStore({ prepare: outOfSyncRoot });
		render(<Console store={store} />);
		await signInPageArrived();
		type('Root user email address', PRACTICE_ROOT.email);
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		type(/^Password/, PRACTICE_ROOT.password);
		fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
		expect(await screen.findByRole('heading', { name: 'Multi-factor authentication' })).toBeTruthy();

		// The current code fails: the device expects codes from 10 minutes ago.
		fireEvent.input(screen.getByRole('textbox', { name: 'MFA code' }), { target: { value: totpCode(seed, T0) } });
		fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
		expect(document.activeElement?.textContent).toContain('Your MFA device may be out of sync:');

		const toggle = screen.getByRole('button', { name: 'Resync MFA device' });
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		await screen.findByRole('textbox', { name: 'MFA code 1' });
		type('MFA code 1', totpCode(seed, T0 - 30_000));
		type('MFA code 2', totpCode(seed, T0));
		fireEvent.click(screen.getByRole('button', { name: 'Resync' }));

		const done = screen
			.getAllByRole('status')
			.find((element) => element.textContent?.includes('MFA device resynchronized'));
		expect(done?.textContent).toContain('Wait for your authenticator app to show a new code');
		expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'MFA code' }));
		expect(screen.queryByRole('textbox', { name: 'MFA code 1' })).toBeNull();
		const sim = store.getState().sim;
		expect(sim.session).toBeNull();
		expect(Object.values(sim.iam.mfaDevices)[0]?.clockOffsetSteps).toBeUndefined();
	});

	it('shows why codes were refused, on both code fields', async () => {
		render(<Console store={testStore({ prepare: outOfSyncRoot })} />);
		await signInPageArrived();
		type('Root user email address', PRACTICE_ROOT.email);
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		type(/^Password/, PRACTICE_ROOT.password);
		fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Resync MFA device' }));
		await screen.findByRole('textbox', { name: 'MFA code 1' });
		type('MFA code 1', '000000');
		type('MFA code 2', '111111');
		fireEvent.click(screen.getByRole('button', { name: 'Resync' }));
		expect(screen.getByRole('alert').textContent).toBe('Authentication code for device is not valid.');
		expect(screen.getByRole('textbox', { name: 'MFA code 1' }).getAttribute('aria-invalid')).toBe('true');
	});
});
