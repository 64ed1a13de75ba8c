import { own } from '../core/own.ts';
import { fail } from '../core/result.ts';
import { done, type Handler } from '../core/handler.ts';
import { IAM_NAME_PATTERN, IAM_NAME_PATTERN_TEXT, requiredString, type Read } from '../core/validate.ts';
import { policySize, readPolicyDocument } from '../policy/policy-text.ts';
import type { InlinePolicies } from '../state.ts';
import { GROUP_NAME_RULE, noSuchGroup } from './groups.ts';
import { findGroup, findUser, noSuchUser, putGroup, putUser } from './lookup.ts';
import { USER_NAME_RULE } from './users.ts';

/**
 * Inline policies: a policy written into one user or one group, which IAM adds to the managed
 * policies attached to it. The console has no screen for them yet; a call (or a saved account)
 * can still hold one, and it counts in every evaluation like any other policy.
 */

/** All inline policies of one user together, in characters other than white space (IAM quota). */
export const USER_INLINE_POLICY_SIZE = 2048;
/** All inline policies of one group together, in characters other than white space (IAM quota). */
export const GROUP_INLINE_POLICY_SIZE = 5120;

const NAME_RULE = { min: 1, max: 128, pattern: IAM_NAME_PATTERN, patternText: IAM_NAME_PATTERN_TEXT };
const DOCUMENT_RULE = { min: 1, max: 131_072 };

/** `PolicyName` and `PolicyDocument` of a Put call, both checked for their length and characters. */
function readNewPolicy(input: unknown): Read<{ name: string; text: string }> {
	const name = requiredString(input, 'PolicyName', NAME_RULE);
	if (!name.ok) return name;
	const text = requiredString(input, 'PolicyDocument', DOCUMENT_RULE);
	if (!text.ok) return text;
	return { ok: true, value: { name: name.value, text: text.value } };
}

/**
 * The owner's policies with `name` written (replacing a policy of that name), or IAM's refusal of
 * the document or of the owner's new total size.
 */
function withPolicy(
	existing: InlinePolicies | undefined,
	policy: { name: string; text: string },
	quota: { size: number; owner: string },
): Read<InlinePolicies, 'MalformedPolicyDocument' | 'LimitExceeded'> {
	const read = readPolicyDocument(policy.text);
	if (!read.ok) return fail('MalformedPolicyDocument', read.message);
	const policies: Record<string, string> = { ...existing, [policy.name]: policy.text };
	const size = Object.values(policies).reduce((total, text) => total + policySize(text), 0);
	// SIMPLIFIED: the wording of this message is UNCONFIRMED.
	if (size > quota.size)
		return fail('LimitExceeded', `Maximum policy size of ${quota.size} bytes exceeded for ${quota.owner}`);
	return { ok: true, value: policies };
}

/** The owner's policies without `name`, or `undefined` when it has no policy of that name. */
function withoutPolicy(existing: InlinePolicies | undefined, name: string): InlinePolicies | undefined {
	if (existing === undefined || own(existing, name) === undefined) return undefined;
	const { [name]: _removed, ...rest } = existing;
	return rest;
}

/**
 * PutUserPolicy: writes (or replaces) an inline policy in a user. The document must be a policy
 * IAM can read, and the user's inline policies together stay within 2,048 characters.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html
 */
export const putUserPolicy: Handler<'PutUserPolicy'> = (state, input) => {
	const userName = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!userName.ok) return userName;
	const policy = readNewPolicy(input);
	if (!policy.ok) return policy;
	const user = findUser(state, userName.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(userName.value));
	const policies = withPolicy(user.inlinePolicies, policy.value, {
		size: USER_INLINE_POLICY_SIZE,
		owner: `user ${user.UserName}`,
	});
	if (!policies.ok) return policies;
	return done(putUser(state, { ...user, inlinePolicies: policies.value }), {});
};

/**
 * DeleteUserPolicy: removes an inline policy from a user.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPolicy.html
 */
export const deleteUserPolicy: Handler<'DeleteUserPolicy'> = (state, input) => {
	const userName = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!userName.ok) return userName;
	const policyName = requiredString(input, 'PolicyName', NAME_RULE);
	if (!policyName.ok) return policyName;
	const user = findUser(state, userName.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(userName.value));
	const rest = withoutPolicy(user.inlinePolicies, policyName.value);
	if (!rest) return fail('NoSuchEntity', `The user policy with name ${policyName.value} cannot be found.`);
	const { inlinePolicies: _old, ...without } = user;
	return done(putUser(state, Object.keys(rest).length > 0 ? { ...without, inlinePolicies: rest } : without), {});
};

/**
 * PutGroupPolicy: writes (or replaces) an inline policy in a group; every member then has it.
 * The group's inline policies together stay within 5,120 characters.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutGroupPolicy.html
 */
export const putGroupPolicy: Handler<'PutGroupPolicy'> = (state, input) => {
	const groupName = requiredString(input, 'GroupName', GROUP_NAME_RULE);
	if (!groupName.ok) return groupName;
	const policy = readNewPolicy(input);
	if (!policy.ok) return policy;
	const group = findGroup(state, groupName.value);
	if (!group) return fail('NoSuchEntity', noSuchGroup(groupName.value));
	const policies = withPolicy(group.inlinePolicies, policy.value, {
		size: GROUP_INLINE_POLICY_SIZE,
		owner: `group ${group.GroupName}`,
	});
	if (!policies.ok) return policies;
	return done(putGroup(state, { ...group, inlinePolicies: policies.value }), {});
};

/**
 * DeleteGroupPolicy: removes an inline policy from a group.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroupPolicy.html
 */
export const deleteGroupPolicy: Handler<'DeleteGroupPolicy'> = (state, input) => {
	const groupName = requiredString(input, 'GroupName', GROUP_NAME_RULE);
	if (!groupName.ok) return groupName;
	const policyName = requiredString(input, 'PolicyName', NAME_RULE);
	if (!policyName.ok) return policyName;
	const group = findGroup(state, groupName.value);
	if (!group) return fail('NoSuchEntity', noSuchGroup(groupName.value));
	const rest = withoutPolicy(group.inlinePolicies, policyName.value);
	if (!rest) return fail('NoSuchEntity', `The group policy with name ${policyName.value} cannot be found.`);
	const { inlinePolicies: _old, ...without } = group;
	return done(putGroup(state, Object.keys(rest).length > 0 ? { ...without, inlinePolicies: rest } : without), {});
};
