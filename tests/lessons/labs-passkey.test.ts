import { describe, expect, it } from 'vitest';
import {
	PRACTICE_ROOT,
	type ApiCall,
	type CallContext,
	type FidoCreationOptions,
	type FidoRequestOptions,
	type SimState,
} from '@/simulator';
import { WEBAUTHN_CODE } from '@/simulator/webauthn';
import { iamUserMfaLab } from '@/lessons/labs/iam-user-mfa';
import { rootMfaLab } from '@/lessons/labs/root-mfa';
import { mustWithOutput } from '@/lessons/run';
import { iamUserMfaSetup } from '@/lessons/setups/iam-user-mfa';
import { rootMfaSetup } from '@/lessons/setups/root-mfa';
import { IAM_ADMIN_PASSWORD } from '@/lessons/scenarios';
import { testContext } from '../support/context.ts';
import { createSoftwareAuthenticator } from '../support/software-authenticator.ts';

const ORIGIN = 'https://course.example';

function run<T>(state: SimState, call: ApiCall, ctx: CallContext): { state: SimState; output: T } {
	return mustWithOutput(state, call, ctx) as { state: SimState; output: T };
}

/** Registers a passkey for the signed-in identity (or `userName`), then signs out and back in with it. */
function withPasskey(state: SimState, ctx: CallContext, login: ApiCall, userName?: string): SimState {
	const key = createSoftwareAuthenticator(`lab-${userName ?? 'root'}`);
	const user = userName === undefined ? {} : { UserName: userName };
	const started = run<{ CreationOptions: FidoCreationOptions }>(
		state,
		{ op: 'StartFIDORegistration', input: { ...user, DeviceName: 'lab-key' } },
		ctx,
	);
	const answer = key.register(started.output.CreationOptions, ORIGIN);
	let next = run(started.state, { op: 'CompleteFIDORegistration', input: { ...user, ...answer } }, ctx).state;
	next = run(next, { op: 'ConsoleLogout', input: {} }, ctx).state;
	next = run(next, login, ctx).state;
	const request = run<{ RequestOptions: FidoRequestOptions }>(next, { op: 'StartFIDOSignIn', input: {} }, ctx);
	return run(request.state, { op: 'ConsoleLoginFIDO', input: key.sign(request.output.RequestOptions, ORIGIN) }, ctx)
		.state;
}

const passkeyContext = (): CallContext => ({
	...testContext(3, Date.UTC(2026, 11, 5, 9)),
	webAuthn: { origin: ORIGIN, code: WEBAUTHN_CODE },
});

describe('the labs accept a passkey or security key as the MFA device', () => {
	it('lesson 2: the root user assigns a passkey and signs in with it', () => {
		const ctx = passkeyContext();
		const rootLogin: ApiCall = {
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		};
		let state = run(rootMfaSetup.scenario(ctx), rootLogin, ctx).state;
		state = run(state, { op: 'StartMFARegistration', input: {} }, ctx).state;
		const solved = withPasskey(state, ctx, rootLogin);
		expect(rootMfaLab.tasks.map((task) => task.check(solved))).toEqual([{ met: true }, { met: true }]);
	});

	it('lesson 7: iam-admin assigns its own security key and signs in with it', () => {
		const ctx = passkeyContext();
		const { state: before } = iamUserMfaSetup.solve(iamUserMfaSetup.scenario(ctx), ctx);
		// Start again from the solved account without its virtual device: remove it, then use a passkey.
		const serial = before.iam.users['iam-admin']?.mfaSerials[0] ?? '';
		let state = run(before, { op: 'DeactivateMFADevice', input: { SerialNumber: serial } }, ctx).state;
		state = run(state, { op: 'DeleteVirtualMFADevice', input: { SerialNumber: serial } }, ctx).state;
		const adminLogin: ApiCall = {
			op: 'ConsoleLogin',
			input: {
				LoginType: 'IAMUser',
				Account: PRACTICE_ROOT.accountId,
				UserName: 'iam-admin',
				Password: IAM_ADMIN_PASSWORD,
			},
		};
		const solved = withPasskey(state, ctx, adminLogin);
		expect(solved.iam.users['iam-admin']?.mfaSerials).toEqual([expect.stringContaining(':u2f/user/iam-admin/')]);
		const byId = Object.fromEntries(iamUserMfaLab.tasks.map((task) => [task.id, task.check(solved)]));
		expect(byId['iam-admin-mfa']).toEqual({ met: true });
		expect(byId['iam-admin-signed-in-with-mfa']).toEqual({ met: true });
	});
});
