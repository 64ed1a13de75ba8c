import { COURSE_USER } from './checks';
import { CLI_COMMANDS, findCliCommand, type CliCommand, type CliCommandId } from './cli-commands';
import type { AccountFacts, AlarmFacts, RootFacts, SubscriptionFacts, UserFacts } from './facts';

/**
 * Reads AWS CLI output pasted by the learner into {@link AccountFacts}. Pure and forgiving about
 * what surrounds the JSON (a copied prompt line, blank lines), strict about the JSON itself, and
 * every refusal says specifically what went wrong and what to do.
 */

export type ParsedOutput =
	| { readonly ok: true; readonly command: CliCommandId; readonly summary: string }
	| { readonly ok: false; readonly message: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const AWS_ERROR =
	/An error occurred \(([\w.]+)\)(?: \(reached max retries: \d+\))? when calling the (\w+) operation(?: \(reached max retries: \d+\))?: ?(.*)/;

/**
 * The JSON part of what was pasted: from the first line that starts with `{` (every command here
 * prints an object), else with `[`. A copied prompt line such as `[cloudshell-user@… ~]$` is skipped.
 */
function jsonPart(text: string): string | undefined {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const objectStart = lines.findIndex((line) => /^\s*\{/.test(line));
	const start = objectStart === -1 ? lines.findIndex((line) => /^\s*\[(?!\S+@)/.test(line)) : objectStart;
	return start === -1 ? undefined : lines.slice(start).join('\n').trim();
}

/** Whether brackets and quotes open more than they close: the usual sign of a cut-off copy. */
function looksTruncated(json: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < json.length; i++) {
		const char = json[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') depth--;
	}
	return inString || depth > 0;
}

function describeAwsError(code: string, operation: string, detail: string, expected: CliCommand): string {
	const other = CLI_COMMANDS.find((c) => c.operation === operation);
	const which =
		other && other.id !== expected.id ? ` It came from \`${other.command}\`, not \`${expected.command}\`.` : '';
	if (code === 'AccessDenied' || code === 'AccessDeniedException' || code === 'AuthorizationError') {
		return `AWS refused the ${operation} call (${code}): the identity CloudShell runs as may not read this.${which} Sign in to the console as the root user or as ${COURSE_USER} (which can read IAM), open CloudShell again and rerun the command. The message was: ${detail.trim()}`;
	}
	if (code === 'NoSuchEntity') {
		return `AWS says there is no such user (${detail.trim()}).${which} If you have not created ${COURSE_USER} yet, the lesson "Create a new IAM user" shows how; if you named it differently, replace ${COURSE_USER} in the command with its name.`;
	}
	if (code.startsWith('ExpiredToken') || code === 'InvalidClientTokenId' || code === 'UnrecognizedClientException') {
		return `AWS did not accept CloudShell's credentials (${code}).${which} Close CloudShell, reload the console page, and open CloudShell again.`;
	}
	return `That is an error message from AWS, not the command's output: ${code} when calling ${operation}.${which} ${detail.trim()}`;
}

/** Recognises the pasted text and returns its JSON object, or a specific message. */
function readOutput(
	text: string,
	expected: CliCommand,
): { ok: true; json: JsonObject } | { ok: false; message: string } {
	const trimmed = text.trim();
	if (trimmed === '')
		return {
			ok: false,
			message: `The box is empty. Run \`${expected.command}\` in CloudShell and paste everything it prints.`,
		};
	const awsError = AWS_ERROR.exec(trimmed);
	if (awsError)
		return { ok: false, message: describeAwsError(awsError[1] ?? '', awsError[2] ?? '', awsError[3] ?? '', expected) };
	if (/^(usage: aws|aws: error:|Note: AWS CLI version)/m.test(trimmed) || /command not found/.test(trimmed)) {
		return {
			ok: false,
			message: `That is the AWS CLI's help or usage text, so the command was not understood. Copy \`${expected.command}\` with its button and paste it into CloudShell exactly.`,
		};
	}
	const json = jsonPart(trimmed);
	if (json === undefined) {
		if (/^[-+|]/.test(trimmed) || /\|\s+\w+/.test(trimmed)) {
			return {
				ok: false,
				message: `This looks like table output. Run \`${expected.command} --output json\` and paste that instead.`,
			};
		}
		return {
			ok: false,
			message: `This is not JSON, so it cannot be the output of \`${expected.command}\`. Paste what the command printed, starting with the opening brace "{".`,
		};
	}
	let parsed: Json;
	try {
		parsed = JSON.parse(json) as Json;
	} catch {
		if (looksTruncated(json)) {
			return {
				ok: false,
				message:
					'The output is cut off before its end: some brackets are never closed. Scroll back up in CloudShell and copy everything down to the last closing brace "}".',
			};
		}
		return {
			ok: false,
			message: `This is almost JSON but not quite (it may have been edited, or mixed with other text). Run \`${expected.command}\` again and paste the output unchanged.`,
		};
	}
	if (!isObject(parsed))
		return {
			ok: false,
			message: `The output of \`${expected.command}\` is a JSON object starting with "{", with a "${expected.member}" member.`,
		};
	if (!(expected.member in parsed)) {
		const other = CLI_COMMANDS.find((c) => c.member in parsed);
		if (other)
			return {
				ok: false,
				message: `This looks like the output of \`${other.command}\`, not \`${expected.command}\`. Paste it into the box for \`${other.command}\`.`,
			};
		return {
			ok: false,
			message: `This JSON has no "${expected.member}" member, so it is not the output of \`${expected.command}\`.`,
		};
	}
	return { ok: true, json: parsed };
}

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function listOf(json: JsonObject, member: string, command: CliCommand): JsonObject[] | string {
	const list = json[member];
	if (!Array.isArray(list)) return `"${member}" should be a list in the output of \`${command.command}\`.`;
	const items = list.filter(isObject);
	return items.length === list.length
		? items
		: `Some entries in "${member}" are not objects; paste the output unchanged.`;
}

/** The region in an ARN (`arn:aws:service:region:account:…`). */
function arnRegion(arn: string): string | undefined {
	const region = arn.split(':')[3];
	return region === undefined || region === '' ? undefined : region;
}

type Extracted<T> = { ok: true; value: T; summary: string } | { ok: false; message: string };

function extractRoot(json: JsonObject, command: CliCommand): Extracted<RootFacts> {
	const map = json['SummaryMap'];
	if (!isObject(map))
		return { ok: false, message: `"SummaryMap" should be an object in the output of \`${command.command}\`.` };
	const mfa = map['AccountMFAEnabled'];
	const keys = map['AccountAccessKeysPresent'];
	if (typeof mfa !== 'number' || typeof keys !== 'number') {
		return {
			ok: false,
			message:
				'The summary is missing AccountMFAEnabled or AccountAccessKeysPresent. Paste the whole output; if it is complete, the command may have run in a different tool.',
		};
	}
	return {
		ok: true,
		value: { mfaEnabled: mfa === 1, accessKeysPresent: keys > 0 },
		summary: `Root user: MFA ${mfa === 1 ? 'enabled' : 'not enabled'}, ${keys > 0 ? 'access keys present' : 'no access keys'}.`,
	};
}

function extractUsers(json: JsonObject, command: CliCommand): Extracted<string[]> {
	const users = listOf(json, 'Users', command);
	if (typeof users === 'string') return { ok: false, message: users };
	const names = users.map((u) => text(u['UserName']));
	if (names.some((n) => n === undefined))
		return { ok: false, message: 'A user in the list has no "UserName". Paste the output unchanged.' };
	const known = names as string[];
	return {
		ok: true,
		value: known,
		summary:
			known.length === 0
				? 'No IAM users.'
				: `${known.length} IAM ${known.length === 1 ? 'user' : 'users'}: ${known.join(', ')}.`,
	};
}

function extractMfaCount(json: JsonObject, command: CliCommand): Extracted<number> {
	const devices = listOf(json, 'MFADevices', command);
	if (typeof devices === 'string') return { ok: false, message: devices };
	const forOthers = devices
		.map((d) => text(d['UserName']))
		.find((name) => name !== undefined && name.toLowerCase() !== COURSE_USER);
	if (forOthers)
		return {
			ok: false,
			message: `These MFA devices belong to ${forOthers}, not ${COURSE_USER}. Run \`${command.command}\` exactly as shown.`,
		};
	return {
		ok: true,
		value: devices.length,
		summary: `${COURSE_USER}: ${devices.length} MFA ${devices.length === 1 ? 'device' : 'devices'}.`,
	};
}

function extractPolicies(json: JsonObject, command: CliCommand): Extracted<string[]> {
	const policies = listOf(json, 'AttachedPolicies', command);
	if (typeof policies === 'string') return { ok: false, message: policies };
	const arns = policies.map((p) => text(p['PolicyArn']));
	if (arns.some((a) => a === undefined))
		return { ok: false, message: 'A policy in the list has no "PolicyArn". Paste the output unchanged.' };
	const names = policies.map((p) => text(p['PolicyName']) ?? '');
	return {
		ok: true,
		value: arns as string[],
		summary: names.length === 0 ? `${COURSE_USER}: no attached policies.` : `${COURSE_USER}: ${names.join(', ')}.`,
	};
}

function extractAlarms(json: JsonObject, command: CliCommand): Extracted<AlarmFacts[]> {
	const alarms = listOf(json, 'MetricAlarms', command);
	if (typeof alarms === 'string') return { ok: false, message: alarms };
	const facts: AlarmFacts[] = [];
	for (const alarm of alarms) {
		const name = text(alarm['AlarmName']);
		const arn = text(alarm['AlarmArn']);
		const region = arn === undefined ? undefined : arnRegion(arn);
		if (name === undefined || region === undefined)
			return { ok: false, message: 'An alarm has no "AlarmName" or "AlarmArn". Paste the output unchanged.' };
		const dimensions = Array.isArray(alarm['Dimensions'])
			? alarm['Dimensions']
					.filter(isObject)
					.map((d) => ({ Name: text(d['Name']) ?? '', Value: text(d['Value']) ?? '' }))
			: [];
		const actions = Array.isArray(alarm['AlarmActions'])
			? alarm['AlarmActions'].flatMap((a) => (typeof a === 'string' ? [a] : []))
			: [];
		facts.push({
			name,
			region,
			namespace: text(alarm['Namespace']) ?? '',
			metricName: text(alarm['MetricName']) ?? '',
			dimensions,
			threshold: typeof alarm['Threshold'] === 'number' ? alarm['Threshold'] : Number.NaN,
			comparisonOperator: text(alarm['ComparisonOperator']) ?? '',
			actionsEnabled: alarm['ActionsEnabled'] !== false,
			alarmActions: actions,
		});
	}
	return {
		ok: true,
		value: facts,
		summary:
			facts.length === 0
				? 'No metric alarms.'
				: `${facts.length} ${facts.length === 1 ? 'alarm' : 'alarms'}: ${facts.map((a) => `${a.name} (${a.region})`).join(', ')}.`,
	};
}

function extractSubscriptions(json: JsonObject, command: CliCommand): Extracted<SubscriptionFacts[]> {
	const subscriptions = listOf(json, 'Subscriptions', command);
	if (typeof subscriptions === 'string') return { ok: false, message: subscriptions };
	const facts: SubscriptionFacts[] = [];
	for (const s of subscriptions) {
		const arn = text(s['SubscriptionArn']);
		const topicArn = text(s['TopicArn']);
		if (arn === undefined || topicArn === undefined)
			return {
				ok: false,
				message: 'A subscription has no "SubscriptionArn" or "TopicArn". Paste the output unchanged.',
			};
		// Only a real ARN means confirmed: SNS shows "PendingConfirmation" (or "Deleted") otherwise.
		facts.push({
			topicArn,
			protocol: text(s['Protocol']) ?? '',
			endpoint: text(s['Endpoint']) ?? '',
			confirmed: arn.startsWith('arn:'),
		});
	}
	const pending = facts.filter((s) => !s.confirmed).length;
	return {
		ok: true,
		value: facts,
		summary: `${facts.length} ${facts.length === 1 ? 'subscription' : 'subscriptions'}${pending > 0 ? `, ${pending} pending confirmation` : ''}.`,
	};
}

/** Reads one pasted output for one command. */
export function parseCliOutput(id: CliCommandId, pasted: string): ParsedOutput & { readonly facts?: AccountFacts } {
	const command = findCliCommand(id);
	const read = readOutput(pasted, command);
	if (!read.ok) return read;
	const { json } = read;
	const adminWith = (extra: Partial<UserFacts>): AccountFacts => ({ users: [{ userName: COURSE_USER, ...extra }] });
	let result: Extracted<AccountFacts>;
	switch (id) {
		case 'account-summary': {
			const root = extractRoot(json, command);
			result = root.ok ? { ...root, value: { root: root.value } } : root;
			break;
		}
		case 'users': {
			const users = extractUsers(json, command);
			result = users.ok ? { ...users, value: { users: users.value.map((userName) => ({ userName })) } } : users;
			break;
		}
		case 'admin-mfa': {
			const count = extractMfaCount(json, command);
			result = count.ok ? { ...count, value: adminWith({ mfaDeviceCount: count.value }) } : count;
			break;
		}
		case 'admin-policies': {
			const arns = extractPolicies(json, command);
			result = arns.ok ? { ...arns, value: adminWith({ policyArns: arns.value }) } : arns;
			break;
		}
		case 'alarms': {
			const alarms = extractAlarms(json, command);
			result = alarms.ok ? { ...alarms, value: { alarms: alarms.value } } : alarms;
			break;
		}
		case 'subscriptions': {
			const subscriptions = extractSubscriptions(json, command);
			result = subscriptions.ok ? { ...subscriptions, value: { subscriptions: subscriptions.value } } : subscriptions;
			break;
		}
	}
	return result.ok ? { ok: true, command: id, summary: result.summary, facts: result.value } : result;
}

/** Merges users known from several outputs by name, keeping every fact learned about each. */
function mergeUsers(
	a: readonly UserFacts[] | undefined,
	b: readonly UserFacts[] | undefined,
): readonly UserFacts[] | undefined {
	if (!a) return b;
	if (!b) return a;
	const merged = new Map(a.map((user) => [user.userName.toLowerCase(), user]));
	for (const user of b) {
		const key = user.userName.toLowerCase();
		merged.set(key, { ...merged.get(key), ...user });
	}
	return [...merged.values()];
}

/**
 * Every pasted output read into one set of facts, with each box's own result. A box that is
 * empty or refused contributes nothing, and the checks that need it stay "not checked yet".
 */
export function factsFromCliOutputs(outputs: Partial<Record<CliCommandId, string>>): {
	facts: AccountFacts;
	results: Partial<Record<CliCommandId, ParsedOutput>>;
} {
	let facts: AccountFacts = {};
	const results: Partial<Record<CliCommandId, ParsedOutput>> = {};
	let listedUsers: readonly UserFacts[] | undefined;
	let adminDetails: readonly UserFacts[] | undefined;
	for (const command of CLI_COMMANDS) {
		const pasted = outputs[command.id];
		if (pasted === undefined || pasted.trim() === '') continue;
		const parsed = parseCliOutput(command.id, pasted);
		results[command.id] = parsed.ok ? { ok: true, command: parsed.command, summary: parsed.summary } : parsed;
		if (!parsed.ok || !parsed.facts) continue;
		const { users, ...rest } = parsed.facts;
		facts = { ...facts, ...rest };
		if (command.id === 'users') listedUsers = users;
		else adminDetails = mergeUsers(adminDetails, users);
	}
	// With the full user list, a detail about a user missing from it does not bring the user back.
	const users = listedUsers
		? mergeUsers(
				listedUsers,
				adminDetails?.filter((d) => listedUsers?.some((u) => u.userName.toLowerCase() === d.userName.toLowerCase())),
			)
		: adminDetails;
	return { facts: users ? { ...facts, users } : facts, results };
}
