import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS, type CliCommandId } from '@/lessons/health/cli-commands';
import { factsFromCliOutputs, parseCliOutput } from '@/lessons/health/cli-parse';
import { HEALTH_CHECKS } from '@/lessons/health/registry';

const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures/cli', path), 'utf8');

const healthy: Record<CliCommandId, string> = {
	'account-summary': fixture('healthy/account-summary.json'),
	users: fixture('healthy/users.json'),
	'admin-mfa': fixture('healthy/admin-mfa.json'),
	'admin-policies': fixture('healthy/admin-policies.json'),
	alarms: fixture('healthy/alarms.json'),
	subscriptions: fixture('healthy/subscriptions.json'),
};

const grade = (outputs: Partial<Record<CliCommandId, string>>) => {
	const { facts } = factsFromCliOutputs(outputs);
	return Object.fromEntries(HEALTH_CHECKS.map((check) => [check.id, check.check(facts)]));
};

describe('factsFromCliOutputs', () => {
	it('grades a healthy account as healthy on every check', () => {
		for (const [id, status] of Object.entries(grade(healthy))) expect(status, id).toEqual({ met: true });
	});

	it('leaves every check unknown when nothing is pasted', () => {
		for (const status of Object.values(grade({}))) expect(status).toBeUndefined();
	});

	it('finds each fault of a faulty account, with the same reasons as the labs', () => {
		const result = grade({
			...healthy,
			'account-summary': fixture('faulty/account-summary.json'),
			'admin-mfa': fixture('faulty/admin-mfa.json'),
			'admin-policies': fixture('faulty/admin-policies.json'),
			subscriptions: fixture('faulty/subscriptions-pending.json'),
		});
		expect(result['root-mfa']).toEqual({
			met: false,
			reason: 'The root user has no MFA device yet, so its password alone still opens the account.',
		});
		expect(result['root-access-keys']).toMatchObject({
			met: false,
			reason: expect.stringContaining('The root user has an access key'),
		});
		expect(result['admin-mfa']).toMatchObject({
			met: false,
			reason: expect.stringContaining('iam-admin has no MFA device yet'),
		});
		expect(result['admin-iam-full-access']).toMatchObject({
			met: false,
			reason: expect.stringContaining('does not have IAMFullAccess'),
		});
		expect(result['admin-nothing-beyond-iam']).toMatchObject({
			met: false,
			reason: expect.stringContaining('also has AdministratorAccess'),
		});
		expect(result['alarm-subscription-confirmed']).toMatchObject({
			met: false,
			reason: expect.stringContaining('learner@example.com is still pending confirmation'),
		});
		expect(result['billing-alarm']).toEqual({ met: true });
	});

	it('says an alarm in another region can never fire', () => {
		const result = grade({ alarms: fixture('faulty/alarms-other-region.json') });
		expect(result['billing-alarm']).toMatchObject({
			met: false,
			reason: expect.stringContaining('is in Europe (Ireland) (eu-west-1)'),
		});
	});

	it('says there is no billing alarm when the list is empty', () => {
		expect(grade({ alarms: fixture('faulty/alarms-none.json') })['billing-alarm']).toMatchObject({
			met: false,
			reason: expect.stringContaining('no billing alarm yet'),
		});
	});

	it('reports iam-admin missing when the user list does not have it, even with its details pasted', () => {
		const result = grade({ users: '{"Users": []}', 'admin-mfa': healthy['admin-mfa'] });
		expect(result['admin-exists']).toMatchObject({
			met: false,
			reason: expect.stringContaining('no IAM user called iam-admin'),
		});
		expect(result['admin-mfa']).toMatchObject({ met: false });
	});

	it("keeps each box's result, and ignores refused boxes", () => {
		const { results, facts } = factsFromCliOutputs({
			users: fixture('malformed/not-json.txt'),
			'account-summary': healthy['account-summary'],
		});
		expect(results.users).toMatchObject({ ok: false });
		expect(results['account-summary']).toEqual({
			ok: true,
			command: 'account-summary',
			summary: 'Root user: MFA enabled, no access keys.',
		});
		expect(facts.users).toBeUndefined();
	});
});

describe('parseCliOutput refuses bad input with a specific message', () => {
	const cases: [string, CliCommandId, string, RegExp][] = [
		['not JSON', 'users', 'malformed/not-json.txt', /not JSON/],
		['truncated JSON', 'alarms', 'malformed/alarms-truncated.txt', /cut off/],
		['edited JSON', 'users', 'malformed/users-edited.txt', /almost JSON/],
		[
			'an AccessDenied error',
			'users',
			'malformed/users-access-denied.txt',
			/AWS refused the ListUsers call \(AccessDenied\)/,
		],
		['a NoSuchEntity error', 'admin-mfa', 'malformed/admin-mfa-no-such-user.txt', /no such user/],
		['table output', 'users', 'malformed/users-table.txt', /table output.*--output json/],
		['the CLI usage text', 'users', 'malformed/usage-error.txt', /help or usage text/],
		[
			'the wrong command',
			'account-summary',
			'healthy/users.json',
			/looks like the output of `aws iam list-users`, not `aws iam get-account-summary`/,
		],
		["another command's error", 'alarms', 'malformed/users-access-denied.txt', /came from `aws iam list-users`/],
	];
	it.each(cases)('%s', (_name, id, file, message) => {
		const result = parseCliOutput(id, fixture(file));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it('accepts output with the copied prompt line above it', () => {
		expect(parseCliOutput('users', fixture('malformed/users-with-prompt.txt'))).toMatchObject({
			ok: true,
			summary: '1 IAM user: iam-admin.',
		});
	});

	it('asks for output when the box is empty', () => {
		expect(parseCliOutput('alarms', '   ')).toMatchObject({
			ok: false,
			message: expect.stringContaining('The box is empty'),
		});
	});

	it('refuses MFA devices of another user', () => {
		const other =
			'{"MFADevices":[{"UserName":"bob","SerialNumber":"arn:aws:iam::1:mfa/bob","EnableDate":"2025-01-01T00:00:00Z"}]}';
		expect(parseCliOutput('admin-mfa', other)).toMatchObject({
			ok: false,
			message: expect.stringContaining('belong to bob'),
		});
	});

	it('refuses JSON that is not an object or lacks the right member', () => {
		expect(parseCliOutput('users', '[1, 2]')).toMatchObject({ ok: false });
		expect(parseCliOutput('users', '{"Something": 1}')).toMatchObject({
			ok: false,
			message: expect.stringContaining('no "Users" member'),
		});
		expect(parseCliOutput('account-summary', '{"SummaryMap": {}}')).toMatchObject({
			ok: false,
			message: expect.stringContaining('AccountMFAEnabled'),
		});
	});

	it('never throws, whatever is pasted into any box', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CLI_COMMANDS.map((c) => c.id)),
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) =>
						JSON.stringify({
							Users: v,
							MetricAlarms: v,
							SummaryMap: v,
							Subscriptions: v,
							MFADevices: v,
							AttachedPolicies: v,
						}),
					),
				),
				(id, text) => {
					const result = parseCliOutput(id, text);
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
				},
			),
			{ numRuns: 400 },
		);
	});
});
