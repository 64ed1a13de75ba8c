import { describe, expect, it } from 'vitest';
import {
	MFA_REGISTRATION_GRACE_DAYS,
	PRACTICE_ROOT,
	selectMfaRegistrationPrompt,
	selectMfaRegistrationRequired,
	totpCode,
	type ApiCall,
} from '@/simulator';
import { given, type Given } from '../../support/given.ts';
import { T0 } from '../../support/context.ts';

const ROOT_LOGIN: ApiCall = {
	op: 'ConsoleLogin',
	input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Moves the billing clock forward by whole hours, in the steps AdvanceBillingClock allows. */
function fastForward(g: Given, hours: number): void {
	for (let left = hours; left > 0; left -= 744)
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: Math.min(744, left) } });
}

/** Signs in as root without MFA (first showing of the prompt on the billing clock's day 1), then signs out. */
function promptedOnce(): Given {
	const g = given();
	g.ok(ROOT_LOGIN);
	g.ok({ op: 'SkipMFARegistration', input: {} });
	g.ok({ op: 'ConsoleLogout', input: {} });
	return g;
}

const MUST_REGISTER = 'Register an MFA device for the root user first: the 35 days to skip this are over.';

describe('the prompt to register MFA at root sign-in', () => {
	it('follows a correct root password when the root user has no MFA, and starts the 35 days on the billing clock', () => {
		const g = given();
		expect(selectMfaRegistrationPrompt(g.state)).toEqual({ daysLeft: 35, canSkip: true });
		expect(g.ok(ROOT_LOGIN)).toEqual({ Result: 'MFARegistrationPrompt' });
		expect(g.state.session).toBeNull();
		expect(g.state.pendingSignIn).toMatchObject({ principal: { type: 'Root' }, step: 'mfaRegistration' });
		expect(g.state.root.mfaPromptFirstShownAt).toBe(T0);
		// The password step is the ConsoleLogin event, as before the prompt existed.
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'ConsoleLogin',
			responseElements: { ConsoleLogin: 'Success', MFAUsed: 'No' },
		});
	});

	it('keeps the first showing when the prompt comes again', () => {
		const g = promptedOnce();
		fastForward(g, 48);
		g.ok(ROOT_LOGIN);
		expect(g.state.root.mfaPromptFirstShownAt).toBe(T0);
		expect(selectMfaRegistrationPrompt(g.state)).toEqual({ daysLeft: 33, canSkip: true });
	});

	it('does not prompt IAM users, nor a root user with MFA', () => {
		const g = given().iamAdmin();
		g.mfa('root-phone');
		expect(g.signInAs('iam-admin')).toEqual({ ok: true, output: { Result: 'Success' } });
		g.ok({ op: 'ConsoleLogout', input: {} });
		expect(g.ok(ROOT_LOGIN)).toEqual({ Result: 'MFARequired' });
	});

	it('can be skipped on day 35 and signs in without MFA', () => {
		const g = promptedOnce();
		fastForward(g, 34 * 24 + 23);
		g.ok(ROOT_LOGIN);
		expect(selectMfaRegistrationPrompt(g.state)).toEqual({ daysLeft: 1, canSkip: true });
		expect(g.ok({ op: 'SkipMFARegistration', input: {} })).toEqual({ Result: 'Success', DaysLeft: 1 });
		expect(g.state.session).toMatchObject({ principal: { type: 'Root' }, withMfa: false });
		expect(g.state.session?.mfaRegistrationRequired).toBeUndefined();
		expect(g.state.pendingSignIn).toBeNull();
	});

	it('cannot be skipped from day 36 on', () => {
		const g = promptedOnce();
		fastForward(g, 35 * 24);
		expect(g.state.billing.clock - T0).toBe(35 * DAY);
		g.ok(ROOT_LOGIN);
		expect(selectMfaRegistrationPrompt(g.state)).toEqual({ daysLeft: 0, canSkip: false });
		expect(g.err({ op: 'SkipMFARegistration', input: {} })).toEqual({
			code: 'MFARegistrationRequired',
			message: 'The 35 days to skip registering MFA are over. Register an MFA device for the root user to sign in.',
			httpStatus: 403,
		});
		expect(g.state.session).toBeNull();
		expect(g.state.pendingSignIn?.step).toBe('mfaRegistration');
	});

	it('signs in to register a device, with no restriction while days are left', () => {
		const g = given();
		g.ok(ROOT_LOGIN);
		expect(g.ok({ op: 'StartMFARegistration', input: {} })).toEqual({
			Result: 'Success',
			MFARegistrationRequired: false,
		});
		expect(selectMfaRegistrationRequired(g.state)).toBe(false);
		expect(g.call({ op: 'ListUsers', input: {} }).ok).toBe(true);
	});

	it('fails with NoPendingSignIn when no sign-in waits at the prompt', () => {
		const expected = { code: 'NoPendingSignIn', message: 'Your sign-in session has expired. Sign in again.' };
		const g = given();
		expect(g.err({ op: 'SkipMFARegistration', input: {} })).toMatchObject(expected);
		expect(g.err({ op: 'StartMFARegistration', input: {} })).toMatchObject(expected);
		g.ok(ROOT_LOGIN);
		g.ok({ op: 'CancelSignIn', input: {} });
		expect(g.err({ op: 'SkipMFARegistration', input: {} })).toMatchObject(expected);
	});

	it('keeps the prompt to the root user: an MFA step is not a prompt to answer', () => {
		const g = given().rootSignedIn();
		g.mfa('root-phone');
		g.ok({ op: 'ConsoleLogout', input: {} });
		g.ok(ROOT_LOGIN);
		expect(g.err({ op: 'SkipMFARegistration', input: {} }).code).toBe('NoPendingSignIn');
		expect(g.state.pendingSignIn?.step).toBe('mfa');
	});

	it('counts at most 35 days even if a saved first showing lies ahead of the billing clock', () => {
		const g = given();
		g.state = { ...g.state, root: { ...g.state.root, mfaPromptFirstShownAt: g.state.billing.clock + 10 * DAY } };
		expect(selectMfaRegistrationPrompt(g.state).daysLeft).toBe(MFA_REGISTRATION_GRACE_DAYS);
	});
});

