import { describe, expect, it } from 'vitest';
import { given } from '../support/given.ts';

const NO_STS_PERMISSION = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';

describe('GetCallerIdentity', () => {
	it('names the root user by the account ID and the root ARN', () => {
		const g = given().rootSignedIn();
		expect(g.ok({ op: 'GetCallerIdentity', input: {} })).toEqual({
			UserId: '111122223333',
			Account: '111122223333',
			Arn: 'arn:aws:iam::111122223333:root',
		});
	});

	it('needs no permission: a user with no policies that allow it still gets an answer, and it is recorded', () => {
		const g = given().user('alice', [NO_STS_PERMISSION]);
		g.signInAs('alice');
		const user = g.state.iam.users['alice'];
		expect(g.ok({ op: 'GetCallerIdentity', input: {} })).toEqual({
			UserId: user?.UserId,
			Account: '111122223333',
			Arn: 'arn:aws:iam::111122223333:user/alice',
		});
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: 'GetCallerIdentity', eventSource: 'sts.amazonaws.com' });
	});

	it('fails with InvalidClientTokenId once the signed-in user no longer exists', () => {
		const g = given().user('alice');
		g.signInAs('alice');
		const { alice: _gone, ...others } = g.state.iam.users;
		g.state = { ...g.state, iam: { ...g.state.iam, users: others } };
		expect(g.err({ op: 'GetCallerIdentity', input: {} })).toEqual({
			code: 'InvalidClientTokenId',
			httpStatus: 403,
			message: 'The security token included in the request is invalid.',
		});
	});

	it('needs a session', () => {
		expect(given().err({ op: 'GetCallerIdentity', input: {} }).code).toBe('MissingAuthenticationToken');
	});
});
