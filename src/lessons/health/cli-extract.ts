import type { CliCommand } from './cli-commands';
import { isObject, type JsonObject } from './cli-text';
import { decodeBase64, readCredentialReport } from './credential-report';
import type { InlinePolicyFacts } from './facts';
import {
	every,
	listOf,
	plural,
	refuse,
	sameName,
	stringsOf,
	text,
	unchanged,
	type Contribution,
	type Extracted,
} from './cli-contribution';
import {
	extractAlarms,
	extractBillingMetrics,
	extractBudgetNotifications,
	extractBudgets,
	extractSubscriptions,
} from './cli-extract-billing';

/** Reads one command's JSON output into a {@link Contribution}: the IAM and identity commands here, billing in cli-extract-billing.ts. */

function extractCredentialReport(json: JsonObject): Extracted {
	const content = text(json['Content']);
	const format = text(json['ReportFormat']);
	if (content === undefined) return refuse(`The report has no "Content". ${unchanged}`);
	if (format !== undefined && format !== 'text/csv')
		return refuse(`The report is in ${format}, not CSV; this page reads only the CSV report.`);
	const csv = decodeBase64(content);
	if (csv === undefined)
		return refuse(`The report's "Content" is not base64 text: it may have been cut or edited. ${unchanged}`);
	const report = readCredentialReport(csv);
	if (!report.ok) return report;
	const generated = text(json['GeneratedTime']);
	const observedAt = generated === undefined ? Number.NaN : Date.parse(generated);
	if (Number.isNaN(observedAt)) return refuse(`The report has no readable "GeneratedTime". ${unchanged}`);
	return {
		ok: true,
		value: { reportUsers: report.users, observedAt, ...(report.root ? { root: report.root } : {}) },
		summary: `Credential report of ${generated}: the root user and ${plural(report.users.length, 'IAM user')}.`,
	};
}

function inlineDocument(json: JsonObject, command: CliCommand): Extracted {
	const owner = command.groupName ?? undefined;
	const named = text(json[owner === undefined ? 'UserName' : 'GroupName']);
	const policyName = text(json['PolicyName']);
	let document: unknown = json['PolicyDocument'];
	// The AWS CLI decodes the URL-encoded document; other tools may leave it as text.
	if (typeof document === 'string') {
		try {
			document = JSON.parse(decodeURIComponent(document));
		} catch {
			return refuse(`The "PolicyDocument" is not readable JSON. ${unchanged}`);
		}
	}
	if (policyName === undefined || !command.policyName || !sameName(policyName, command.policyName))
		return refuse(
			`This is the policy ${policyName ?? '(unnamed)'}, not ${command.policyName ?? ''}. Run \`${command.short}\` exactly as shown.`,
		);
	const expected = command.groupName;
	if (named !== undefined && expected !== undefined && named !== expected)
		return refuse(`This policy belongs to the group ${named}, not ${expected}.`);
	return {
		ok: true,
		value: {
			inlineDocument: {
				...(expected !== undefined ? { groupName: expected } : {}),
				policyName: command.policyName,
				document,
			},
		},
		summary: `The text of the inline policy ${command.policyName}.`,
	};
}