describe('a session that must register MFA (signed in after day 35)', () => {
	function mustRegister(): Given {
		const g = promptedOnce();
		fastForward(g, 40 * 24);
		g.ok(ROOT_LOGIN);
		expect(g.ok({ op: 'StartMFARegistration', input: {} })).toEqual({
			Result: 'Success',
			MFARegistrationRequired: true,
		});
		return g;
	}

	it('refuses everything but assigning a virtual MFA device to the root user, with a clear error', () => {
		const g = mustRegister();
		expect(selectMfaRegistrationRequired(g.state)).toBe(true);
		const calls: readonly ApiCall[] = [
			{ op: 'ListUsers', input: {} },
			{ op: 'CreateUser', input: { UserName: 'bob' } },
			{ op: 'GetCostSummary', input: {} },
			{ op: 'DescribeAlarms', input: {} },
			{ op: 'ListMFADevices', input: {} },
			{ op: 'SendSignInInstructions', input: { UserName: 'bob' } },
		];
		for (const call of calls) {
			expect(g.err(call), call.op).toEqual({
				code: 'MFARegistrationRequired',
				message: MUST_REGISTER,
				httpStatus: 403,
			});
		}
		// Refusals are recorded like any failed call (SendSignInInstructions is a console helper, not an AWS event).
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: 'ListMFADevices', errorCode: 'MFARegistrationRequired' });
	});

	it("refuses an IAM user's device, even with the allowed operations", () => {
		const g = mustRegister();
		const error = g.err({
			op: 'EnableMFADevice',
			input: {
				UserName: 'bob',
				SerialNumber: 'arn:aws:iam::111122223333:mfa/x',
				AuthenticationCode1: '123456',
				AuthenticationCode2: '234567',
			},
		});
		expect(error.code).toBe('MFARegistrationRequired');
	});

	it('lets the wizard create and discard a device, and sign out', () => {
		const g = mustRegister();
		const out = g.ok<{ VirtualMFADevice: { SerialNumber: string } }>({
			op: 'CreateVirtualMFADevice',
			input: { VirtualMFADeviceName: 'draft' },
		});
		g.ok({ op: 'DeleteVirtualMFADevice', input: { SerialNumber: out.VirtualMFADevice.SerialNumber } });
		g.ok({ op: 'ConsoleLogout', input: {} });
		expect(g.state.session).toBeNull();
	});

	it('is lifted once a root MFA device is enabled', () => {
		const g = mustRegister();
		const { seed } = g.mfa('root-phone');
		expect(selectMfaRegistrationRequired(g.state)).toBe(false);
		expect(g.state.session).toMatchObject({ principal: { type: 'Root' }, withMfa: false });
		expect(g.call({ op: 'ListUsers', input: {} }).ok).toBe(true);
		// From then on, signing in asks for a code instead of the prompt.
		g.ok({ op: 'ConsoleLogout', input: {} });
		expect(g.ok(ROOT_LOGIN)).toEqual({ Result: 'MFARequired' });
		g.ctx.advance(30_000);
		expect(g.ok({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } })).toEqual({
			Result: 'Success',
		});
	});
});
