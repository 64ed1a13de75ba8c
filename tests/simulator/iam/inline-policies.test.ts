import { describe, expect, it } from 'vitest';
import { deleteUserAsConsoleDoes, execute, readPolicyDocument, type ApiCall, type PolicyStatement } from '@/simulator';
import { given, type Given } from '../../support/given.ts';

const ALLOW_EC2 = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
});
const DENY_EC2 = JSON.stringify({
	Version: '2012-10-17',
	Statement: { Sid: 'NoServers', Effect: 'Deny', Action: ['ec2:*'], Resource: '*' },
});

function withUser(g: Given, name = 'alice'): Given {
	return g.rootSignedIn().user(name);
}

function withGroup(g: Given, member = 'alice'): Given {
	withUser(g, member).ok({ op: 'CreateGroup', input: { GroupName: 'ops' } });
	g.ok({ op: 'AddUserToGroup', input: { GroupName: 'ops', UserName: member } });
	return g;
}

/** What `alice` gets when she asks EC2 for her instances. */
function describeInstancesAs(g: Given, userName = 'alice') {
	g.signInAs(userName);
	return g.call({ op: 'DescribeInstances', input: {} });
}

describe('PutUserPolicy and DeleteUserPolicy', () => {
	it('writes a policy into the user that counts in every evaluation, and takes it out again', () => {
		const g = withUser(given());
		g.ok({ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'servers', PolicyDocument: ALLOW_EC2 } });
		expect(g.state.iam.users['alice']?.inlinePolicies).toEqual({ servers: ALLOW_EC2 });
		expect(describeInstancesAs(g).ok).toBe(true);

		g.rootSignedIn();
		g.ok({ op: 'DeleteUserPolicy', input: { UserName: 'alice', PolicyName: 'servers' } });
		expect(g.state.iam.users['alice']).not.toHaveProperty('inlinePolicies');
		expect(describeInstancesAs(g)).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
	});

	it('replaces a policy of the same name', () => {
		const g = withUser(given());
		g.ok({ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'p', PolicyDocument: ALLOW_EC2 } });
		g.ok({ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'p', PolicyDocument: DENY_EC2 } });
		expect(g.state.iam.users['alice']?.inlinePolicies).toEqual({ p: DENY_EC2 });
	});

	it('lets an inline Deny win over a managed Allow, and names no policy ARN for it', () => {
		const g = withUser(given());
		g.ok({
			op: 'AttachUserPolicy',
			input: { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
		});
		g.ok({ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'no-servers', PolicyDocument: DENY_EC2 } });
		const denied = describeInstancesAs(g);
		expect(denied).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
		if (denied.ok) return;
		expect(denied.error.message).toMatch(/with an explicit deny in an identity-based policy$/);
		expect(denied.error.explanation?.policiesConsidered.map((p) => p.policyName)).toEqual([
			'AdministratorAccess',
			'no-servers',
		]);
	});

	it('keeps the user from being deleted until the console removes its policies too', () => {
		const g = withUser(given());
		g.ok({ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'servers', PolicyDocument: ALLOW_EC2 } });
		g.ok({ op: 'DeleteLoginProfile', input: { UserName: 'alice' } });
		expect(g.err({ op: 'DeleteUser', input: { UserName: 'alice' } })).toMatchObject({
			code: 'DeleteConflict',
			message: 'Cannot delete entity, must delete policies first.',
			httpStatus: 409,
		});
		const deleted = deleteUserAsConsoleDoes(g.state, { UserName: 'alice' }, g.ctx);
		expect(deleted.ok).toBe(true);
		expect(deleted.state.iam.users).toEqual({});
	});
});

