import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsFromCliOutputs } from '@/lessons/health/cli-parse';
import { buildCliCommands } from '@/lessons/health/cli-commands';
import { createHealthChecks } from '@/lessons/health/registry';
import {
	CLI_CASES,
	INSECURE_ACCOUNT,
	SECURE_ACCOUNT,
	readFixture,
	type CliAccount,
	type Verdict,
} from '../fixtures/cli/corpus';

/** Runs pasted boxes through the page's own code and gives each check's verdict. */
function grade(boxes: Readonly<Record<string, string>>, adminUserName?: string) {
	const outputs = Object.fromEntries(Object.entries(boxes).map(([box, file]) => [box, readFixture(file)]));
	const checked = factsFromCliOutputs(outputs, adminUserName);
	const checks = createHealthChecks(adminUserName);
	const verdicts = Object.fromEntries(
		checks.map((check) => {
			const status = check.check(checked.facts);
			return [check.id, status === undefined ? 'unknown' : status.met ? 'healthy' : 'fix'];
		}),
	);
	return { ...checked, checks, verdicts };
}

const allVerdicts = (expected: Readonly<Partial<Record<string, Verdict>>>) =>
	Object.fromEntries(createHealthChecks().map((check) => [check.id, expected[check.id] ?? 'unknown']));

describe('the CLI fixture corpus', () => {
	it.each(CLI_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		expect(c.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
		const { results, verdicts, commands } = grade({ ...c.with, [c.box]: c.file }, c.adminUserName);
		expect(commands.map((command) => command.id)).toContain(c.box);
		const result = results[c.box];
		expect(result?.ok, result && !result.ok ? result.message : '').toBe(c.read === 'ok');
		if (c.message && result) {
			const text = result.ok ? `${result.summary} ${result.ignored ?? ''}` : result.message;
			expect(text).toMatch(c.message);
		}
		expect(verdicts).toEqual(allVerdicts(c.verdicts));
	});

	const accounts: [string, CliAccount][] = [
		['a secure account', SECURE_ACCOUNT],
		['an insecure account', INSECURE_ACCOUNT],
	];
	it.each(accounts)('grades %s on every check', (_name, account) => {
		const { verdicts, results } = grade(account.boxes);
		for (const [box, result] of Object.entries(results))
			expect(result.ok, `${box}: ${JSON.stringify(result)}`).toBe(true);
		expect(verdicts).toEqual(account.verdicts);
	});
});

describe('what the verdicts say', () => {
	const reason = (boxes: Record<string, string>, id: string, adminUserName?: string) => {
		const { checks, facts } = grade(boxes, adminUserName);
		const status = checks.find((check) => check.id === id)?.check(facts);
		return status && !status.met ? status.reason : '';
	};

	it('names the group a policy comes through', () => {
		expect(reason(INSECURE_ACCOUNT.boxes, 'admin-nothing-beyond-iam')).toMatch(
			/iam-admin also has AdministratorAccess \(through the group Admins\).*take the user out of that group/,
		);
	});

	it('names what an inline policy allows beyond IAM', () => {
		const boxes = {
			'admin-attached': 'healthy/admin-policies.json',
			'admin-inline': 'faulty/admin-inline-billing.json',
			'admin-groups': 'healthy/admin-groups-none.json',
			'user-policy:ReadBilling': 'faulty/admin-user-policy-billing.json',
		};
		expect(reason(boxes, 'admin-nothing-beyond-iam')).toMatch(
			/inline policy ReadBilling, which allows ce:Get\*, budgets:ViewBudget/,
		);
	});

	it('lists the weak spots of the credential report with their dates', () => {
		const boxes = { 'credential-report': 'faulty/credential-report.json' };
		expect(reason(boxes, 'root-access-keys')).toMatch(/The root user has 2 access keys/);
		expect(reason(boxes, 'users-mfa')).toMatch(/^iam-admin can sign in to the console with a password alone/);
		const unused = reason(boxes, 'unused-access-keys');
		expect(unused).toMatch(/the root user \(never used since it was created on 2023-03-01\)/);
		expect(unused).toMatch(/old-ci \(last used on 2024-08-30\)/);
		expect(unused).not.toMatch(/2025-01-14/);
	});

	it("explains an alarm's state beside the verdict, and a metric math formula", () => {
		const notes = (file: string) => {
			const { checks, facts } = grade({ alarms: file });
			return checks.find((check) => check.id === 'billing-alarm')?.notes?.(facts) ?? [];
		};
		expect(notes('healthy/alarms-insufficient-data.json')).toEqual([
			expect.stringMatching(/^"billing-over-10-usd" is in INSUFFICIENT_DATA: it has no billing data to compare yet/),
		]);
		expect(notes('healthy/alarms.json')).toEqual([expect.stringMatching(/is in OK: the charges so far are below/)]);
		expect(notes('healthy/alarms-metric-math.json')).toContainEqual(
			expect.stringMatching(/expression m1 \* 1\.2 with 10/),
		);
	});

	it('says a program-only topic reaches no person', () => {
		const boxes = { alarms: 'healthy/alarms.json', subscriptions: 'faulty/subscriptions-machines-only.json' };
		expect(reason(boxes, 'alarm-subscription-confirmed')).toMatch(
			/delivers only to a http endpoint, which reaches a program/,
		);
	});
});

