import { describe, expect, it } from 'vitest';
import { createFreshAccount, execute, PRACTICE_ROOT, type ApiCall } from '@/simulator';
import { Given } from '../support/given.ts';
import { testContext } from '../support/context.ts';

const SIGN_IN: ApiCall = {
	op: 'ConsoleLogin',
	input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
};

describe('a clock that is not a sensible time', () => {
	const badClocks = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 1e21, -1, 0, Date.UTC(2300, 0, 1)];

	it.each(badClocks)('refuses every call at %s with RequestTimeTooSkewed, and changes nothing', (now) => {
		const given = new Given();
		given.rootSignedIn();
		const before = given.state;
		// Codes are checked against the clock: with Infinity, the search over 30-second steps never ended.
		const enable: ApiCall = {
			op: 'EnableMFADevice',
			input: {
				SerialNumber: 'arn:aws:iam::111122223333:mfa/x',
				AuthenticationCode1: '123456',
				AuthenticationCode2: '654321',
			},
		};
		for (const call of [SIGN_IN, enable, { op: 'ListUsers', input: {} } as ApiCall]) {
			const { state, response } = execute(before, call, { ...testContext(), now });
			expect(state).toBe(before);
			expect(response).toEqual({
				ok: false,
				error: {
					code: 'RequestTimeTooSkewed',
					httpStatus: 403,
					message: `The request time (${String(now)}) is not a time between 2000 and 2200, so the request was refused. Check the computer's clock.`,
				},
			});
		}
	});

	it('refuses a clock that is not a number at all', () => {
		const given = new Given();
		const { response } = execute(given.state, SIGN_IN, { ...testContext(), now: '2026' as unknown as number });
		expect(response.ok === false && response.error.code).toBe('RequestTimeTooSkewed');
	});

	it('will not build a fresh account on such a clock: that is a bug in the caller', () => {
		expect(() => createFreshAccount({ ...testContext(), now: Number.NaN })).toThrow(
			'createFreshAccount needs a clock between 2000 and 2200, not NaN.',
		);
	});
});

describe('a request with its own "__proto__" member, as JSON.parse makes it', () => {
	it('is recorded in the trail as an ordinary member, with the record keeping its prototype', () => {
		const given = new Given();
		given.rootSignedIn();
		const input = JSON.parse('{"UserName":"alice","__proto__":{"polluted":true,"Password":"secret"}}') as Record<
			string,
			unknown
		>;
		expect(Object.prototype.hasOwnProperty.call(input, '__proto__')).toBe(true);
		given.call({ op: 'CreateUser', input } as unknown as ApiCall);
		const record = given.state.trail.at(-1);
		const parameters = record?.requestParameters as Record<string, unknown>;
		expect(Object.getPrototypeOf(parameters)).toBe(Object.prototype);
		expect(Object.prototype.hasOwnProperty.call(parameters, '__proto__')).toBe(true);
		expect((parameters as { polluted?: unknown }).polluted).toBeUndefined();
		// The nested member is copied like any other, and its secret is still redacted.
		expect(Object.getOwnPropertyDescriptor(parameters, '__proto__')?.value).toEqual({
			polluted: true,
			Password: 'HIDDEN_DUE_TO_SECURITY_REASONS',
		});
		expect(JSON.parse(JSON.stringify(parameters))).toEqual(parameters);
	});
});
