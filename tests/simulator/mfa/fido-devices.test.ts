import { describe, expect, it } from 'vitest';
import {
	deleteUserAsConsoleDoes,
	IAM_FULL_ACCESS,
	PRACTICE_ROOT,
	removeMfaDevice,
	selectSignInMfaOptions,
	selectUsersTable,
	type ApiCall,
	type CallContext,
	type FidoCreationOptions,
	type FidoRequestOptions,
} from '@/simulator';
import { WEBAUTHN_CODE } from '@/simulator/webauthn';
import { given, type Given } from '../../support/given.ts';
import { createSoftwareAuthenticator, type SoftwareAuthenticator } from '../../support/software-authenticator.ts';
import { NO_WEBAUTHN_CONTEXT } from '../../../src/simulator/mfa/fido/without-code.ts';
import { ALREADY_REGISTERED, NO_REGISTRATION_UNDER_WAY } from '../../../src/simulator/mfa/fido/devices.ts';
import { registrationRefused, signInRefused } from '../../../src/simulator/mfa/fido/messages.ts';
import {
	FIDO_COUNTER_REPLAYED,
	FIDO_NO_CHALLENGE,
	FIDO_NOT_ASSIGNED,
	NO_FIDO_DEVICE,
} from '../../../src/simulator/signin/fido-sign-in.ts';
import { NO_PENDING_SIGN_IN } from '../../../src/simulator/signin/session.ts';

const ORIGIN = 'http://localhost:4391';
const ROOT_LOGIN: ApiCall = {
	op: 'ConsoleLogin',
	input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
};
const ADMIN_PASSWORD = 'Practice-User-Pass-1';
const ADMIN_LOGIN: ApiCall = {
	op: 'ConsoleLogin',
	input: { LoginType: 'IAMUser', Account: PRACTICE_ROOT.accountId, UserName: 'iam-admin', Password: ADMIN_PASSWORD },
};

/** A test account whose calls carry the page's origin and the WebAuthn checks. */
function withWebAuthn(g: Given, origin = ORIGIN): Given {
	(g.ctx as CallContext).webAuthn = { origin, code: WEBAUTHN_CODE };
	return g;
}

function register(g: Given, key: SoftwareAuthenticator, name = 'root-key', userName?: string): string {
	const user = userName === undefined ? {} : { UserName: userName };
	const { CreationOptions } = g.ok<{ CreationOptions: FidoCreationOptions }>({
		op: 'StartFIDORegistration',
		input: { ...user, DeviceName: name },
	});
	const { SerialNumber } = g.ok<{ SerialNumber: string }>({
		op: 'CompleteFIDORegistration',
		input: { ...user, ...key.register(CreationOptions, ORIGIN) },
	});
	return SerialNumber;
}

function startSignIn(g: Given): FidoRequestOptions {
	return g.ok<{ RequestOptions: FidoRequestOptions }>({ op: 'StartFIDOSignIn', input: {} }).RequestOptions;
}

function rootWithPasskey(key: SoftwareAuthenticator): { g: Given; serial: string } {
	const g = withWebAuthn(given().rootSignedIn());
	const serial = register(g, key);
	g.ok({ op: 'ConsoleLogout', input: {} });
	return { g, serial };
}

