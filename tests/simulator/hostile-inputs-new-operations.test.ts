import { describe, expect, it } from 'vitest';
import { execute, type ApiCall } from '@/simulator';
import { given } from '../support/given.ts';

/** Values a request's members may hold when they come from anywhere: JSON.parse output included. */
const HOSTILE_VALUES: readonly unknown[] = [
	undefined,
	null,
	'',
	'x'.repeat(200_000),
	Number.NaN,
	Number.POSITIVE_INFINITY,
	-1,
	1e21,
	[],
	{},
	JSON.parse('{"__proto__": {"polluted": true}}'),
	'__proto__',
	// List members whose items name a key: a lookup attribute, an EC2 filter.
	[{ AttributeKey: '__proto__', AttributeValue: 'x' }],
	[{ AttributeKey: 'constructor', AttributeValue: 'x' }],
	[{ Name: 'constructor', Values: ['x'] }],
	[{ Name: '__proto__', Values: ['x'] }],
];

/** Policy texts that are not what IAM accepts, or try to break the reader. */
const HOSTILE_POLICIES: readonly unknown[] = [
	'{',
	'[]',
	'null',
	'{"__proto__":{"Statement":[]}}',
	'{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"__proto__":{"a":"b"}}}}',
	`{"Version":"2012-10-17","Statement":${'['.repeat(5000)}${']'.repeat(5000)}}`,
	JSON.stringify({
		Version: '2012-10-17',
		Statement: Array.from({ length: 5000 }, () => ({ Effect: 'Allow', Action: '*', Resource: '*' })),
	}),
];

const MEMBERS: Readonly<Record<string, readonly string[]>> = {
	PutUserPolicy: ['UserName', 'PolicyName', 'PolicyDocument'],
	PutGroupPolicy: ['GroupName', 'PolicyName', 'PolicyDocument'],
	DeleteUserPolicy: ['UserName', 'PolicyName'],
	DeleteGroupPolicy: ['GroupName', 'PolicyName'],
	LookupEvents: ['LookupAttributes', 'MaxResults', 'NextToken', 'StartTime', 'EndTime'],
	DescribeInstances: ['InstanceIds', 'Filters'],
	StopInstances: ['InstanceIds'],
	TerminateInstances: ['InstanceIds'],
	RunInstances: ['InstanceType', 'MinCount', 'MaxCount'],
};

describe('the operations added for inline policies, EC2 instances and Event history, on hostile input', () => {
	for (const [op, members] of Object.entries(MEMBERS)) {
		it(`${op} answers every hostile member with a result, never an exception, and pollutes nothing`, () => {
			const g = given().rootSignedIn().iamAdmin();
			const values = members.includes('PolicyDocument') ? [...HOSTILE_VALUES, ...HOSTILE_POLICIES] : HOSTILE_VALUES;
			for (const member of members) {
				for (const value of values) {
					const call = { op, input: { [member]: value } } as unknown as ApiCall;
					const { response } = execute(g.state, call, g.ctx);
					expect(typeof response.ok).toBe('boolean');
					if (!response.ok) expect(response.error.message.length).toBeGreaterThan(0);
				}
				const whole = { op, input: JSON.parse('{"__proto__": {"UserName": "iam-admin"}}') } as unknown as ApiCall;
				expect(typeof execute(g.state, whole, g.ctx).response.ok).toBe('boolean');
			}
			expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		});
	}

	it('an inline policy whose condition operator is named like an object member never matches, and never throws', () => {
		for (const operator of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
			const g = given().rootSignedIn().iamAdmin();
			const PolicyDocument = `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"${operator}":{"aws:SecureTransport":"true"}}}}`;
			g.ok({ op: 'PutUserPolicy', input: { UserName: 'iam-admin', PolicyName: 'odd', PolicyDocument } });
			g.signInAs('iam-admin');
			const { response } = execute(g.state, { op: 'ListBuckets', input: {} }, g.ctx);
			expect(response.ok ? 'allowed' : response.error.code).toBe('AccessDenied');
		}
	});

	it('PutUserPolicy refuses policy texts that are not JSON objects with statements, or nest too deep', () => {
		const g = given().rootSignedIn().iamAdmin();
		for (const PolicyDocument of [...HOSTILE_POLICIES.slice(0, 4), HOSTILE_POLICIES[5]] as string[]) {
			const { response } = execute(
				g.state,
				{ op: 'PutUserPolicy', input: { UserName: 'iam-admin', PolicyName: 'p', PolicyDocument } },
				g.ctx,
			);
			expect(response.ok ? 'ok' : response.error.code).not.toBe('ok');
		}
	});
});
