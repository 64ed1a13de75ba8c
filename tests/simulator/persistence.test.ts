import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	execute,
	migrateSimState,
	PRACTICE_ROOT,
	selectAlarms,
	selectSignInMfaOptions,
	SIM_STATE_VERSION,
	SimStateSchema,
} from '@/simulator';
import { testContext } from '../support/context.ts';
import { SIM_MIGRATION_TARGETS } from '../../src/simulator/persistence.ts';

const fixture = (name: string): unknown =>
	JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/persisted', name), 'utf8'));

describe('migrateSimState', () => {
	it('brings the frozen version 1 save to the current version: the Free plan from its billing clock, no budgets', () => {
		const raw = fixture('sim.v1.json') as {
			version: number;
			state: { billing: { clock: number }; iam: Record<string, unknown> };
		};
		const loaded = migrateSimState(raw);
		expect(loaded).toEqual({
			ok: true,
			migratedFrom: 1,
			state: {
				...raw.state,
				billing: {
					...raw.state.billing,
					plan: {
						type: 'FREE',
						startedAt: raw.state.billing.clock,
						expiresAt: expect.any(Number),
						creditsGrantedUsd: 100,
						creditsUsedUsd: 0,
						earnedActivities: [],
					},
				},
				budgets: {},
				iam: { ...raw.state.iam, fidoDevices: {} },
				fidoCeremony: null,
				ec2: {},
			},
		});
		if (!loaded.ok) return;
		// Six calendar months later, to the millisecond of the day.
		const started = new Date(raw.state.billing.clock);
		const ends = new Date(loaded.state.billing.plan.expiresAt);
		expect((ends.getUTCFullYear() - started.getUTCFullYear()) * 12 + ends.getUTCMonth() - started.getUTCMonth()).toBe(
			6,
		);
		expect(ends.getUTCHours() * 3600 + ends.getUTCMinutes() * 60).toBe(
			started.getUTCHours() * 3600 + started.getUTCMinutes() * 60,
		);
		expect(SimStateSchema.safeParse(loaded.state).success).toBe(true);
		expect(Object.keys(loaded.state.iam.users)).toEqual(['iam-admin']);
		expect(selectAlarms(loaded.state, 'us-east-1').map((a) => a.AlarmName)).toEqual(['billing-over-10']);
	});

	it('gives a loaded save that still works: the root user signs in with MFA required', () => {
		const loaded = migrateSimState(fixture('sim.v1.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const ctx = testContext(5, loaded.state.billing.lastRealNow + 1000);
		const { response } = execute(
			loaded.state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			ctx,
		);
		expect(response).toEqual({ ok: true, output: { Result: 'MFARequired' } });
	});

	it('still loads the version 1 save, whose trail records have no sourceIPAddress', () => {
		const raw = fixture('sim.v1.json') as { version: number; state: { trail: Record<string, unknown>[] } };
		expect(raw.state.trail.length).toBeGreaterThan(0);
		expect(raw.state.trail.some((record) => 'sourceIPAddress' in record)).toBe(false);
		const loaded = migrateSimState(raw);
		expect(loaded.ok).toBe(true);
		if (loaded.ok) expect(loaded.state.trail).toEqual(raw.state.trail);
	});

	it('keeps sourceIPAddress through a save, and refuses one that is not a string', () => {
		const loaded = migrateSimState(fixture('sim.v1.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const ctx = { ...testContext(5, loaded.state.billing.lastRealNow + 1000), sourceIPAddress: '198.51.100.77' };
		const { state } = execute(
			loaded.state,
			{ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: 'guess' } },
			ctx,
		);
		const saved = JSON.parse(JSON.stringify({ version: SIM_STATE_VERSION, state })) as {
			version: number;
			state: { trail: Record<string, unknown>[] };
		};
		const reloaded = migrateSimState(saved);
		expect(reloaded.ok && reloaded.state.trail.at(-1)?.sourceIPAddress).toBe('198.51.100.77');
		saved.state.trail[saved.state.trail.length - 1]!['sourceIPAddress'] = 42;
		const damaged = migrateSimState(saved);
		expect(damaged.ok).toBe(false);
		if (!damaged.ok) expect(damaged.detail).toMatch(/^trail\.\d+\.sourceIPAddress: /);
	});

	it('refuses a save from a newer version', () => {
		expect(migrateSimState({ version: SIM_STATE_VERSION + 1, state: {} })).toEqual({
			ok: false,
			reason: 'newer-version',
			detail: `The save was written by version ${SIM_STATE_VERSION + 1}; this build reads up to version ${SIM_STATE_VERSION}.`,
		});
	});

	it.each([
		['not an object', 'hello', 'The saved data is not an object.'],
		['no version', { state: {} }, 'The saved data has no valid version number.'],
		['version 0', { version: 0, state: {} }, 'The saved data has no valid version number.'],
	])('reports %s as invalid', (_name, raw, detail) => {
		expect(migrateSimState(raw)).toEqual({ ok: false, reason: 'invalid', detail });
	});

	it('reports a damaged state with the path of the first problem', () => {
		const raw = fixture('sim.v1.json') as { version: number; state: { account: { accountId: string } } };
		raw.state.account.accountId = 'not-digits';
		const loaded = migrateSimState(raw);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok) expect(loaded.detail).toMatch(/^account\.accountId: /);
	});
});

describe('the frozen version 2 save (lesson 7 solved)', () => {
	it('loads at the current version with no passkeys and no ceremony, everything else as it was', () => {
		const raw = fixture('sim.v2.json') as { version: number; state: { iam: Record<string, unknown> } };
		const loaded = migrateSimState(raw);
		expect(loaded).toEqual({
			ok: true,
			migratedFrom: 2,
			state: { ...raw.state, iam: { ...raw.state.iam, fidoDevices: {} }, fidoCeremony: null, ec2: {} },
		});
	});

	it('still signs in: the root password leads to the MFA step with a code, not a passkey', () => {
		const loaded = migrateSimState(fixture('sim.v2.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const ctx = testContext(5, loaded.state.billing.lastRealNow + 1000);
		const out = execute(loaded.state, { op: 'ConsoleLogout', input: {} }, ctx).state;
		const { state, response } = execute(
			out,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			ctx,
		);
		expect(response).toEqual({ ok: true, output: { Result: 'MFARequired' } });
		expect(selectSignInMfaOptions(state)).toEqual({ code: true, fido: false });
	});

	it('refuses a passkey whose public key is not a P-256 point', () => {
		const loaded = migrateSimState(fixture('sim.v2.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const device = {
			SerialNumber: 'arn:aws:iam::111122223333:u2f/root/k-AAAAAAAAAAAAAAAAAAAAAAAAAA',
			enabledFor: { type: 'Root' },
			EnableDate: 0,
			credentialId: 'AAAA',
			publicKey: 'short',
			rpId: 'localhost',
			signCount: 0,
			backupEligible: false,
		};
		const saved = {
			version: SIM_STATE_VERSION,
			state: { ...loaded.state, iam: { ...loaded.state.iam, fidoDevices: { [device.SerialNumber]: device } } },
		};
		const damaged = migrateSimState(saved);
		expect(damaged.ok).toBe(false);
		if (!damaged.ok) expect(damaged.detail).toMatch(/^iam\.fidoDevices\..*\.publicKey: Expected a P-256 public key/);
	});
});

describe('the frozen version 3 save (lesson 7 solved, a passkey, an access key used once)', () => {
	it('loads at the current version with no EC2 instances, everything else as it was', () => {
		const raw = fixture('sim.v3.json') as { version: number; state: Record<string, unknown> };
		expect(raw.version).toBe(3);
		expect(migrateSimState(raw)).toEqual({ ok: true, migratedFrom: 3, state: { ...raw.state, ec2: {} } });
	});

	it('keeps its trail, whose records name no access key, and its passkey', () => {
		const loaded = migrateSimState(fixture('sim.v3.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const signed = loaded.state.trail.at(-1);
		expect(signed).toMatchObject({ eventName: 'ListUsers', sourceIPAddress: '198.51.100.9' });
		expect(signed?.userIdentity.accessKeyId).toBeUndefined();
		expect(Object.keys(loaded.state.iam.fidoDevices)).toHaveLength(1);
	});

	it('still works: its access key signs a request, which now names the key, and instances can be launched', () => {
		const loaded = migrateSimState(fixture('sim.v3.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const key = loaded.state.iam.users['iam-admin']?.accessKeys[0]?.AccessKeyId ?? '';
		const ctx = testContext(5, loaded.state.billing.lastRealNow + 1000);
		const listed = execute(loaded.state, { op: 'ListUsers', input: {} }, { ...ctx, accessKeyId: key });
		expect(listed.response.ok).toBe(true);
		expect(listed.state.trail.at(-1)?.userIdentity).toMatchObject({ userName: 'iam-admin', accessKeyId: key });
		const rootIn = execute(listed.state, { op: 'ConsoleLogout', input: {} }, ctx).state;
		const launched = execute(
			{ ...rootIn, session: { principal: { type: 'Root' }, withMfa: true, since: ctx.now } },
			{ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 }, region: 'eu-west-1' },
			ctx,
		);
		expect(launched.response.ok).toBe(true);
		expect(Object.keys(launched.state.ec2['eu-west-1']?.instances ?? {})).toHaveLength(1);
	});

	it('refuses a saved instance whose state is not an EC2 state', () => {
		const loaded = migrateSimState(fixture('sim.v3.json'));
		if (!loaded.ok) throw new Error(loaded.detail);
		const instance = {
			InstanceId: 'i-0123456789abcdef0',
			InstanceType: 't3.micro',
			ReservationId: 'r-0123456789abcdef0',
			State: 'sleeping',
			LaunchTime: 0,
			hourlyPriceUsd: 0.0104,
		};
		const damaged = migrateSimState({
			version: SIM_STATE_VERSION,
			state: { ...loaded.state, ec2: { 'eu-west-1': { instances: { [instance.InstanceId]: instance } } } },
		});
		expect(damaged.ok).toBe(false);
		if (!damaged.ok) expect(damaged.detail).toMatch(/^ec2\.eu-west-1\.instances\.i-0123456789abcdef0\.State: /);
	});
});

describe('the migration table', () => {
	it('runs 2, 3, 4… with no gaps and ends at the current version', () => {
		expect(SIM_MIGRATION_TARGETS).toEqual(Array.from({ length: SIM_STATE_VERSION - 1 }, (_, i) => i + 2));
	});

	it('refuses a save whose times lie beyond what a date can show', () => {
		const raw = fixture('sim.v1.json') as { version: number; state: { billing: Record<string, unknown> } };
		raw.state.billing['lastRealNow'] = 1e21;
		expect(migrateSimState(raw)).toEqual({
			ok: false,
			reason: 'invalid',
			detail: 'billing.lastRealNow: Expected a number of at most 7258118400000',
		});
	});

	it('leaves a version 1 save it cannot read for the schema to refuse, without throwing', () => {
		for (const state of [null, 42, 'text', [], { billing: null }, { billing: { clock: Number.NaN } }]) {
			expect(migrateSimState({ version: 1, state })).toMatchObject({ ok: false, reason: 'invalid' });
		}
	});
});
