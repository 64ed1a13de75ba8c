import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ADMINISTRATOR_ACCESS,
	execute,
	IAM_FULL_ACCESS,
	PRACTICE_ROOT,
	selectEventHistory,
	type Operations,
	type TrailEventView,
} from '@/simulator';
import { given, type Given } from '../support/given.ts';
import { expectInvariants } from '../support/invariants.ts';

const ACCT = PRACTICE_ROOT.accountId;
const INTRUDER_IP = '192.0.2.44';
type Looked = { Events: readonly TrailEventView[]; NextToken?: string };
type RunInstancesOutput = Operations['RunInstances']['output'];

/**
 * An account where someone with iam-admin's access key made a user with AdministratorAccess, gave
 * it a key, and launched an instance with that key in another Region.
 */
function brokenInto(): { g: Given; leaked: string; planted: string; instanceId: string } {
	const g = given().rootSignedIn().user('iam-admin', [IAM_FULL_ACCESS.Arn]);
	const leaked = g.ok<{ AccessKey: { AccessKeyId: string } }>({
		op: 'CreateAccessKey',
		input: { UserName: 'iam-admin' },
	}).AccessKey.AccessKeyId;
	const as = (accessKeyId: string) => ({ ...g.ctx, accessKeyId, sourceIPAddress: INTRUDER_IP });
	g.call({ op: 'CreateUser', input: { UserName: 'support-backup' } }, as(leaked));
	g.call(
		{ op: 'AttachUserPolicy', input: { UserName: 'support-backup', PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
		as(leaked),
	);
	const made = g.call({ op: 'CreateAccessKey', input: { UserName: 'support-backup' } }, as(leaked));
	const planted = made.ok ? (made.output as { AccessKey: { AccessKeyId: string } }).AccessKey.AccessKeyId : '';
	const run = g.call(
		{ op: 'RunInstances', input: { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 1 }, region: 'ap-southeast-2' },
		as(planted),
	);
	const instanceId = run.ok ? ((run.output as RunInstancesOutput).Instances[0]?.InstanceId ?? '') : '';
	return { g, leaked, planted, instanceId };
}

const lookUp = (g: Given, input: object = {}, region = 'us-east-1') =>
	g.ok<Looked>({ op: 'LookupEvents', input, region });

describe('LookupEvents', () => {
	it('lists the Region’s events newest first, with who, which key and which resources', () => {
		const { g, leaked, planted } = brokenInto();
		const events = lookUp(g).Events;
		expect(events.slice(0, 3).map((e) => e.EventName)).toEqual(['CreateAccessKey', 'AttachUserPolicy', 'CreateUser']);
		expect(events[0]).toEqual({
			EventId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/),
			EventName: 'CreateAccessKey',
			ReadOnly: 'false',
			AccessKeyId: leaked,
			EventTime: g.ctx.now,
			EventSource: 'iam.amazonaws.com',
			Username: 'iam-admin',
			Resources: [
				{ ResourceType: 'AWS::IAM::User', ResourceName: 'support-backup' },
				{ ResourceType: 'AWS::IAM::AccessKey', ResourceName: planted },
			],
			CloudTrailEvent: expect.any(String),
		});
		const record = JSON.parse(events[0]!.CloudTrailEvent) as Record<string, unknown>;
		expect(record).toMatchObject({
			eventVersion: '1.08',
			userIdentity: {
				type: 'IAMUser',
				arn: `arn:aws:iam::${ACCT}:user/iam-admin`,
				accountId: ACCT,
				accessKeyId: leaked,
				userName: 'iam-admin',
			},
			eventTime: new Date(g.ctx.now).toISOString().replace('.000Z', 'Z'),
			eventSource: 'iam.amazonaws.com',
			awsRegion: 'us-east-1',
			sourceIPAddress: INTRUDER_IP,
			eventID: events[0]!.EventId,
			readOnly: false,
			eventType: 'AwsApiCall',
			recipientAccountId: ACCT,
		});
		expect(JSON.stringify(record)).not.toContain('wJalr');
		expect((record['responseElements'] as { AccessKey: Record<string, unknown> }).AccessKey['SecretAccessKey']).toBe(
			'HIDDEN_DUE_TO_SECURITY_REASONS',
		);
		// The root user's own calls show as root, signed by no key.
		const rootCall = events.find((e) => e.EventName === 'CreateUser' && e.Username === 'root');
		expect(rootCall).toBeDefined();
		expect(rootCall?.AccessKeyId).toBeUndefined();
	});

	it('keeps each Region’s events apart: the launch is only in its own Region', () => {
		const { g, planted, instanceId } = brokenInto();
		expect(lookUp(g).Events.some((e) => e.EventName === 'RunInstances')).toBe(false);
		const sydney = lookUp(g, {}, 'ap-southeast-2').Events;
		expect(sydney.map((e) => e.EventName)).toEqual(['RunInstances']);
		expect(sydney[0]).toMatchObject({
			Username: 'support-backup',
			AccessKeyId: planted,
			EventSource: 'ec2.amazonaws.com',
			Resources: [{ ResourceType: 'AWS::EC2::Instance', ResourceName: instanceId }],
		});
	});

	it.each([
		['EventName', 'AttachUserPolicy', ['AttachUserPolicy']],
		['Username', 'root', ['ConsoleLogin', 'CreateUser', 'CreateLoginProfile', 'AttachUserPolicy', 'CreateAccessKey']],
		['ResourceName', 'support-backup', ['CreateUser', 'AttachUserPolicy', 'CreateAccessKey']],
		['ResourceType', 'AWS::IAM::AccessKey', ['CreateAccessKey', 'CreateAccessKey']],
		['EventSource', 'signin.amazonaws.com', ['ConsoleLogin']],
	] as const)('filters by %s', (AttributeKey, AttributeValue, names) => {
		const { g } = brokenInto();
		const events = lookUp(g, { LookupAttributes: [{ AttributeKey, AttributeValue }] }).Events;
		expect(new Set(events.map((e) => e.EventName))).toEqual(new Set(names));
		expect(events.length).toBeGreaterThanOrEqual(names.length === 1 ? 1 : 2);
	});

	it('filters by the access key that signed, by read-only, and by event id', () => {
		const { g, leaked } = brokenInto();
		const byKey = lookUp(g, { LookupAttributes: [{ AttributeKey: 'AccessKeyId', AttributeValue: leaked }] }).Events;
		expect(byKey.map((e) => e.EventName)).toEqual(['CreateAccessKey', 'AttachUserPolicy', 'CreateUser']);
		g.ok({ op: 'ListUsers', input: {} });
		const reads = lookUp(g, { LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'true' }] }).Events;
		expect(reads.map((e) => e.EventName)).toContain('ListUsers');
		expect(reads.every((e) => e.ReadOnly === 'true')).toBe(true);
		const writes = lookUp(g, { LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }] }).Events;
		expect(writes.some((e) => e.ReadOnly === 'true')).toBe(false);
		const id = writes[1]!.EventId;
		expect(lookUp(g, { LookupAttributes: [{ AttributeKey: 'EventId', AttributeValue: id }] }).Events).toEqual([
			writes[1],
		]);
	});

	it('pages 50 events at a time with a token that only continues the same lookup', () => {
		const g = given().rootSignedIn();
		for (let i = 0; i < 60; i++) g.ok({ op: 'CreateUser', input: { UserName: `user-${i}` } });
		const first = lookUp(g, { MaxResults: 50 });
		expect(first.Events).toHaveLength(50);
		expect(first.NextToken).toEqual(expect.any(String));
		const second = lookUp(g, { MaxResults: 50, NextToken: first.NextToken ?? '' });
		expect(second.NextToken).toBeUndefined();
		expect([...first.Events, ...second.Events].filter((e) => e.EventName === 'CreateUser')).toHaveLength(60);
		expect(g.err({ op: 'LookupEvents', input: { MaxResults: 10, NextToken: first.NextToken ?? '' } })).toMatchObject({
			code: 'InvalidNextTokenException',
			message: 'The NextToken is not valid for this request.',
			httpStatus: 400,
		});
	});

	it('shows the last 90 days within the time range asked for', () => {
		const { g } = brokenInto();
		const before = g.ctx.now;
		g.ctx.advance(1000);
		g.ok({ op: 'CreateUser', input: { UserName: 'later' } });
		expect(lookUp(g, { StartTime: before + 1 }).Events.map((e) => e.EventName)).toEqual(['CreateUser']);
		expect(lookUp(g, { EndTime: before }).Events.some((e) => e.EventTime > before)).toBe(false);
		g.ctx.advance(91 * 86_400_000);
		const old = lookUp(g).Events;
		expect(old.map((e) => e.EventName)).toEqual([]);
	});

	it('answers CloudTrail Insights lookups with no events', () => {
		const { g } = brokenInto();
		expect(lookUp(g, { EventCategory: 'insight' })).toEqual({ Events: [] });
	});

	it('is refused to iam-admin, whose IAMFullAccess has no cloudtrail: action', () => {
		const g = given().rootSignedIn().user('iam-admin', [IAM_FULL_ACCESS.Arn]);
		g.signInAs('iam-admin');
		expect(g.err({ op: 'LookupEvents', input: {} }).message).toBe(
			`User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`,
		);
	});

	it('records itself as a read-only event, which the default view hides', () => {
		const g = given().rootSignedIn();
		lookUp(g);
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: 'LookupEvents', eventSource: 'cloudtrail.amazonaws.com' });
		expect(g.state.trail.at(-1)?.responseElements).toBeUndefined();
		const writes = selectEventHistory(
			g.state,
			{ region: 'us-east-1', attribute: { AttributeKey: 'ReadOnly', AttributeValue: 'false' } },
			g.ctx.now,
		);
		expect(writes.some((e) => e.EventName === 'LookupEvents')).toBe(false);
	});

	it('never throws and keeps the invariants for any input', () => {
		fc.assert(
			fc.property(fc.anything({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }), (LookupAttributes, MaxResults) => {
				const g = given().rootSignedIn();
				const { state } = execute(
					g.state,
					{ op: 'LookupEvents', input: { LookupAttributes, MaxResults } } as never,
					g.ctx,
				);
				expectInvariants(state);
			}),
			{ numRuns: 80 },
		);
	});
});

describe('the trail of a programmatic call', () => {
	it('names the access key that signed it; console calls name none', () => {
		const { g, leaked } = brokenInto();
		const signed = g.state.trail.filter((r) => r.sourceIPAddress === INTRUDER_IP);
		expect(signed.map((r) => r.userIdentity.accessKeyId)).toEqual([leaked, leaked, leaked, expect.any(String)]);
		expect(
			g.state.trail.filter((r) => r.sourceIPAddress !== INTRUDER_IP).every((r) => !r.userIdentity.accessKeyId),
		).toBe(true);
	});
});
