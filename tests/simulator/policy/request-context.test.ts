import { describe, expect, it } from 'vitest';
import { evaluatePolicies, type PolicySource } from '@/simulator';
import { requestContextFor } from '../../../src/simulator/policy/principal-policies.ts';
import { given } from '../../support/given.ts';

const NOW = Date.UTC(2026, 11, 5, 12, 30, 15, 250);

describe('requestContextFor', () => {
	const g = given().user('alice');
	const alice = g.state.iam.users['alice']!;

	it('gives a console request its source address, secure transport, the time, and the MFA keys', () => {
		const session = { principal: { type: 'IAMUser' as const, userName: 'alice' }, withMfa: true, since: NOW - 90_000 };
		const context = requestContextFor(g.state, alice, session, {
			region: 'eu-west-1',
			now: NOW,
			sourceIp: '203.0.113.10',
			withAccessKey: false,
		});
		expect(context).toMatchObject({
			'aws:SourceIp': '203.0.113.10',
			'aws:SecureTransport': true,
			'aws:CurrentTime': '2026-12-05T12:30:15Z',
			'aws:EpochTime': String(Math.floor(NOW / 1000)),
			'aws:MultiFactorAuthPresent': true,
			'aws:MultiFactorAuthAge': '90',
			'aws:RequestedRegion': 'eu-west-1',
		});
	});

	it('has no MFA age after a sign-in without MFA, and no MFA keys at all with an access key', () => {
		const session = { principal: { type: 'IAMUser' as const, userName: 'alice' }, withMfa: false, since: NOW };
		const console = requestContextFor(g.state, alice, session, {
			region: 'us-east-1',
			now: NOW,
			sourceIp: '203.0.113.10',
			withAccessKey: false,
		});
		expect(console['aws:MultiFactorAuthPresent']).toBe(false);
		expect('aws:MultiFactorAuthAge' in console).toBe(false);
		const signed = requestContextFor(g.state, alice, session, {
			region: 'us-east-1',
			now: NOW,
			sourceIp: '198.51.100.7',
			withAccessKey: true,
		});
		expect('aws:MultiFactorAuthPresent' in signed || 'aws:MultiFactorAuthAge' in signed).toBe(false);
	});

	it('feeds conditions on the source address and the time', () => {
		const policy: PolicySource = {
			policyArn: 'arn:aws:iam::111122223333:policy/OfficeHours',
			policyName: 'OfficeHours',
			document: {
				Version: '2012-10-17',
				Statement: [
					{
						Effect: 'Allow',
						Action: 'iam:ListUsers',
						Resource: '*',
						Condition: {
							IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
							DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
						},
					},
				],
			},
		};
		const context = (sourceIp: string, now: number) =>
			requestContextFor(g.state, alice, null, { region: 'us-east-1', now, sourceIp, withAccessKey: false });
		const decide = (sourceIp: string, now: number) =>
			evaluatePolicies({ action: 'iam:ListUsers', resource: '*', context: context(sourceIp, now) }, [policy]).decision;
		expect(decide('203.0.113.10', NOW)).toBe('allowed');
		expect(decide('198.51.100.7', NOW)).toBe('implicitDeny');
		expect(decide('203.0.113.10', Date.UTC(2027, 0, 2))).toBe('implicitDeny');
	});
});
