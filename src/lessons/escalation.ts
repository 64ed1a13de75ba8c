import type { SimState, TrailRecord } from '@/simulator';
import { met, notMet, type TaskStatus } from './lab';
import { isByUser } from './checks';
import { beyondIamGrants, howToRemove, policiesBeyondIam } from './health/beyond-iam';
import { factsFromSimState, parseJson, type AccountFacts, type InlinePolicyFacts } from './health/facts';
import { actionsBeyondIam } from './health/permissions';

/**
 * Privilege escalation, as lesson 7 shows it: a user who may write IAM policies can give anyone,
 * itself included, more than IAM. There are five ways to do it, and every one counts: attach a
 * broad managed policy to a user or to a group, write a broad inline policy into a user or a
 * group, or add a user to a group that has one. What counts as "more than IAM" is the rule the
 * real-account page applies (`beyondIamGrants`), so practice and the real account agree.
 */

const GRANTING_CALLS = new Set([
	'AttachUserPolicy',
	'AttachGroupPolicy',
	'PutUserPolicy',
	'PutGroupPolicy',
	'AddUserToGroup',
]);

const member = (record: TrailRecord, name: string): string | undefined => {
	const value = (record.requestParameters as Readonly<Record<string, unknown>> | null)?.[name];
	return typeof value === 'string' ? value : undefined;
};

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether an inline policy's document allows something outside IAM. */
function inlineBeyondIam(policy: InlinePolicyFacts | undefined): boolean {
	const actions = policy?.document === undefined ? undefined : actionsBeyondIam(policy.document);
	return actions !== undefined && actions.length > 0;
}

/** Whether a group gives its members more than IAM, by its managed or its inline policies. */
function groupBeyondIam(facts: AccountFacts, groupName: string): boolean {
	const group = facts.groups?.find((g) => sameName(g.groupName, groupName));
	return (
		policiesBeyondIam(group?.attachedPolicyArns ?? []).length > 0 || (group?.inlinePolicies ?? []).some(inlineBeyondIam)
	);
}

/**
 * Whether one recorded call granted more than IAM. The call names what it granted (a policy ARN,
 * a document, a group), so the answer holds after the user it went to is deleted.
 */
function grantedBeyondIam(record: TrailRecord, facts: AccountFacts): boolean {
	switch (record.eventName) {
		case 'AttachUserPolicy':
		case 'AttachGroupPolicy':
			return policiesBeyondIam([member(record, 'PolicyArn') ?? '']).length > 0;
		case 'AddUserToGroup':
			return groupBeyondIam(facts, member(record, 'GroupName') ?? '');
		case 'PutUserPolicy':
		case 'PutGroupPolicy': {
			// The trail keeps a document of more than 512 characters cut short, no longer JSON: such a
			// document is not counted here (the clean-up task still sees what it grants).
			const document = parseJson(member(record, 'PolicyDocument') ?? '');
			return document !== undefined && inlineBeyondIam({ name: '', document });
		}
		default:
			return false;
	}
}

/** Whether `userName` has, by a call that succeeded, given someone (itself included) more than IAM. */
export function escalationShownBy(state: SimState, userName: string): boolean {
	const grants = state.trail.filter(
		(record) => isByUser(record, userName) && record.errorCode === undefined && GRANTING_CALLS.has(record.eventName),
	);
	if (grants.length === 0) return false;
	const facts = factsFromSimState(state);
	return grants.some((record) => grantedBeyondIam(record, facts));
}

/**
 * Met when no IAM user can do more than IAM, whichever way it got there; otherwise names the first
 * one that can, what reaches it, and how to take it away.
 */
export function noUserBeyondIamHealth(facts: AccountFacts, everydayUser: string): TaskStatus | undefined {
	for (const user of facts.users ?? []) {
		const extra = beyondIamGrants(facts, user.userName);
		if (extra === undefined) return undefined;
		if (extra.length === 0) continue;
		const itself = sameName(user.userName, everydayUser);
		const removal = howToRemove(extra);
		const advice = itself ? removal : `Delete the user, or ${removal.charAt(0).toLowerCase()}${removal.slice(1)}`;
		return notMet(`${user.userName}${itself ? ' itself' : ''} still has more than IAM: ${extra.join('; ')}. ${advice}`);
	}
	return met;
}
