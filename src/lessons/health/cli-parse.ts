import { COURSE_USER } from './checks';
import { buildCliCommands, type CliCommand, type CommandInputs } from './cli-commands';
import type { Contribution } from './cli-contribution';
import { emptyContribution, extract } from './cli-extract';
import { readOutput, type Caller } from './cli-read';
import type { AccountFacts, BudgetFacts, GroupFacts, InlinePolicyFacts, UserFacts } from './facts';

/**
 * Reads every box of the "check your real account" page into one set of {@link AccountFacts}. The
 * page and the tests call this same function. Pure: nothing is sent or stored.
 */

export type ParsedOutput =
	| { readonly ok: true; readonly summary: string; readonly ignored?: string }
	| { readonly ok: false; readonly message: string };

export interface CheckedAccount {
	readonly facts: AccountFacts;
	/** The commands to show, built from the everyday user's name and what the outputs said so far. */
	readonly commands: readonly CliCommand[];
	/** Each filled box's result, by command id. */
	readonly results: Readonly<Record<string, ParsedOutput>>;
}

interface Round {
	readonly contributions: ReadonlyMap<string, Contribution>;
	readonly results: Record<string, ParsedOutput>;
}

function readAll(
	outputs: Readonly<Record<string, string>>,
	commands: readonly CliCommand[],
	adminUserName: string,
): Round {
	const contributions = new Map<string, Contribution>();
	const results: Record<string, ParsedOutput> = {};
	let caller: Caller | undefined;
	// The identity comes first so every later message can say who ran the commands.
	for (const command of commands) {
		const pasted = outputs[command.id];
		if (pasted === undefined || pasted.trim() === '') continue;
		const read = readOutput(pasted, command, commands, caller);
		if (!read.ok) {
			results[command.id] = read;
			continue;
		}
		if ('empty' in read) {
			contributions.set(command.id, emptyContribution(command));
			results[command.id] = { ok: true, summary: `Nothing to list. ${read.note}` };
			continue;
		}
		const extracted = extract(read.json, command, adminUserName);
		if (!extracted.ok) {
			results[command.id] = extracted;
			continue;
		}
		contributions.set(command.id, extracted.value);
		caller ??= extracted.value.caller;
		results[command.id] = { ok: true, summary: extracted.summary, ...(read.ignored ? { ignored: read.ignored } : {}) };
	}
	return { contributions, results };
}

/** What the outputs read so far add to the commands (the account ID, groups, inline policies). */
function nextInputs(adminUserName: string, round: Round): CommandInputs {
	const all = [...round.contributions.values()];
	const admin = all.reduce<Contribution['admin']>((details, c) => ({ ...details, ...c.admin }), {});
	const groupPolicyNames: Record<string, readonly string[]> = {};
	for (const c of all) if (c.group?.inlinePolicyNames) groupPolicyNames[c.group.groupName] = c.group.inlinePolicyNames;
	const accountId = all.find((c) => c.caller)?.caller?.accountId;
	return {
		adminUserName,
		...(accountId !== undefined ? { accountId } : {}),
		...(admin?.groupNames ? { groupNames: admin.groupNames } : {}),
		...(admin?.inlinePolicies ? { userPolicyNames: admin.inlinePolicies.map((p) => p.name) } : {}),
		groupPolicyNames,
	};
}

const key = (inputs: CommandInputs) => JSON.stringify(inputs);

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Attaches the texts read with get-user-policy or get-group-policy to their policies. */
function withDocuments(
	names: readonly string[],
	all: readonly Contribution[],
	groupName?: string,
): InlinePolicyFacts[] {
	return names.map((name) => {
		const read = all.find((c) => c.inlineDocument?.policyName === name && c.inlineDocument.groupName === groupName);
		return read ? { name, document: read.inlineDocument?.document } : { name };
	});
}