describe('the commands', () => {
	it('carry the JSON and no-pager flags, and follow the everyday user name, groups and inline policies', () => {
		const commands = buildCliCommands({
			adminUserName: 'jo.admin',
			accountId: '111122223333',
			groupNames: ['Admins'],
			userPolicyNames: ['ReadBilling'],
			groupPolicyNames: { Admins: ['Extra'] },
		});
		for (const command of commands) expect(command.command).toMatch(/--output json --no-cli-pager$/);
		const byId = Object.fromEntries(commands.map((c) => [c.id, c.command]));
		expect(byId['admin-mfa']).toBe('aws iam list-mfa-devices --user-name jo.admin --output json --no-cli-pager');
		expect(byId['user-policy:ReadBilling']).toContain('get-user-policy --user-name jo.admin --policy-name ReadBilling');
		expect(byId['group-attached:Admins']).toContain('list-attached-group-policies --group-name Admins');
		expect(byId['group-policy:Admins:Extra']).toContain('get-group-policy --group-name Admins --policy-name Extra');
		expect(byId['budgets']).toContain('describe-budgets --account-id 111122223333');
		expect(byId['credential-report']).toBe(
			'aws iam generate-credential-report --output json --no-cli-pager\naws iam get-credential-report --output json --no-cli-pager',
		);
		expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length);
	});

	it('ask the shell for the account ID until the identity is pasted, then use it', () => {
		const before = factsFromCliOutputs({}).commands.find((c) => c.id === 'budgets');
		expect(before?.command).toContain('--account-id "$(aws sts get-caller-identity --query Account --output text)"');
		const after = factsFromCliOutputs({ identity: readFixture('healthy/identity-root.json') }).commands.find(
			(c) => c.id === 'budgets',
		);
		expect(after?.command).toContain('--account-id 111122223333');
	});

	it('leaves every check unknown when nothing is pasted', () => {
		const { verdicts } = grade({});
		expect(Object.values(verdicts).every((v) => v === 'unknown')).toBe(true);
	});

	it('never throws, whatever is pasted into any box', () => {
		const ids = buildCliCommands({ adminUserName: 'iam-admin', groupNames: ['G'], userPolicyNames: ['P'] }).map(
			(c) => c.id,
		);
		const members = [
			'Users',
			'MetricAlarms',
			'SummaryMap',
			'Subscriptions',
			'MFADevices',
			'AttachedPolicies',
			'PolicyNames',
			'Groups',
			'PolicyDocument',
			'Content',
			'Metrics',
			'Budgets',
			'BudgetNotificationsForAccount',
			'Account',
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...ids),
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify(Object.fromEntries(members.map((m) => [m, v])))),
					fc
						.jsonValue()
						.map(
							(v) =>
								`[prompt ~]$ x\n${JSON.stringify({ Metrics: [{ Namespace: 'AWS/Billing', Dimensions: v }] })}\n(END)`,
						),
				),
				(id, text) => {
					const { results, facts } = factsFromCliOutputs({
						[id]: text,
						'admin-groups': '{"Groups":[{"GroupName":"G"}]}',
					});
					for (const check of createHealthChecks()) check.check(facts);
					const result = results[id];
					if (result && !result.ok) expect(result.message.length).toBeGreaterThan(10);
				},
			),
			{ numRuns: 400 },
		);
	});
});
