import { describe, expect, it } from 'vitest';
import { PRACTICE_ROOT, totpCode } from '@/simulator';
import { given } from '../../support/given.ts';

const NOT_VALID = 'Authentication code for device is not valid.';

function withDevice() {
	const g = given().rootSignedIn();
	const out = g.ok<{ VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }>({
		op: 'CreateVirtualMFADevice',
		input: { VirtualMFADeviceName: 'root-phone' },
	});
	return { g, serial: out.VirtualMFADevice.SerialNumber, seed: out.VirtualMFADevice.Base32StringSeed };
}

describe('CreateVirtualMFADevice', () => {
	it('returns the ARN serial number and a 64-character base32 seed', () => {
		const { serial, seed } = withDevice();
		expect(serial).toBe(`arn:aws:iam::${PRACTICE_ROOT.accountId}:mfa/root-phone`);
		expect(seed).toMatch(/^[A-Z2-7]{64}$/);
	});

	it('fails with EntityAlreadyExists for a name in use, ignoring case', () => {
		const { g } = withDevice();
		const error = g.err({ op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: 'ROOT-PHONE' } });
		expect(error).toMatchObject({
			code: 'EntityAlreadyExists',
			message: 'MFADevice entity at the same path and name already exists.',
			httpStatus: 409,
		});
	});

	it('redacts the seed in the trail', () => {
		const { g, seed } = withDevice();
		expect(JSON.stringify(g.state.trail)).not.toContain(seed);
	});
});

