import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ADMINISTRATOR_ACCESS,
	IAM_FULL_ACCESS,
	POWER_USER_ACCESS,
	PRACTICE_ROOT,
	SimStateSchema,
	selectUsersTable,
	type CallContext,
} from '@/simulator';
import { apiCallArb } from '../../support/arbitraries.ts';
import { given, type Given } from '../../support/given.ts';
import { expectInvariants } from '../../support/invariants.ts';

const ACCT = PRACTICE_ROOT.accountId;
const DAY = 86_400_000;

type KeyOutput = { AccessKey: { AccessKeyId: string } };
type LastUsedOutput = {
	UserName: string;
	AccessKeyLastUsed: { LastUsedDate?: number; ServiceName: string; Region: string };
};

/** Root creates a key for `userName` and signs out of nothing: the console session stays root's. */
function keyFor(g: Given, userName: string): string {
	return g.ok<KeyOutput>({ op: 'CreateAccessKey', input: { UserName: userName } }).AccessKey.AccessKeyId;
}

/** The context of a programmatic call signed with the key (the CLI or an SDK). */
const signedWith = (g: Given, accessKeyId: string): CallContext => ({ ...g.ctx, accessKeyId });

describe('GetAccessKeyLastUsed', () => {
	it('answers N/A with no date for a key that never signed a request', () => {
		const g = given().rootSignedIn().user('builder', [POWER_USER_ACCESS.Arn]);
		const id = keyFor(g, 'builder');
		expect(g.ok<LastUsedOutput>({ op: 'GetAccessKeyLastUsed', input: { AccessKeyId: id } })).toEqual({
			UserName: 'builder',
			AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
		});
	});

	it('records the date, service and Region of the last request the key signed', () => {
		const g = given().rootSignedIn().user('builder', [POWER_USER_ACCESS.Arn]);
		const id = keyFor(g, 'builder');
		g.ctx.advance(DAY);
		const launched = g.call(
			{ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 }, region: 'eu-west-1' },
			signedWith(g, id),
		);
		expect(launched.ok).toBe(true);
		const usedAt = g.ctx.now;
		expect(g.ok<LastUsedOutput>({ op: 'GetAccessKeyLastUsed', input: { AccessKeyId: id } })).toEqual({
			UserName: 'builder',
			AccessKeyLastUsed: { LastUsedDate: usedAt, ServiceName: 'ec2', Region: 'eu-west-1' },
		});

		// A global service's requests are recorded in US East (N. Virginia).
		g.ctx.advance(60_000);
		expect(g.call({ op: 'ListUsers', input: {} }, signedWith(g, id)).ok).toBe(false);
		expect(g.state.iam.users['builder']?.accessKeys[0]?.lastUsed).toEqual({
			date: g.ctx.now,
			serviceName: 'iam',
			region: 'us-east-1',
		});
		expect(SimStateSchema.safeParse(JSON.parse(JSON.stringify(g.state))).success).toBe(true);
	});

	it('acts as the key owner, not as whoever is signed in to the console, and leaves the console session alone', () => {
		const g = given().rootSignedIn().user('iam-admin', [IAM_FULL_ACCESS.Arn]);
		const id = keyFor(g, 'iam-admin');
		const consoleSession = g.state.session;
		const denied = g.call(
			{ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 } },
			signedWith(g, id),
		);
		expect(denied.ok).toBe(false);
		expect(denied.ok ? '' : denied.error.message).toBe(
			`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:${ACCT}:instance/* because no identity-based policy allows the ec2:RunInstances action`,
		);
		expect(g.state.session).toEqual(consoleSession);
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'RunInstances',
			errorCode: 'AccessDenied',
			userIdentity: { type: 'IAMUser', userName: 'iam-admin' },
		});
		// A refused request still used the key: AWS authenticated it before it authorized it.
		expect(g.state.iam.users['iam-admin']?.accessKeys[0]?.lastUsed?.serviceName).toBe('ec2');
	});

	it('ends the console session when a signed request deletes its user', () => {
		const g = given().rootSignedIn().user('temp');
		const rootKey = g.ok<KeyOutput>({ op: 'CreateAccessKey', input: {} }).AccessKey.AccessKeyId;
		g.signInAs('temp');
		expect(g.state.session?.principal).toEqual({ type: 'IAMUser', userName: 'temp' });
		const asRoot = signedWith(g, rootKey);
		expect(g.call({ op: 'DeleteLoginProfile', input: { UserName: 'temp' } }, asRoot).ok).toBe(true);
		expect(g.state.session?.principal).toEqual({ type: 'IAMUser', userName: 'temp' });
		expect(g.call({ op: 'DeleteUser', input: { UserName: 'temp' } }, asRoot).ok).toBe(true);
		expect(g.state.session).toBeNull();
		expectInvariants(g.state);
	});

	it('refuses an unknown or inactive key before anything else, and records nothing', () => {
		const g = given().rootSignedIn().user('builder', [POWER_USER_ACCESS.Arn]);
		const id = keyFor(g, 'builder');
		const before = g.state;
		const unknown = g.call({ op: 'ListUsers', input: {} }, { ...g.ctx, accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
		expect(unknown).toEqual({
			ok: false,
			error: {
				code: 'InvalidClientTokenId',
				message: 'The security token included in the request is invalid.',
				httpStatus: 403,
			},
		});
		expect(g.state).toBe(before);

		g.ok({ op: 'UpdateAccessKey', input: { UserName: 'builder', AccessKeyId: id, Status: 'Inactive' } });
		const inactive = g.call({ op: 'DescribeInstances', input: {} }, signedWith(g, id));
		expect(inactive.ok ? '' : inactive.error.code).toBe('InvalidClientTokenId');
		expect(g.state.iam.users['builder']?.accessKeys[0]?.lastUsed).toBeUndefined();
	});

	it('names the account for the root user’s keys', () => {
		const g = given().rootSignedIn();
		const id = g.ok<KeyOutput>({ op: 'CreateAccessKey', input: {} }).AccessKey.AccessKeyId;
		g.call({ op: 'ListUsers', input: {} }, signedWith(g, id));
		expect(g.ok<LastUsedOutput>({ op: 'GetAccessKeyLastUsed', input: { AccessKeyId: id } })).toMatchObject({
			UserName: ACCT,
			AccessKeyLastUsed: { ServiceName: 'iam', Region: 'us-east-1' },
		});
	});

	it('fails with NoSuchEntity for an unknown key and ValidationError for a malformed id', () => {
		const g = given().rootSignedIn();
		expect(g.err({ op: 'GetAccessKeyLastUsed', input: { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' } })).toMatchObject({
			code: 'NoSuchEntity',
			message: 'The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found.',
			httpStatus: 404,
		});
		expect(g.err({ op: 'GetAccessKeyLastUsed', input: { AccessKeyId: 'short' } })).toMatchObject({
			code: 'ValidationError',
			httpStatus: 400,
		});
	});

	it('is authorized against the key owner: a user without IAM permissions is denied', () => {
		const g = given().rootSignedIn().user('builder', [POWER_USER_ACCESS.Arn]);
		const id = keyFor(g, 'builder');
		g.signInAs('builder');
		expect(g.err({ op: 'GetAccessKeyLastUsed', input: { AccessKeyId: id } })).toMatchObject({
			code: 'AccessDenied',
			message: `User: arn:aws:iam::${ACCT}:user/builder is not authorized to perform: iam:GetAccessKeyLastUsed on resource: arn:aws:iam::${ACCT}:user/builder because no identity-based policy allows the iam:GetAccessKeyLastUsed action`,
			httpStatus: 403,
		});
	});
});

describe('selectUsersTable: access key columns', () => {
	it('shows None without keys, Never for unused keys, then the newest use of any key', () => {
		const g = given().rootSignedIn().user('builder', [POWER_USER_ACCESS.Arn]);
		const row = () => selectUsersTable(g.state, g.ctx.now).find((r) => r.userName === 'builder');
		expect(row()).toMatchObject({ accessKeys: [], accessKeyLastUsed: 'None', activeKeyAgeDays: null });

		const first = keyFor(g, 'builder');
		const second = keyFor(g, 'builder');
		expect(row()).toMatchObject({
			accessKeys: [
				{ accessKeyId: first, status: 'Active' },
				{ accessKeyId: second, status: 'Active' },
			],
			accessKeyLastUsed: 'Never',
			activeKeyAgeDays: 0,
			signingCertificates: 'None',
		});

		g.ctx.advance(3 * DAY);
		g.call({ op: 'DescribeInstances', input: {} }, signedWith(g, second));
		const usedAt = g.ctx.now;
		g.ctx.advance(100 * DAY);
		expect(row()).toMatchObject({ accessKeyLastUsed: usedAt, activeKeyAgeDays: 103 });
	});
});

describe('signed calls: properties', () => {
	it('never throw, keep every invariant and leave the console session alone unless its user is deleted', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(apiCallArb, fc.oneof(fc.constant(-1), fc.nat({ max: 3 }), fc.constant(9))), {
					minLength: 1,
					maxLength: 30,
				}),
				(steps) => {
					// Root is signed in to the console and owns a key; so does an administrator.
					const g = given().rootSignedIn().user('admin', [ADMINISTRATOR_ACCESS.Arn]);
					keyFor(g, 'admin');
					g.ok({ op: 'CreateAccessKey', input: {} });
					for (const [call, signer] of steps) {
						const keys = [...g.state.root.accessKeys, ...Object.values(g.state.iam.users).flatMap((u) => u.accessKeys)];
						const accessKeyId =
							signer === -1
								? undefined
								: signer === 9
									? 'AKIANOSUCHKEY0000000'
									: keys[signer % Math.max(1, keys.length)]?.AccessKeyId;
						const session = g.state.session;
						g.ctx.advance(1_000);
						g.call(call, accessKeyId === undefined ? g.ctx : { ...g.ctx, accessKeyId });
						if (accessKeyId !== undefined && g.state.session !== null) expect(g.state.session).toEqual(session);
						expectInvariants(g.state);
					}
				},
			),
			{ numRuns: 100 },
		);
	});
});