describe('registering a passkey or security key', () => {
	it('issues creation options for this site, ES256 only, no attestation', () => {
		const g = withWebAuthn(given().rootSignedIn());
		const { CreationOptions } = g.ok<{ CreationOptions: FidoCreationOptions }>({
			op: 'StartFIDORegistration',
			input: { DeviceName: 'root-key' },
		});
		expect(CreationOptions).toMatchObject({
			rp: { id: 'localhost', name: 'AWS practice console (not AWS)' },
			user: { name: 'root @ 111122223333' },
			pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
			excludeCredentials: [],
			attestation: 'none',
		});
		expect(CreationOptions.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(g.state.fidoCeremony).toMatchObject({ kind: 'registration', owner: { type: 'Root' }, origin: ORIGIN });
	});

	it('assigns the root user’s passkey with a u2f serial number, lists it and records EnableMFADevice', () => {
		const g = withWebAuthn(given().rootSignedIn());
		const serial = register(g, createSoftwareAuthenticator('root'));
		expect(serial).toMatch(/^arn:aws:iam::111122223333:u2f\/root\/root-key-[A-Z2-7]{26}$/);
		expect(g.state.root.mfaSerials).toEqual([serial]);
		expect(g.state.fidoCeremony).toBeNull();
		expect(g.ok({ op: 'ListMFADevices', input: {} })).toEqual({
			MFADevices: [{ UserName: '<root_account>', SerialNumber: serial, EnableDate: g.ctx.now }],
			IsTruncated: false,
		});
		expect(g.ok({ op: 'ListVirtualMFADevices', input: {} })).toEqual({ VirtualMFADevices: [], IsTruncated: false });
		expect(g.state.trail.find((r) => r.eventName === 'EnableMFADevice')).toMatchObject({
			eventSource: 'iam.amazonaws.com',
			responseElements: { SerialNumber: serial, BackupEligible: false },
		});
	});

	it('assigns one to an IAM user under u2f/user/<name>/, which the Users list shows as a security key', () => {
		const g = withWebAuthn(given().user('iam-admin', [IAM_FULL_ACCESS.Arn]).rootSignedIn());
		const serial = register(g, createSoftwareAuthenticator('admin'), 'admin-key', 'iam-admin');
		expect(serial).toMatch(/^arn:aws:iam::111122223333:u2f\/user\/iam-admin\/admin-key-[A-Z2-7]{26}$/);
		expect(selectUsersTable(g.state, g.ctx.now)[0]?.mfa).toBe('Security key');
	});

	it('fails with ValidationError without the page’s origin and the checks, or on an IP address', () => {
		const g = given().rootSignedIn();
		expect(g.err({ op: 'StartFIDORegistration', input: { DeviceName: 'k' } })).toMatchObject({
			code: 'ValidationError',
			message: NO_WEBAUTHN_CONTEXT,
		});
		withWebAuthn(g, 'http://127.0.0.1:4391');
		expect(g.err({ op: 'StartFIDORegistration', input: { DeviceName: 'k' } })).toMatchObject({
			code: 'ValidationError',
			message:
				'Passkeys and security keys work only on a site opened by its name over https (or on localhost), not on http://127.0.0.1:4391.',
		});
		withWebAuthn(g, 'http://course.example');
		expect(g.err({ op: 'StartFIDORegistration', input: { DeviceName: 'k' } }).code).toBe('ValidationError');
	});

	it('fails with ValidationError, never an exception, for a context whose passkey part is garbage', () => {
		const g = given().rootSignedIn();
		const garbage: unknown[] = [
			42,
			'x',
			null,
			{},
			{ origin: 42, code: WEBAUTHN_CODE },
			{ origin: ORIGIN, code: { handlers: 1 } },
		];
		for (const webAuthn of garbage) {
			const ctx = { ...g.ctx, webAuthn } as unknown as CallContext;
			for (const op of [
				'StartFIDORegistration',
				'CompleteFIDORegistration',
				'StartFIDOSignIn',
				'ConsoleLoginFIDO',
			] as const) {
				const response = g.call({ op, input: { DeviceName: 'k' } } as ApiCall, ctx);
				expect(response.ok).toBe(false);
				if (!response.ok) expect(['ValidationError', 'NoPendingSignIn']).toContain(response.error.code);
			}
		}
	});

	it('fails with ValidationError for a bad device name and NoSuchEntity for an unknown user', () => {
		const g = withWebAuthn(given().rootSignedIn());
		expect(g.err({ op: 'StartFIDORegistration', input: { DeviceName: 'has space' } })).toMatchObject({
			code: 'ValidationError',
			message: expect.stringContaining("at 'deviceName' failed to satisfy constraint"),
		});
		expect(g.err({ op: 'StartFIDORegistration', input: { UserName: 'nobody', DeviceName: 'k' } })).toEqual({
			code: 'NoSuchEntity',
			message: 'The user with name nobody cannot be found.',
			httpStatus: 404,
		});
	});

	it('fails with InvalidAuthenticationCode when no registration is under way', () => {
		const g = withWebAuthn(given().rootSignedIn());
		const key = createSoftwareAuthenticator('late');
		const options = g.ok<{ CreationOptions: FidoCreationOptions }>({
			op: 'StartFIDORegistration',
			input: { DeviceName: 'k' },
		}).CreationOptions;
		const answer = key.register(options, ORIGIN);
		g.ok({ op: 'CompleteFIDORegistration', input: answer });
		// The challenge is spent: the same answer cannot register a second device.
		expect(g.err({ op: 'CompleteFIDORegistration', input: answer })).toEqual({
			code: 'InvalidAuthenticationCode',
			message: NO_REGISTRATION_UNDER_WAY,
			httpStatus: 403,
		});
	});

	it.each([
		['challenge', { challenge: 'AAAA' }],
		['origin', { origin: 'https://evil.example' }],
		['userPresence', { flags: 0x40 }],
		['algorithm', { coseAlg: -257 }],
	] as const)('fails with InvalidAuthenticationCode for a wrong %s', (reason, tampering) => {
		const g = withWebAuthn(given().rootSignedIn());
		const options = g.ok<{ CreationOptions: FidoCreationOptions }>({
			op: 'StartFIDORegistration',
			input: { DeviceName: 'k' },
		}).CreationOptions;
		const answer = createSoftwareAuthenticator('bad').register(options, ORIGIN, tampering);
		expect(g.err({ op: 'CompleteFIDORegistration', input: answer })).toEqual({
			code: 'InvalidAuthenticationCode',
			message: registrationRefused(reason),
			httpStatus: 403,
		});
		expect(g.state.root.mfaSerials).toEqual([]);
	});

	it('fails with EntityAlreadyExists for a credential already assigned, and excludes it next time', () => {
		const g = withWebAuthn(given().rootSignedIn());
		const key = createSoftwareAuthenticator('twice');
		register(g, key, 'first');
		const options = g.ok<{ CreationOptions: FidoCreationOptions }>({
			op: 'StartFIDORegistration',
			input: { DeviceName: 'second' },
		}).CreationOptions;
		expect(options.excludeCredentials).toHaveLength(1);
		expect(g.err({ op: 'CompleteFIDORegistration', input: key.register(options, ORIGIN) })).toEqual({
			code: 'EntityAlreadyExists',
			message: ALREADY_REGISTERED,
			httpStatus: 409,
		});
	});

	it('fails with LimitExceeded past 8 MFA devices', () => {
		const g = withWebAuthn(given().rootSignedIn());
		for (let i = 0; i < 8; i++) register(g, createSoftwareAuthenticator(`many-${i}`), `key-${i}`);
		expect(g.err({ op: 'StartFIDORegistration', input: { DeviceName: 'ninth' } })).toEqual({
			code: 'LimitExceeded',
			message: 'Cannot exceed quota for MFADevicesPerUser: 8',
			httpStatus: 409,
		});
	});

	it('is allowed, and lifts the restriction, in a root session that must register MFA', () => {
		const g = withWebAuthn(given());
		g.ok(ROOT_LOGIN);
		for (let left = 36 * 24; left > 0; left -= 744)
			g.ok({ op: 'AdvanceBillingClock', input: { Hours: Math.min(744, left) } });
		g.ok({ op: 'StartMFARegistration', input: {} });
		expect(g.state.session?.mfaRegistrationRequired).toBe(true);
		register(g, createSoftwareAuthenticator('required'));
		expect(g.state.session?.mfaRegistrationRequired).toBeUndefined();
	});
});

describe('signing in with a passkey or security key', () => {
	it('signs the root user in with MFA and records ConsoleLogin with MFAUsed', () => {
		const key = createSoftwareAuthenticator('root-sign-in');
		const { g } = rootWithPasskey(key);
		expect(g.ok(ROOT_LOGIN)).toEqual({ Result: 'MFARequired' });
		expect(selectSignInMfaOptions(g.state)).toEqual({ code: false, fido: true });
		const options = startSignIn(g);
		expect(options).toMatchObject({ rpId: 'localhost', allowCredentials: [{ type: 'public-key' }] });
		expect(g.ok({ op: 'ConsoleLoginFIDO', input: key.sign(options, ORIGIN) })).toEqual({ Result: 'Success' });
		expect(g.state.session).toMatchObject({ principal: { type: 'Root' }, withMfa: true });
		expect(g.state.fidoCeremony).toBeNull();
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'ConsoleLogin',
			responseElements: { ConsoleLogin: 'Success', MFAUsed: 'Yes' },
		});
	});

	it('signs iam-admin in with its own security key', () => {
		const key = createSoftwareAuthenticator('admin-sign-in');
		const g = withWebAuthn(given().user('iam-admin', [IAM_FULL_ACCESS.Arn]).rootSignedIn());
		register(g, key, 'admin-key', 'iam-admin');
		g.ok({ op: 'ConsoleLogout', input: {} });
		expect(g.ok(ADMIN_LOGIN)).toEqual({ Result: 'MFARequired' });
		expect(g.ok({ op: 'ConsoleLoginFIDO', input: key.sign(startSignIn(g), ORIGIN) })).toEqual({ Result: 'Success' });
		expect(g.state.session).toMatchObject({ principal: { type: 'IAMUser', userName: 'iam-admin' }, withMfa: true });
	});

	it('accepts authenticators that keep no counter (always 0) again and again', () => {
		const key = createSoftwareAuthenticator('synced', false);
		const { g } = rootWithPasskey(key);
		for (let i = 0; i < 2; i++) {
			g.ok(ROOT_LOGIN);
			g.ok({ op: 'ConsoleLoginFIDO', input: key.sign(startSignIn(g), ORIGIN) });
			g.ok({ op: 'ConsoleLogout', input: {} });
		}
		const withMfa = g.state.trail.filter(
			(r) => r.eventName === 'ConsoleLogin' && (r.responseElements as { MFAUsed?: string }).MFAUsed === 'Yes',
		);
		expect(withMfa).toHaveLength(2);
	});

	it('fails with AuthenticationFailed when the counter goes backwards (a copied key)', () => {
		const key = createSoftwareAuthenticator('cloned');
		const { g } = rootWithPasskey(key);
		g.ok(ROOT_LOGIN);
		g.ok({ op: 'ConsoleLoginFIDO', input: key.sign(startSignIn(g), ORIGIN, { signCount: 5 }) });
		g.ok({ op: 'ConsoleLogout', input: {} });
		g.ok(ROOT_LOGIN);
		expect(g.err({ op: 'ConsoleLoginFIDO', input: key.sign(startSignIn(g), ORIGIN, { signCount: 5 }) })).toEqual({
			code: 'AuthenticationFailed',
			message: FIDO_COUNTER_REPLAYED,
			httpStatus: 401,
		});
		expect(g.state.session).toBeNull();
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: 'ConsoleLogin', errorCode: 'AuthenticationFailed' });
	});

	it('fails with AuthenticationFailed for a passkey of another identity or account', () => {
		const { g } = rootWithPasskey(createSoftwareAuthenticator('mine'));
		g.ok(ROOT_LOGIN);
		const stranger = createSoftwareAuthenticator('someone-else');
		expect(g.err({ op: 'ConsoleLoginFIDO', input: stranger.sign(startSignIn(g), ORIGIN) })).toEqual({
			code: 'AuthenticationFailed',
			message: FIDO_NOT_ASSIGNED,
			httpStatus: 401,
		});
	});

	it.each([
		['signature', { breakSignature: true }],
		['challenge', { challenge: 'AAAA' }],
		['origin', { origin: 'https://evil.example' }],
	] as const)('fails with AuthenticationFailed for a wrong %s', (reason, tampering) => {
		const key = createSoftwareAuthenticator(`tamper-${reason}`);
		const { g } = rootWithPasskey(key);
		g.ok(ROOT_LOGIN);
		expect(g.err({ op: 'ConsoleLoginFIDO', input: key.sign(startSignIn(g), ORIGIN, tampering) })).toEqual({
			code: 'AuthenticationFailed',
			message: signInRefused(reason),
			httpStatus: 401,
		});
	});

	it('fails with AuthenticationFailed before a challenge was issued, and NoPendingSignIn without a sign-in', () => {
		const key = createSoftwareAuthenticator('early');
		const { g } = rootWithPasskey(key);
		const answer = key.sign(
			{ challenge: 'AAAA', rpId: 'localhost', timeout: 1, allowCredentials: [], userVerification: 'preferred' },
			ORIGIN,
		);
		expect(g.err({ op: 'ConsoleLoginFIDO', input: answer })).toEqual({
			code: 'NoPendingSignIn',
			message: NO_PENDING_SIGN_IN,
			httpStatus: 400,
		});
		expect(g.err({ op: 'StartFIDOSignIn', input: {} }).code).toBe('NoPendingSignIn');
		g.ok(ROOT_LOGIN);
		expect(g.err({ op: 'ConsoleLoginFIDO', input: answer })).toEqual({
			code: 'AuthenticationFailed',
			message: FIDO_NO_CHALLENGE,
			httpStatus: 401,
		});
		expect(g.err({ op: 'ConsoleLoginFIDO', input: { ...answer, Signature: 'not base64!' } }).code).toBe(
			'ValidationError',
		);
	});

	it('fails with NoSuchEntity when the identity has no passkey or security key', () => {
		const withApp = withWebAuthn(given().rootSignedIn());
		withApp.mfa('root-app');
		withApp.ok({ op: 'ConsoleLogout', input: {} });
		withApp.ok(ROOT_LOGIN);
		expect(withApp.err({ op: 'StartFIDOSignIn', input: {} })).toEqual({
			code: 'NoSuchEntity',
			message: NO_FIDO_DEVICE,
			httpStatus: 404,
		});
	});
});