function mergeUsers(
	all: readonly Contribution[],
	adminUserName: string,
): Pick<AccountFacts, 'users' | 'allUsersListed'> {
	const listed = all.find((c) => c.listedUsers)?.listedUsers;
	const report = all.find((c) => c.reportUsers)?.reportUsers;
	const details = all.reduce<Omit<UserFacts, 'userName'>>((merged, c) => ({ ...merged, ...c.admin }), {});
	const admin: Omit<UserFacts, 'userName'> = {
		...details,
		...(details.inlinePolicies
			? {
					inlinePolicies: withDocuments(
						details.inlinePolicies.map((p) => p.name),
						all,
					),
				}
			: {}),
	};
	const base = listed ?? report;
	if (!base) {
		return Object.keys(admin).length > 0
			? { users: [{ userName: adminUserName, ...admin }], allUsersListed: false }
			: {};
	}
	const users = base.map((user) => {
		const fromReport = report?.find((r) => sameName(r.userName, user.userName));
		const merged: UserFacts = { ...user, ...fromReport, userName: user.userName };
		// With the full list, details about a user missing from it do not bring the user back.
		return sameName(user.userName, adminUserName) ? { ...merged, ...admin } : merged;
	});
	return { users, allUsersListed: true };
}

function mergeBudgets(all: readonly Contribution[]): readonly BudgetFacts[] | undefined {
	const budgets = all.find((c) => c.budgets)?.budgets;
	if (!budgets) return undefined;
	const alerts = all.find((c) => c.budgetNotifications)?.budgetNotifications;
	return budgets.map((budget) => (alerts ? { ...budget, notifications: alerts[budget.name] ?? [] } : budget));
}

function mergeFacts(round: Round, adminUserName: string): AccountFacts {
	const all = [...round.contributions.values()];
	const summaryRoot = round.contributions.get('account-summary')?.root;
	const reportRoot = round.contributions.get('credential-report')?.root;
	// The account summary is live; the credential report can be up to four hours old, so the summary wins.
	const root = summaryRoot ? { ...reportRoot, ...summaryRoot } : reportRoot;
	const groups: GroupFacts[] = all.flatMap((c) =>
		c.group
			? [
					{
						groupName: c.group.groupName,
						...(c.group.attachedPolicyArns ? { attachedPolicyArns: c.group.attachedPolicyArns } : {}),
						...(c.group.inlinePolicyNames
							? { inlinePolicies: withDocuments(c.group.inlinePolicyNames, all, c.group.groupName) }
							: {}),
					},
				]
			: [],
	);
	const byName = new Map<string, GroupFacts>();
	for (const group of groups) byName.set(group.groupName, { ...byName.get(group.groupName), ...group });
	const metric = all.find((c) => c.totalChargesMetric !== undefined)?.totalChargesMetric;
	const alarms = all.find((c) => c.alarms)?.alarms;
	const subscriptions = all.find((c) => c.subscriptions)?.subscriptions;
	const budgets = mergeBudgets(all);
	const observedAt = all.find((c) => c.observedAt !== undefined)?.observedAt;
	return {
		...(root ? { root } : {}),
		...mergeUsers(all, adminUserName),
		...(byName.size > 0 ? { groups: [...byName.values()] } : {}),
		...(alarms ? { alarms } : {}),
		...(subscriptions ? { subscriptions } : {}),
		...(metric !== undefined ? { billingData: { totalChargesMetric: metric } } : {}),
		...(budgets ? { budgets } : {}),
		...(observedAt !== undefined ? { observedAt } : {}),
	};
}

/**
 * Every pasted output read into one set of facts, with each box's own result. A box that is empty
 * or refused contributes nothing, and the checks that need it stay "not checked yet". Boxes whose
 * commands depend on other outputs (a group's policies) are read once those outputs are.
 */
export function factsFromCliOutputs(
	outputs: Readonly<Record<string, string>>,
	adminUserName: string = COURSE_USER,
): CheckedAccount {
	let inputs: CommandInputs = { adminUserName, groupPolicyNames: {} };
	let commands = buildCliCommands(inputs);
	let round = readAll(outputs, commands, adminUserName);
	// Each round can reveal one more level (groups, then their inline policies): three settle it.
	for (let i = 0; i < 3; i++) {
		const next = nextInputs(adminUserName, round);
		if (key(next) === key(inputs)) break;
		inputs = next;
		commands = buildCliCommands(inputs);
		round = readAll(outputs, commands, adminUserName);
	}
	return { facts: mergeFacts(round, adminUserName), commands, results: round.results };
}
