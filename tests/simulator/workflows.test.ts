import { describe, expect, it } from 'vitest';
import { createTopicWithEmailSubscriptions, removeMfaDevice, selectSubscriptions } from '@/simulator';
import { given } from '../support/given.ts';

describe('createTopicWithEmailSubscriptions', () => {
	it('creates the topic and subscribes each address, each call in the trail, and returns the topic ARN', () => {
		const g = given().rootSignedIn();
		const result = createTopicWithEmailSubscriptions(
			g.state,
			{ Name: 'billing-alerts', Endpoints: ['a@example.com', 'b@example.com'], region: 'us-east-1' },
			g.ctx,
		);
		expect(result.ok).toBe(true);
		expect(result.topicArn).toBe('arn:aws:sns:us-east-1:111122223333:billing-alerts');
		expect(result.steps.map((step) => step.call.op)).toEqual(['CreateTopic', 'Subscribe', 'Subscribe']);
		expect(result.state.trail.slice(-3).map((record) => record.eventName)).toEqual([
			'CreateTopic',
			'Subscribe',
			'Subscribe',
		]);
		expect(selectSubscriptions(result.state, 'us-east-1').map((row) => [row.endpoint, row.status])).toEqual([
			['a@example.com', 'Pending confirmation'],
			['b@example.com', 'Pending confirmation'],
		]);
	});

	it('stops at a topic name SNS refuses, and says which call failed', () => {
		const g = given().rootSignedIn();
		const result = createTopicWithEmailSubscriptions(
			g.state,
			{ Name: 'has spaces', Endpoints: ['a@example.com'], region: 'us-east-1' },
			g.ctx,
		);
		expect(result.ok).toBe(false);
		expect(result.topicArn).toBeUndefined();
		expect(result.failedStep?.call.op).toBe('CreateTopic');
		expect(result.steps).toHaveLength(1);
	});

	it('stops at the first address SNS refuses, keeping the topic it created', () => {
		const g = given().rootSignedIn();
		const result = createTopicWithEmailSubscriptions(
			g.state,
			{ Name: 'alerts', Endpoints: ['a@example.com', 'not an address', 'c@example.com'], region: 'us-east-1' },
			g.ctx,
		);
		expect(result.ok).toBe(false);
		expect(result.failedStep?.call).toMatchObject({ op: 'Subscribe', input: { Endpoint: 'not an address' } });
		expect(result.steps.map((step) => step.call.op)).toEqual(['CreateTopic', 'Subscribe', 'Subscribe']);
		expect(Object.keys(result.state.sns['us-east-1']?.topics ?? {})).toHaveLength(1);
	});
});

describe('removeMfaDevice', () => {
	it('deactivates the device and deletes it, as the console does', () => {
		const g = given().rootSignedIn();
		const { serial } = g.mfa('root-phone');
		const result = removeMfaDevice(g.state, { SerialNumber: serial }, g.ctx);
		expect(result.ok).toBe(true);
		expect(result.steps.map((step) => step.call.op)).toEqual(['DeactivateMFADevice', 'DeleteVirtualMFADevice']);
		expect(result.state.root.mfaSerials).toEqual([]);
		expect(result.state.iam.mfaDevices[serial]).toBeUndefined();
	});

	it('stops when the device is not assigned to that user', () => {
		const g = given().rootSignedIn();
		const { serial } = g.mfa('root-phone');
		g.user('alice');
		const result = removeMfaDevice(g.state, { UserName: 'alice', SerialNumber: serial }, g.ctx);
		expect(result.ok).toBe(false);
		expect(result.failedStep?.call.op).toBe('DeactivateMFADevice');
		expect(result.state.root.mfaSerials).toEqual([serial]);
	});
});