describe('removing a passkey or security key', () => {
	it('Remove deactivates it, which deletes it: sign-in no longer asks for MFA', () => {
		const g = withWebAuthn(given().rootSignedIn());
		const serial = register(g, createSoftwareAuthenticator('remove'));
		const result = removeMfaDevice(g.state, { SerialNumber: serial }, g.ctx);
		expect(result.ok).toBe(true);
		expect(result.steps.map((step) => step.call.op)).toEqual(['DeactivateMFADevice']);
		expect(result.state.root.mfaSerials).toEqual([]);
		expect(result.state.iam.fidoDevices).toEqual({});
	});

	it('the console’s Delete user deactivates an IAM user’s security key, then deletes the user', () => {
		const g = withWebAuthn(given().user('iam-admin', [IAM_FULL_ACCESS.Arn]).rootSignedIn());
		register(g, createSoftwareAuthenticator('gone'), 'k', 'iam-admin');
		expect(g.err({ op: 'DeleteUser', input: { UserName: 'iam-admin' } }).code).toBe('DeleteConflict');
		const result = deleteUserAsConsoleDoes(g.state, { UserName: 'iam-admin' }, g.ctx);
		expect(result.ok).toBe(true);
		expect(result.steps.map((step) => step.call.op)).not.toContain('DeleteVirtualMFADevice');
		expect(result.state.iam.fidoDevices).toEqual({});
	});
});
