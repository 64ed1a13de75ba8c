import { own } from '../core/own.ts';
import { groupArn } from '../core/arn.ts';
import { fail } from '../core/result.ts';
import { done, nextSeq, type Handler } from '../core/handler.ts';
import { groupIdFor } from '../core/ids.ts';
import {
	IAM_NAME_PATTERN,
	IAM_NAME_PATTERN_TEXT,
	IAM_PATH_RULE,
	optionalString,
	requiredString,
	type Read,
} from '../core/validate.ts';
import type { GroupView } from '../operations.ts';
import type { IamGroup, IamUser, SimState } from '../state.ts';
import { POLICIES_PER_GROUP, readPolicy } from './attachments.ts';
import { findGroup, findUser, noSuchUser, putGroup, putUser } from './lookup.ts';
import { USER_NAME_RULE } from './users.ts';

export const GROUP_NAME_RULE = { min: 1, max: 128, pattern: IAM_NAME_PATTERN, patternText: IAM_NAME_PATTERN_TEXT };
/** Groups an IAM user can belong to (IAM quota). */
export const GROUPS_PER_USER = 10;

/** The message IAM returns for an unknown group. */
export const noSuchGroup = (name: string): string => `The group with name ${name} cannot be found.`;

function groupView(group: IamGroup): GroupView {
	return {
		Path: group.Path,
		GroupName: group.GroupName,
		GroupId: group.GroupId,
		Arn: group.Arn,
		CreateDate: group.CreateDate,
	};
}

/**
 * CreateGroup: a group whose attached policies apply to every member.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html
 */
export const createGroup: Handler<'CreateGroup'> = (state, input, env) => {
	const name = requiredString(input, 'GroupName', GROUP_NAME_RULE);
	if (!name.ok) return name;
	const path = optionalString(input, 'Path', IAM_PATH_RULE);
	if (!path.ok) return path;
	if (findGroup(state, name.value)) return fail('EntityAlreadyExists', `Group with name ${name.value} already exists.`);
	const [seq, next] = nextSeq(state);
	const groupPath = path.value ?? '/';
	const group: IamGroup = {
		GroupName: name.value,
		Path: groupPath,
		Arn: groupArn(state.account.accountId, groupPath, name.value),
		GroupId: groupIdFor(seq),
		CreateDate: env.now,
		attachedPolicyArns: [],
	};
	return done(putGroup(next, group), { Group: groupView(group) });
};

/** The group and the user a membership call names, or why either is missing. */
function readGroupAndUser(
	state: SimState,
	input: unknown,
): Read<{ group: IamGroup; user: IamUser }, 'ValidationError' | 'NoSuchEntity'> {
	const groupName = requiredString(input, 'GroupName', GROUP_NAME_RULE);
	if (!groupName.ok) return groupName;
	const userName = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!userName.ok) return userName;
	const group = findGroup(state, groupName.value);
	if (!group) return fail('NoSuchEntity', noSuchGroup(groupName.value));
	const user = findUser(state, userName.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(userName.value));
	return { ok: true, value: { group, user } };
}

/**
 * AddUserToGroup: a user can belong to at most 10 groups; adding twice changes nothing.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html
 */
export const addUserToGroup: Handler<'AddUserToGroup'> = (state, input) => {
	const found = readGroupAndUser(state, input);
	if (!found.ok) return found;
	const { group, user } = found.value;
	if (user.groupNames.includes(group.GroupName)) return done(state, {});
	if (user.groupNames.length >= GROUPS_PER_USER) {
		return fail('LimitExceeded', `Cannot exceed quota for GroupsPerUser: ${GROUPS_PER_USER}`);
	}
	return done(putUser(state, { ...user, groupNames: [...user.groupNames, group.GroupName] }), {});
};

/**
 * RemoveUserFromGroup.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveUserFromGroup.html
 */
export const removeUserFromGroup: Handler<'RemoveUserFromGroup'> = (state, input) => {
	const found = readGroupAndUser(state, input);
	if (!found.ok) return found;
	const { group, user } = found.value;
	if (!user.groupNames.includes(group.GroupName)) {
		return fail('NoSuchEntity', `User ${user.UserName} is not in group ${group.GroupName}.`);
	}
	return done(putUser(state, { ...user, groupNames: user.groupNames.filter((g) => g !== group.GroupName) }), {});
};

/**
 * AttachGroupPolicy: the policy then applies to every member of the group.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachGroupPolicy.html
 */
export const attachGroupPolicy: Handler<'AttachGroupPolicy'> = (state, input) => {
	const groupName = requiredString(input, 'GroupName', GROUP_NAME_RULE);
	if (!groupName.ok) return groupName;
	const policy = readPolicy(input);
	if (!policy.ok) return policy;
	const group = findGroup(state, groupName.value);
	if (!group) return fail('NoSuchEntity', noSuchGroup(groupName.value));
	if (group.attachedPolicyArns.includes(policy.value.Arn)) return done(state, {});
	if (group.attachedPolicyArns.length >= POLICIES_PER_GROUP) {
		return fail('LimitExceeded', `Cannot exceed quota for PoliciesPerGroup: ${POLICIES_PER_GROUP}`);
	}
	return done(putGroup(state, { ...group, attachedPolicyArns: [...group.attachedPolicyArns, policy.value.Arn] }), {});
};

/**
 * ListGroups.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html
 */
export const listGroups: Handler<'ListGroups'> = (state) =>
	done(state, {
		Groups: Object.values(state.iam.groups)
			.slice()
			.sort((a, b) => a.GroupName.toLowerCase().localeCompare(b.GroupName.toLowerCase()))
			.map(groupView),
		IsTruncated: false,
	});

/**
 * ListGroupsForUser.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupsForUser.html
 */
export const listGroupsForUser: Handler<'ListGroupsForUser'> = (state, input) => {
	const userName = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!userName.ok) return userName;
	const user = findUser(state, userName.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(userName.value));
	const groups = user.groupNames.map((g) => own(state.iam.groups, g)).filter((g): g is IamGroup => g !== undefined);
	return done(state, { Groups: groups.map(groupView), IsTruncated: false });
};
