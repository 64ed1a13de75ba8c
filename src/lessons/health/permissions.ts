import type { AccountFacts, InlinePolicyFacts } from './facts';

/**
 * What reaches an IAM user: the managed policies attached to it, the policies written into it, and
 * the same two for every group it is in. IAM adds them all up, so a check that looks at the user
 * alone misses AdministratorAccess given through a group. The labs' grading and the real-account
 * page both ask this one function.
 */

/** Where a policy reaches the user from. */
export type PolicySource = { readonly kind: 'user' } | { readonly kind: 'group'; readonly groupName: string };

export type GrantedPolicy =
	| { readonly kind: 'managed'; readonly arn: string; readonly source: PolicySource }
	| { readonly kind: 'inline'; readonly policy: InlinePolicyFacts; readonly source: PolicySource };

/** A part of the picture no output has told us yet. */
export type UnknownGrant =
	| { readonly part: 'user-attached' | 'user-inline' | 'user-groups'; readonly userName: string }
	| { readonly part: 'group-attached' | 'group-inline'; readonly groupName: string };

export interface GrantedPolicies {
	/** Every policy known to reach the user, in IAM's order: the user's own first, then each group's. */
	readonly policies: readonly GrantedPolicy[];
	/** What is still unknown; empty when the picture is complete. */
	readonly unknown: readonly UnknownGrant[];
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every policy that reaches the user, and what is not known yet; `undefined` when the user is unknown. */
export function grantedPolicies(facts: AccountFacts, userName: string): GrantedPolicies | undefined {
	const user = facts.users?.find((u) => sameName(u.userName, userName));
	if (!user) return undefined;
	const policies: GrantedPolicy[] = [];
	const unknown: UnknownGrant[] = [];
	const self: PolicySource = { kind: 'user' };
	if (user.attachedPolicyArns) {
		for (const arn of user.attachedPolicyArns) policies.push({ kind: 'managed', arn, source: self });
	} else unknown.push({ part: 'user-attached', userName: user.userName });
	if (user.inlinePolicies) {
		for (const policy of user.inlinePolicies) policies.push({ kind: 'inline', policy, source: self });
	} else unknown.push({ part: 'user-inline', userName: user.userName });
	if (!user.groupNames) {
		unknown.push({ part: 'user-groups', userName: user.userName });
		return { policies, unknown };
	}
	for (const groupName of user.groupNames) {
		const group = facts.groups?.find((g) => g.groupName === groupName);
		const source: PolicySource = { kind: 'group', groupName };
		if (group?.attachedPolicyArns) {
			for (const arn of group.attachedPolicyArns) policies.push({ kind: 'managed', arn, source });
		} else unknown.push({ part: 'group-attached', groupName });
		if (group?.inlinePolicies) {
			for (const policy of group.inlinePolicies) policies.push({ kind: 'inline', policy, source });
		} else unknown.push({ part: 'group-inline', groupName });
	}
	return { policies, unknown };
}

/** The managed policies that reach the user, each once. */
export function managedPolicyArns(granted: GrantedPolicies): string[] {
	return [...new Set(granted.policies.flatMap((p) => (p.kind === 'managed' ? [p.arn] : [])))];
}

/** "through the group Admins", or nothing for the user's own policies. */
export function describeSource(source: PolicySource): string {
	return source.kind === 'group' ? ` (through the group ${source.groupName})` : '';
}

type Statement = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * The actions an inline policy allows outside IAM, as written ("s3:*", "*"). An `Allow` with
 * `NotAction` allows everything it does not name, so it counts as "*". Deny statements only take
 * away, so they never add to the list. A document that cannot be read gives `undefined`.
 */
export function actionsBeyondIam(document: unknown): string[] | undefined {
	if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
	const statements = asList((document as Record<string, unknown>)['Statement']);
	if (statements.length === 0) return undefined;
	const beyond = new Set<string>();
	for (const raw of statements) {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
		const statement = raw as Statement;
		if (statement['Effect'] !== 'Allow') continue;
		if (statement['NotAction'] !== undefined) {
			beyond.add('* (every action but those it names)');
			continue;
		}
		for (const action of asList(statement['Action'])) {
			if (typeof action !== 'string') return undefined;
			if (!/^iam:/i.test(action)) beyond.add(action);
		}
	}
	return [...beyond];
}
