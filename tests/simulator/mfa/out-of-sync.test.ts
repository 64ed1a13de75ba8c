import { describe, expect, it } from 'vitest';
import { PRACTICE_ROOT, selectMfaDevice, totpCode } from '@/simulator';
import { given, type Given } from '../../support/given.ts';

const NOT_VALID = 'Authentication code for device is not valid.';
const STEP = 30_000;
const OUT_OF_SYNC =
	'The MFA code you entered is not valid. Your MFA device may be out of sync: choose Resync MFA device and enter two consecutive codes.';
const WRONG_CODE =
	'The MFA code you entered is not valid. Enter the code your authenticator app shows now, then try again.';

/** Root creates a device and enables it with the pair of codes that ended `minutesLate` minutes ago. */
function enabledLate(minutesLate: number): { g: Given; serial: string; seed: string } {
	const g = given().rootSignedIn();
	const out = g.ok<{ VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }>({
		op: 'CreateVirtualMFADevice',
		input: { VirtualMFADeviceName: 'root-phone' },
	});
	const { SerialNumber: serial, Base32StringSeed: seed } = out.VirtualMFADevice;
	g.ctx.advance(minutesLate * 60_000);
	const end = g.ctx.now - minutesLate * 60_000;
	g.ok({
		op: 'EnableMFADevice',
		input: {
			SerialNumber: serial,
			AuthenticationCode1: totpCode(seed, end - STEP),
			AuthenticationCode2: totpCode(seed, end),
		},
	});
	return { g, serial, seed };
}

function startRootSignIn(g: Given): void {
	g.call({ op: 'ConsoleLogout', input: {} });
	g.ok({
		op: 'ConsoleLogin',
		input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
	});
}

describe('late codes associate the device out of sync', () => {
	it('accepts valid consecutive codes submitted 10 minutes late, and records how far behind they were', () => {
		const { g, serial } = enabledLate(10);
		expect(g.state.root.mfaSerials).toEqual([serial]);
		expect(selectMfaDevice(g.state, serial)).toMatchObject({ enabledFor: { type: 'Root' }, clockOffsetSteps: 20 });
	});

	it('keeps a device enabled with current codes in sync', () => {
		const g = given().rootSignedIn();
		const { serial } = g.mfa('root-phone');
		expect(selectMfaDevice(g.state, serial)?.clockOffsetSteps).toBeUndefined();
	});

	it('still refuses late codes that were already used', () => {
		const { g, serial, seed } = enabledLate(10);
		g.ok({ op: 'DeactivateMFADevice', input: { SerialNumber: serial } });
		const end = g.ctx.now - 600_000;
		expect(
			g.err({
				op: 'EnableMFADevice',
				input: {
					SerialNumber: serial,
					AuthenticationCode1: totpCode(seed, end - STEP),
					AuthenticationCode2: totpCode(seed, end),
				},
			}),
		).toMatchObject({
			code: 'InvalidAuthenticationCode',
			message: `${NOT_VALID} These codes were already used. Wait for the app to show new codes.`,
		});
	});

	it('makes sign-in fail with current codes, saying the device may be out of sync', () => {
		const { g, seed } = enabledLate(10);
		startRootSignIn(g);
		g.ctx.advance(STEP);
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } })).toEqual({
			code: 'AuthenticationFailed',
			message: OUT_OF_SYNC,
			httpStatus: 401,
		});
		// A code that is simply wrong gets the usual message.
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: '000000' } }).message).toBe(WRONG_CODE);
		expect(g.state.session).toBeNull();
	});

	it('works again after ResyncMFADevice with two consecutive current codes', () => {
		const { g, serial, seed } = enabledLate(5);
		g.ctx.advance(STEP);
		g.ok({
			op: 'ResyncMFADevice',
			input: {
				SerialNumber: serial,
				AuthenticationCode1: totpCode(seed, g.ctx.now - STEP),
				AuthenticationCode2: totpCode(seed, g.ctx.now),
			},
		});
		expect(selectMfaDevice(g.state, serial)?.clockOffsetSteps).toBeUndefined();
		startRootSignIn(g);
		g.ctx.advance(STEP);
		expect(g.ok({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } })).toEqual({
			Result: 'Success',
		});
	});
});