describe('PutGroupPolicy and DeleteGroupPolicy', () => {
	it('gives every member the group’s inline policy, until it is deleted', () => {
		const g = withGroup(given());
		g.ok({ op: 'PutGroupPolicy', input: { GroupName: 'ops', PolicyName: 'servers', PolicyDocument: ALLOW_EC2 } });
		expect(g.state.iam.groups['ops']?.inlinePolicies).toEqual({ servers: ALLOW_EC2 });
		expect(describeInstancesAs(g).ok).toBe(true);

		g.rootSignedIn();
		g.ok({ op: 'DeleteGroupPolicy', input: { GroupName: 'OPS', PolicyName: 'servers' } });
		expect(g.state.iam.groups['ops']).not.toHaveProperty('inlinePolicies');
		expect(describeInstancesAs(g).ok).toBe(false);
	});

	it('is an IAM action like any other: a user without IAM permissions is denied', () => {
		const g = withGroup(given());
		g.signInAs('alice');
		expect(
			g.err({ op: 'PutGroupPolicy', input: { GroupName: 'ops', PolicyName: 'p', PolicyDocument: ALLOW_EC2 } }),
		).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('iam:PutGroupPolicy') as unknown });
	});
});

type Case = readonly [name: string, call: ApiCall, code: string, message: string, status: number];

const cases: readonly Case[] = [
	[
		'PutUserPolicy: unknown user',
		{ op: 'PutUserPolicy', input: { UserName: 'ghost', PolicyName: 'p', PolicyDocument: ALLOW_EC2 } },
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'PutUserPolicy: a policy name IAM does not allow',
		{ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'two words', PolicyDocument: ALLOW_EC2 } },
		'ValidationError',
		"1 validation error detected: Value 'two words' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
		400,
	],
	[
		'PutUserPolicy: no document',
		{ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'p' } as never },
		'ValidationError',
		"1 validation error detected: Value null at 'policyDocument' failed to satisfy constraint: Member must not be null",
		400,
	],
	[
		'PutUserPolicy: not JSON',
		{ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'p', PolicyDocument: '{"Statement": [' } },
		'MalformedPolicyDocument',
		'Syntax errors in policy.',
		400,
	],
	[
		'PutUserPolicy: a statement without actions',
		{
			op: 'PutUserPolicy',
			input: {
				UserName: 'alice',
				PolicyName: 'p',
				PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', Resource: '*' } }),
			},
		},
		'MalformedPolicyDocument',
		'Policy statement must contain actions.',
		400,
	],
	[
		'PutUserPolicy: a statement without resources',
		{
			op: 'PutUserPolicy',
			input: {
				UserName: 'alice',
				PolicyName: 'p',
				PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', Action: '*' } }),
			},
		},
		'MalformedPolicyDocument',
		'Policy statement must contain resources.',
		400,
	],
	[
		'PutUserPolicy: a principal in an identity-based policy',
		{
			op: 'PutUserPolicy',
			input: {
				UserName: 'alice',
				PolicyName: 'p',
				PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' } }),
			},
		},
		'MalformedPolicyDocument',
		'Policy document should not specify a principal.',
		400,
	],
	[
		'PutUserPolicy: more than 2,048 characters in all',
		{
			op: 'PutUserPolicy',
			input: {
				UserName: 'alice',
				PolicyName: 'p',
				PolicyDocument: JSON.stringify({
					Statement: { Effect: 'Allow', Action: Array.from({ length: 200 }, (_, i) => `ec2:Do${i}`), Resource: '*' },
				}),
			},
		},
		'LimitExceeded',
		'Maximum policy size of 2048 bytes exceeded for user alice',
		409,
	],
	[
		'DeleteUserPolicy: no policy of that name',
		{ op: 'DeleteUserPolicy', input: { UserName: 'alice', PolicyName: 'missing' } },
		'NoSuchEntity',
		'The user policy with name missing cannot be found.',
		404,
	],
	[
		'DeleteUserPolicy: unknown user',
		{ op: 'DeleteUserPolicy', input: { UserName: 'ghost', PolicyName: 'p' } },
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'PutGroupPolicy: unknown group',
		{ op: 'PutGroupPolicy', input: { GroupName: 'nope', PolicyName: 'p', PolicyDocument: ALLOW_EC2 } },
		'NoSuchEntity',
		'The group with name nope cannot be found.',
		404,
	],
	[
		'PutGroupPolicy: an Effect IAM does not know',
		{
			op: 'PutGroupPolicy',
			input: {
				GroupName: 'ops',
				PolicyName: 'p',
				PolicyDocument: JSON.stringify({ Statement: { Effect: 'Maybe', Action: '*', Resource: '*' } }),
			},
		},
		'MalformedPolicyDocument',
		'Syntax errors in policy.',
		400,
	],
	[
		'PutGroupPolicy: more than 5,120 characters in all',
		{
			op: 'PutGroupPolicy',
			input: {
				GroupName: 'ops',
				PolicyName: 'p',
				PolicyDocument: JSON.stringify({
					Statement: { Effect: 'Allow', Action: Array.from({ length: 500 }, (_, i) => `ec2:Do${i}`), Resource: '*' },
				}),
			},
		},
		'LimitExceeded',
		'Maximum policy size of 5120 bytes exceeded for group ops',
		409,
	],
	[
		'PutGroupPolicy: an empty policy name',
		{ op: 'PutGroupPolicy', input: { GroupName: 'ops', PolicyName: '', PolicyDocument: ALLOW_EC2 } },
		'ValidationError',
		"1 validation error detected: Value '' at 'policyName' failed to satisfy constraint: Member must have length greater than or equal to 1",
		400,
	],
	[
		'DeleteGroupPolicy: no policy of that name',
		{ op: 'DeleteGroupPolicy', input: { GroupName: 'ops', PolicyName: 'missing' } },
		'NoSuchEntity',
		'The group policy with name missing cannot be found.',
		404,
	],
	[
		'DeleteGroupPolicy: unknown group',
		{ op: 'DeleteGroupPolicy', input: { GroupName: 'nope', PolicyName: 'p' } },
		'NoSuchEntity',
		'The group with name nope cannot be found.',
		404,
	],
];

