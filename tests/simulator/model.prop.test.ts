/**
 * Model-based test: a deliberately small model (user names ignoring case, attached policies, MFA
 * devices) checked against `execute` after every command.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	AWS_MANAGED_POLICIES,
	createFreshAccount,
	execute,
	PRACTICE_ROOT,
	totpCode,
	type ApiCall,
	type ApiResponse,
	type SimState,
} from '@/simulator';
import { testContext } from '../support/context.ts';
import { TEST_HASH_ITERATIONS } from '../support/given.ts';

interface ModelUser {
	name: string;
	policies: Set<string>;
	mfa: number;
}
interface Model {
	users: Map<string, ModelUser>;
}
interface Real {
	state: SimState;
	ctx: ReturnType<typeof testContext>;
	devices: number;
	call(call: ApiCall): ApiResponse;
}

const NAMES = ['alice', 'ALICE', 'bob', 'Bob', 'carol'];
const POLICIES = AWS_MANAGED_POLICIES.map((p) => p.Arn);
export const MODEL_RUNS = 200;

function checkUsers(model: Model, real: Real): void {
	const names = Object.keys(real.state.iam.users)
		.map((n) => n.toLowerCase())
		.sort();
	expect(names).toEqual([...model.users.keys()].sort());
	for (const [key, user] of model.users) {
		const stored = Object.values(real.state.iam.users).find((u) => u.UserName.toLowerCase() === key);
		expect(stored?.UserName).toBe(user.name);
		expect(new Set(stored?.attachedPolicyArns)).toEqual(user.policies);
		expect(stored?.mfaSerials.length).toBe(user.mfa);
	}
}

class CreateUser implements fc.Command<Model, Real> {
	constructor(readonly name: string) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const response = real.call({ op: 'CreateUser', input: { UserName: this.name } });
		const key = this.name.toLowerCase();
		if (model.users.has(key)) {
			expect(response.ok ? 'ok' : response.error.code).toBe('EntityAlreadyExists');
		} else {
			expect(response.ok).toBe(true);
			model.users.set(key, { name: this.name, policies: new Set(), mfa: 0 });
		}
		checkUsers(model, real);
	}
	toString = () => `CreateUser(${this.name})`;
}

class DeleteUser implements fc.Command<Model, Real> {
	constructor(readonly name: string) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const response = real.call({ op: 'DeleteUser', input: { UserName: this.name } });
		const user = model.users.get(this.name.toLowerCase());
		if (!user) expect(response.ok ? 'ok' : response.error.code).toBe('NoSuchEntity');
		else if (user.mfa > 0 || user.policies.size > 0)
			expect(response.ok ? 'ok' : response.error.code).toBe('DeleteConflict');
		else {
			expect(response.ok).toBe(true);
			model.users.delete(this.name.toLowerCase());
		}
		checkUsers(model, real);
	}
	toString = () => `DeleteUser(${this.name})`;
}

class Attach implements fc.Command<Model, Real> {
	constructor(
		readonly name: string,
		readonly arn: string,
		readonly detach: boolean,
	) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const op = this.detach ? 'DetachUserPolicy' : 'AttachUserPolicy';
		const response = real.call({ op, input: { UserName: this.name, PolicyArn: this.arn } });
		const user = model.users.get(this.name.toLowerCase());
		if (!user) expect(response.ok ? 'ok' : response.error.code).toBe('NoSuchEntity');
		else if (this.detach && !user.policies.has(this.arn))
			expect(response.ok ? 'ok' : response.error.code).toBe('NoSuchEntity');
		else {
			expect(response.ok).toBe(true);
			if (this.detach) user.policies.delete(this.arn);
			else user.policies.add(this.arn);
		}
		checkUsers(model, real);
	}
	toString = () => `${this.detach ? 'Detach' : 'Attach'}(${this.name}, ${this.arn.split('/').pop() ?? ''})`;
}

class EnableMfa implements fc.Command<Model, Real> {
	constructor(readonly name: string) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const created = real.call({
			op: 'CreateVirtualMFADevice',
			input: { VirtualMFADeviceName: `device-${real.devices++}` },
		});
		if (!created.ok) throw new Error(created.error.message);
		const { SerialNumber, Base32StringSeed } = (
			created.output as { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }
		).VirtualMFADevice;
		real.ctx.advance(60_000);
		const now = real.ctx.now;
		const response = real.call({
			op: 'EnableMFADevice',
			input: {
				UserName: this.name,
				SerialNumber,
				AuthenticationCode1: totpCode(Base32StringSeed, now - 30_000),
				AuthenticationCode2: totpCode(Base32StringSeed, now),
			},
		});
		const user = model.users.get(this.name.toLowerCase());
		if (!user) expect(response.ok ? 'ok' : response.error.code).toBe('NoSuchEntity');
		else if (user.mfa >= 8) expect(response.ok ? 'ok' : response.error.code).toBe('LimitExceeded');
		else if (totpCode(Base32StringSeed, now - 30_000) === totpCode(Base32StringSeed, now))
			expect(response.ok).toBe(false);
		else {
			expect(response.ok).toBe(true);
			user.mfa++;
		}
		checkUsers(model, real);
	}
	toString = () => `EnableMfa(${this.name})`;
}

describe('IAM against a small model', () => {
	it('agrees with the model on users, attachments and MFA devices', () => {
		const nameArb = fc.constantFrom(...NAMES);
		const commands = [
			nameArb.map((n) => new CreateUser(n)),
			nameArb.map((n) => new DeleteUser(n)),
			fc.tuple(nameArb, fc.constantFrom(...POLICIES), fc.boolean()).map(([n, p, d]) => new Attach(n, p, d)),
			nameArb.map((n) => new EnableMfa(n)),
		];
		fc.assert(
			fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
				const ctx = testContext(3);
				let state = createFreshAccount(ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
				state = execute(
					state,
					{
						op: 'ConsoleLogin',
						input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
					},
					ctx,
				).state;
				state = execute(state, { op: 'SkipMFARegistration', input: {} }, ctx).state;
				const real: Real = {
					state,
					ctx,
					devices: 0,
					call(call) {
						const result = execute(this.state, call, this.ctx);
						this.state = result.state;
						return result.response;
					},
				};
				fc.modelRun(() => ({ model: { users: new Map() }, real }), cmds);
			}),
			{ numRuns: MODEL_RUNS },
		);
	});
});
