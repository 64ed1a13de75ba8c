import {
	createFreshAccount,
	execute,
	IAM_FULL_ACCESS,
	PRACTICE_ROOT,
	totpCode,
	type ApiCall,
	type ApiResponse,
	type CallContext,
	type SimState,
} from '@/simulator';
import { expect } from 'vitest';
import { testContext } from './context.ts';

/** Low PBKDF2 cost so tests stay fast; the production default is measured by the bench. */
export const TEST_HASH_ITERATIONS = 10;

/** A small test DSL over the public API: every fixture is built with real calls. */
export class Given {
	state: SimState;
	readonly ctx: ReturnType<typeof testContext>;

	constructor(seed = 1) {
		this.ctx = testContext(seed);
		this.state = createFreshAccount(this.ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
	}

	/** Runs a call and keeps the resulting state. */
	call(call: ApiCall, ctx: CallContext = this.ctx): ApiResponse {
		const { state, response } = execute(this.state, call as never, ctx);
		this.state = state;
		return response;
	}

	/** Runs a call that must succeed and returns its output. */
	ok<T = unknown>(call: ApiCall): T {
		const response = this.call(call);
		if (!response.ok) expect.fail(`${call.op} failed: ${response.error.code}: ${response.error.message}`);
		return (response as { output: T }).output;
	}

	/** Runs a call that must fail and returns the error. */
	err(call: ApiCall) {
		const response = this.call(call);
		if (response.ok) expect.fail(`${call.op} unexpectedly succeeded`);
		return response.error;
	}

	/** Signs in as the root user; without MFA, skips the prompt to register it (as a learner can for 35 days). */
	rootSignedIn(): this {
		const signIn = this.ok<{ Result: string }>({
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		});
		if (signIn.Result === 'MFARegistrationPrompt') this.ok({ op: 'SkipMFARegistration', input: {} });
		return this;
	}

	/** Creates a user with a console password (no reset) and the given managed policies. */
	user(userName: string, policyArns: readonly string[] = [], password = 'Practice-User-Pass-1'): this {
		const wasSignedIn = this.state.session;
		if (!wasSignedIn) this.rootSignedIn();
		this.ok({ op: 'CreateUser', input: { UserName: userName } });
		this.ok({
			op: 'CreateLoginProfile',
			input: { UserName: userName, Password: password, PasswordResetRequired: false },
		});
		for (const PolicyArn of policyArns) this.ok({ op: 'AttachUserPolicy', input: { UserName: userName, PolicyArn } });
		return this;
	}

	iamAdmin(): this {
		return this.user('iam-admin', [IAM_FULL_ACCESS.Arn]);
	}

	signInAs(userName: string, password = 'Practice-User-Pass-1'): ApiResponse {
		this.call({ op: 'ConsoleLogout', input: {} });
		return this.call({
			op: 'ConsoleLogin',
			input: { LoginType: 'IAMUser', Account: PRACTICE_ROOT.accountId, UserName: userName, Password: password },
		});
	}

	/** Creates and enables a virtual MFA device for the caller (or `userName`); returns its seed and serial. */
	mfa(deviceName: string, userName?: string): { serial: string; seed: string } {
		const out = this.ok<{ VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }>({
			op: 'CreateVirtualMFADevice',
			input: { VirtualMFADeviceName: deviceName },
		});
		const { SerialNumber, Base32StringSeed } = out.VirtualMFADevice;
		this.ctx.advance(60_000);
		const now = this.ctx.now;
		this.ok({
			op: 'EnableMFADevice',
			input: {
				...(userName === undefined ? {} : { UserName: userName }),
				SerialNumber,
				AuthenticationCode1: totpCode(Base32StringSeed, now - 30_000),
				AuthenticationCode2: totpCode(Base32StringSeed, now),
			},
		});
		return { serial: SerialNumber, seed: Base32StringSeed };
	}
}

export const given = (seed = 1): Given => new Given(seed);