describe('EnableMFADevice', () => {
	it('enables the device for the root user when signed in as root without UserName', () => {
		const { g, serial, seed } = withDevice();
		const now = g.ctx.now;
		g.ok({
			op: 'EnableMFADevice',
			input: {
				SerialNumber: serial,
				AuthenticationCode1: totpCode(seed, now - 30_000),
				AuthenticationCode2: totpCode(seed, now),
			},
		});
		expect(g.state.root.mfaSerials).toEqual([serial]);
		expect(g.state.iam.mfaDevices[serial]?.enabledFor).toEqual({ type: 'Root' });
	});

	it('accepts a pair ending up to 2 steps before or after the current step', () => {
		for (const offset of [-2, -1, 0, 1, 2]) {
			const { g, serial, seed } = withDevice();
			const end = g.ctx.now + offset * 30_000;
			const response = g.call({
				op: 'EnableMFADevice',
				input: {
					SerialNumber: serial,
					AuthenticationCode1: totpCode(seed, end - 30_000),
					AuthenticationCode2: totpCode(seed, end),
				},
			});
			expect(response.ok).toBe(true);
		}
	});

	const rejections: [string, (seed: string, now: number) => [string, string], string, string][] = [
		[
			'identical codes',
			(seed, now) => [totpCode(seed, now), totpCode(seed, now)],
			'InvalidAuthenticationCode',
			`${NOT_VALID} MFA code 1 and MFA code 2 are the same. Wait for the app to show a new code, then enter it as MFA code 2.`,
		],
		[
			'codes in the wrong order',
			(seed, now) => [totpCode(seed, now), totpCode(seed, now - 30_000)],
			'InvalidAuthenticationCode',
			`${NOT_VALID} The codes are not consecutive. Enter a code as MFA code 1, wait for the next one, and enter that as MFA code 2.`,
		],
		[
			'codes one step apart',
			(seed, now) => [totpCode(seed, now - 60_000), totpCode(seed, now)],
			'InvalidAuthenticationCode',
			`${NOT_VALID} The codes are not consecutive. Enter a code as MFA code 1, wait for the next one, and enter that as MFA code 2.`,
		],
		[
			'codes from more than an hour ago (later ones associate the device out of sync)',
			(seed, now) => [totpCode(seed, now - 3_690_000), totpCode(seed, now - 3_660_000)],
			'InvalidAuthenticationCode',
			NOT_VALID,
		],
		['wrong codes', () => ['000000', '111111'], 'InvalidAuthenticationCode', NOT_VALID],
		[
			'non-digits',
			(seed, now) => ['12a456', totpCode(seed, now)],
			'ValidationError',
			"1 validation error detected: Value '********' at 'authenticationCode1' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]+",
		],
		[
			'a short code',
			(seed, now) => [totpCode(seed, now - 30_000), '12345'],
			'ValidationError',
			"1 validation error detected: Value '********' at 'authenticationCode2' failed to satisfy constraint: Member must have length greater than or equal to 6",
		],
		[
			'a long code',
			(seed, now) => ['1234567', totpCode(seed, now)],
			'ValidationError',
			"1 validation error detected: Value '********' at 'authenticationCode1' failed to satisfy constraint: Member must have length less than or equal to 6",
		],
	];

	it.each(rejections)('rejects %s', (_name, codes, code, message) => {
		const { g, serial, seed } = withDevice();
		// Keep away from the identical-code coincidence of two different steps.
		const [c1, c2] = codes(seed, g.ctx.now);
		const error = g.err({
			op: 'EnableMFADevice',
			input: { SerialNumber: serial, AuthenticationCode1: c1, AuthenticationCode2: c2 },
		});
		expect(error.code).toBe(code);
		expect(error.message).toBe(message);
		expect(g.state.root.mfaSerials).toEqual([]);
	});

	it('fails with NoSuchEntity for an unknown device or user', () => {
		const { g } = withDevice();
		const serial = `arn:aws:iam::${PRACTICE_ROOT.accountId}:mfa/nope`;
		expect(
			g.err({
				op: 'EnableMFADevice',
				input: { SerialNumber: serial, AuthenticationCode1: '123456', AuthenticationCode2: '654321' },
			}),
		).toMatchObject({
			code: 'NoSuchEntity',
			message: `VirtualMFADevice with serial number ${serial} doesn't exist.`,
			httpStatus: 404,
		});
		expect(
			g.err({
				op: 'EnableMFADevice',
				input: {
					UserName: 'ghost',
					SerialNumber: serial,
					AuthenticationCode1: '123456',
					AuthenticationCode2: '654321',
				},
			}),
		).toMatchObject({
			code: 'NoSuchEntity',
			message: 'The user with name ghost cannot be found.',
		});
	});

	it('fails with EntityAlreadyExists when the device is already enabled', () => {
		const { g, serial, seed } = withDevice();
		const now = g.ctx.now;
		g.ok({
			op: 'EnableMFADevice',
			input: {
				SerialNumber: serial,
				AuthenticationCode1: totpCode(seed, now - 30_000),
				AuthenticationCode2: totpCode(seed, now),
			},
		});
		g.ctx.advance(90_000);
		const later = g.ctx.now;
		expect(
			g.err({
				op: 'EnableMFADevice',
				input: {
					SerialNumber: serial,
					AuthenticationCode1: totpCode(seed, later - 30_000),
					AuthenticationCode2: totpCode(seed, later),
				},
			}),
		).toMatchObject({
			code: 'EntityAlreadyExists',
			message: 'MFA Device is already in use.',
		});
	});

	it('fails with LimitExceeded for a ninth device', () => {
		const g = given().rootSignedIn();
		for (let i = 0; i < 8; i++) g.mfa(`device-${i}`);
		const out = g.ok<{ VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }>({
			op: 'CreateVirtualMFADevice',
			input: { VirtualMFADeviceName: 'device-8' },
		});
		g.ctx.advance(60_000);
		const now = g.ctx.now;
		const { SerialNumber, Base32StringSeed } = out.VirtualMFADevice;
		expect(
			g.err({
				op: 'EnableMFADevice',
				input: {
					SerialNumber,
					AuthenticationCode1: totpCode(Base32StringSeed, now - 30_000),
					AuthenticationCode2: totpCode(Base32StringSeed, now),
				},
			}),
		).toMatchObject({
			code: 'LimitExceeded',
			message: 'Cannot exceed quota for MFADevicesPerUser: 8',
		});
	});
});

describe('MFA at sign-in', () => {
	it('refuses a wrong code and a code already used', () => {
		const g = given().rootSignedIn();
		const { seed } = g.mfa('root-phone');
		g.ok({ op: 'ConsoleLogout', input: {} });
		g.ok({
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		});
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: '000000' } }).code).toBe('AuthenticationFailed');
		// The enabling pair ended at the current step, so the current code is already used.
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } })).toMatchObject({
			code: 'AuthenticationFailed',
			message:
				'The MFA code you entered is not valid. Enter the code your authenticator app shows now, then try again.',
		});
		g.ctx.advance(30_000);
		expect(g.ok({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(seed, g.ctx.now) } })).toEqual({
			Result: 'Success',
		});
	});

	it('asks for a 6-digit code', () => {
		const g = given().rootSignedIn();
		g.mfa('root-phone');
		g.ok({ op: 'ConsoleLogout', input: {} });
		g.ok({
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		});
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: '12 34' } })).toMatchObject({
			code: 'ValidationError',
			message: 'Enter the 6-digit code from your authenticator app.',
		});
	});

	it('fails with NoPendingSignIn when no sign-in waits for a code', () => {
		const g = given();
		expect(g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: '123456' } })).toMatchObject({
			code: 'NoPendingSignIn',
			message: 'Your sign-in session has expired. Sign in again.',
		});
	});
});