/** Reads one command's output. `adminUserName` is the everyday user the admin commands ask about. */
export function extract(json: JsonObject, command: CliCommand, adminUserName: string): Extracted {
	switch (command.kind) {
		case 'identity': {
			const accountId = text(json['Account']);
			const arn = text(json['Arn']);
			if (accountId === undefined || arn === undefined)
				return refuse(`The identity has no "Account" or "Arn". ${unchanged}`);
			const root = /:root$/.test(arn);
			return {
				ok: true,
				value: { caller: { accountId, arn } },
				summary: `Account ${accountId}, run as ${root ? 'the root user' : arn}.`,
			};
		}
		case 'account-summary': {
			const map = json['SummaryMap'];
			const mfa = isObject(map) ? map['AccountMFAEnabled'] : undefined;
			const keys = isObject(map) ? map['AccountAccessKeysPresent'] : undefined;
			if (typeof mfa !== 'number' || typeof keys !== 'number')
				return refuse('The summary is missing AccountMFAEnabled or AccountAccessKeysPresent. Paste the whole output.');
			return {
				ok: true,
				value: { root: { mfaEnabled: mfa === 1, accessKeysPresent: keys > 0 } },
				summary: `Root user: MFA ${mfa === 1 ? 'enabled' : 'not enabled'}, ${keys > 0 ? 'access keys present' : 'no access keys'}.`,
			};
		}
		case 'credential-report':
			return extractCredentialReport(json);
		case 'users': {
			const users = listOf(json, 'Users');
			if (typeof users === 'string') return refuse(users);
			const names = every(users, 'UserName');
			if (!names) return refuse(`A user in the list has no "UserName". ${unchanged}`);
			return {
				ok: true,
				value: { listedUsers: names.map((userName) => ({ userName })) },
				summary: names.length === 0 ? 'No IAM users.' : `${plural(names.length, 'IAM user')}: ${names.join(', ')}.`,
			};
		}
		case 'admin-mfa': {
			const devices = listOf(json, 'MFADevices');
			if (typeof devices === 'string') return refuse(devices);
			const other = devices.map((d) => text(d['UserName'])).find((n) => n !== undefined && !sameName(n, adminUserName));
			if (other)
				return refuse(
					`These MFA devices belong to ${other}, not ${adminUserName}. Run \`${command.short}\` exactly as shown, or change the user name above.`,
				);
			return {
				ok: true,
				value: { admin: { mfaDeviceCount: devices.length } },
				summary: `${adminUserName}: ${plural(devices.length, 'MFA device')}.`,
			};
		}
		case 'admin-attached':
		case 'group-attached': {
			const policies = listOf(json, 'AttachedPolicies');
			if (typeof policies === 'string') return refuse(policies);
			const arns = every(policies, 'PolicyArn');
			if (!arns) return refuse(`A policy in the list has no "PolicyArn". ${unchanged}`);
			const names = policies.map((p) => text(p['PolicyName']) ?? '').join(', ');
			const owner = command.groupName === undefined ? adminUserName : `The group ${command.groupName}`;
			return {
				ok: true,
				value:
					command.groupName === undefined
						? { admin: { attachedPolicyArns: arns } }
						: { group: { groupName: command.groupName, attachedPolicyArns: arns } },
				summary: arns.length === 0 ? `${owner}: no attached policies.` : `${owner}: ${names}.`,
			};
		}
		case 'admin-inline':
		case 'group-inline': {
			const names = stringsOf(json, 'PolicyNames');
			if (typeof names === 'string') return refuse(names);
			const inline: InlinePolicyFacts[] = names.map((name) => ({ name }));
			const owner = command.groupName === undefined ? adminUserName : `The group ${command.groupName}`;
			return {
				ok: true,
				value:
					command.groupName === undefined
						? { admin: { inlinePolicies: inline } }
						: { group: { groupName: command.groupName, inlinePolicyNames: names } },
				summary:
					names.length === 0
						? `${owner}: no inline policies.`
						: `${owner}: inline ${names.length === 1 ? 'policy' : 'policies'} ${names.join(', ')}.`,
			};
		}
		case 'admin-groups': {
			const groups = listOf(json, 'Groups');
			if (typeof groups === 'string') return refuse(groups);
			const names = every(groups, 'GroupName');
			if (!names) return refuse(`A group in the list has no "GroupName". ${unchanged}`);
			return {
				ok: true,
				value: { admin: { groupNames: names } },
				summary:
					names.length === 0 ? `${adminUserName} is in no group.` : `${adminUserName} is in ${names.join(', ')}.`,
			};
		}
		case 'user-policy':
		case 'group-policy':
			return inlineDocument(json, command);
		case 'billing-metrics':
			return extractBillingMetrics(json);
		case 'alarms':
			return extractAlarms(json);
		case 'subscriptions':
			return extractSubscriptions(json);
		case 'budgets':
			return extractBudgets(json);
		case 'budget-notifications':
			return extractBudgetNotifications(json);
	}
}

/** What an empty answer (no budgets at all) contributes. */
export function emptyContribution(command: CliCommand): Contribution {
	return command.kind === 'budgets'
		? { budgets: [] }
		: command.kind === 'budget-notifications'
			? { budgetNotifications: {} }
			: {};
}