describe('inline policy errors', () => {
	it.each(cases)('%s', (_name, call, code, message, status) => {
		const g = withGroup(given());
		expect(g.err(call)).toMatchObject({ code, message, httpStatus: status });
	});

	it('refuses hostile documents with an error, never an exception', () => {
		const hostile = [
			'null',
			'[]',
			'"text"',
			'{"__proto__": {"Statement": []}}',
			'{"Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}]}',
			'{"Statement": {"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}}',
			'{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:x": null}}}}',
			'{"Version": "2020-01-01", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}',
			'{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Sid": 7}}',
		];
		for (const PolicyDocument of hostile) {
			const g = withUser(given());
			const { response } = execute(
				g.state,
				{ op: 'PutUserPolicy', input: { UserName: 'alice', PolicyName: 'p', PolicyDocument } },
				g.ctx,
			);
			expect(response, PolicyDocument).toMatchObject({ ok: false, error: { code: 'MalformedPolicyDocument' } });
		}
	});
});

describe('readPolicyDocument', () => {
	it('keeps what the evaluator reads, conditions and a Sid included, and nothing else', () => {
		const read = readPolicyDocument(
			JSON.stringify({
				Version: '2012-10-17',
				Statement: {
					Sid: 'WithMfa',
					Effect: 'Allow',
					NotAction: 'iam:*',
					NotResource: ['arn:aws:s3:::secret/*'],
					Condition: {
						Bool: { 'aws:MultiFactorAuthPresent': true },
						NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
					},
					Comment: 'ignored',
				},
			}),
		);
		expect(read).toEqual({
			ok: true,
			document: {
				Version: '2012-10-17',
				Statement: [
					{
						Sid: 'WithMfa',
						Effect: 'Allow',
						NotAction: 'iam:*',
						NotResource: ['arn:aws:s3:::secret/*'],
						Condition: {
							Bool: { 'aws:MultiFactorAuthPresent': true },
							NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
						},
					},
				],
			},
		});
	});

	it('keeps a condition key named __proto__ as an ordinary entry', () => {
		const read = readPolicyDocument(
			'{"Statement":{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringEquals":{"__proto__":"x"}}}}',
		);
		if (!read.ok) expect.fail(read.message);
		const [statement] = read.document.Statement as readonly PolicyStatement[];
		expect(Object.keys(statement?.Condition?.['StringEquals'] ?? {})).toEqual(['__proto__']);
	});
});