describe('ResyncMFADeviceAtSignIn (the sign-in page, no session)', () => {
	it('late codes → out of sync → sign-in fails → resync on the sign-in page → sign-in works', () => {
		const { g, serial, seed } = enabledLate(10);
		startRootSignIn(g);
		g.ctx.advance(STEP);
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } }).message).toBe(
			OUT_OF_SYNC,
		);
		g.ctx.advance(STEP);
		expect(
			g.ok({
				op: 'ResyncMFADeviceAtSignIn',
				input: {
					AuthenticationCode1: totpCode(seed, g.ctx.now - STEP),
					AuthenticationCode2: totpCode(seed, g.ctx.now),
				},
			}),
		).toEqual({ SerialNumber: serial });
		expect(g.state.session).toBeNull();
		expect(g.state.pendingSignIn?.step).toBe('mfa');
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'ResyncMFADevice',
			eventSource: 'iam.amazonaws.com',
			userIdentity: { type: 'Root' },
			requestParameters: { AuthenticationCode1: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
		});
		// The codes just used cannot sign in; the next one does.
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } }).code).toBe(
			'AuthenticationFailed',
		);
		g.ctx.advance(STEP);
		expect(g.ok({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } })).toEqual({
			Result: 'Success',
		});
		expect(g.state.session).toMatchObject({ principal: { type: 'Root' }, withMfa: true });
	});

	it('resyncs an IAM user device too', () => {
		const g = given().iamAdmin();
		const { seed } = g.mfa('admin-phone', 'iam-admin');
		g.signInAs('iam-admin');
		expect(g.state.pendingSignIn?.principal).toEqual({ type: 'IAMUser', userName: 'iam-admin' });
		g.ctx.advance(2 * STEP);
		expect(
			g.call({
				op: 'ResyncMFADeviceAtSignIn',
				input: {
					AuthenticationCode1: totpCode(seed, g.ctx.now - STEP),
					AuthenticationCode2: totpCode(seed, g.ctx.now),
				},
			}).ok,
		).toBe(true);
		expect(g.state.trail.at(-1)?.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'iam-admin' });
	});

	it('fails with InvalidAuthenticationCode for wrong, stale or already used codes', () => {
		const { g, seed } = enabledLate(10);
		startRootSignIn(g);
		expect(
			g.err({ op: 'ResyncMFADeviceAtSignIn', input: { AuthenticationCode1: '000000', AuthenticationCode2: '111111' } }),
		).toEqual({ code: 'InvalidAuthenticationCode', message: NOT_VALID, httpStatus: 403 });
		const stale = g.ctx.now - 30 * 60_000;
		expect(
			g.err({
				op: 'ResyncMFADeviceAtSignIn',
				input: { AuthenticationCode1: totpCode(seed, stale - STEP), AuthenticationCode2: totpCode(seed, stale) },
			}).message,
		).toBe(
			`${NOT_VALID} These codes are too old. Enter the two most recent codes and submit them right after the second one appears.`,
		);
		const pair = {
			AuthenticationCode1: totpCode(seed, g.ctx.now - STEP),
			AuthenticationCode2: totpCode(seed, g.ctx.now),
		};
		g.ok({ op: 'ResyncMFADeviceAtSignIn', input: pair });
		expect(g.err({ op: 'ResyncMFADeviceAtSignIn', input: pair }).message).toBe(
			`${NOT_VALID} These codes were already used. Wait for the app to show new codes.`,
		);
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'ResyncMFADevice',
			errorCode: 'InvalidAuthenticationCode',
		});
	});

	it('fails with ValidationError for codes that are not six digits', () => {
		const { g } = enabledLate(10);
		startRootSignIn(g);
		expect(
			g.err({ op: 'ResyncMFADeviceAtSignIn', input: { AuthenticationCode1: '12a456', AuthenticationCode2: '123456' } }),
		).toEqual({
			code: 'ValidationError',
			message:
				"1 validation error detected: Value '********' at 'authenticationCode1' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]+",
			httpStatus: 400,
		});
	});

	it('fails with NoPendingSignIn when no sign-in waits for an MFA code', () => {
		const g = given();
		expect(
			g.err({ op: 'ResyncMFADeviceAtSignIn', input: { AuthenticationCode1: '123456', AuthenticationCode2: '234567' } }),
		).toEqual({
			code: 'NoPendingSignIn',
			message: 'Your sign-in session has expired. Sign in again.',
			httpStatus: 400,
		});
		// The root user's prompt to register MFA is no MFA step either.
		g.ok({
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		});
		expect(
			g.err({ op: 'ResyncMFADeviceAtSignIn', input: { AuthenticationCode1: '123456', AuthenticationCode2: '234567' } })
				.code,
		).toBe('NoPendingSignIn');
	});
});
