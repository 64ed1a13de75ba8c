import type { Read } from '../core/validate.ts';
import { userArn } from '../core/arn.ts';
import { fail } from '../core/result.ts';
import { done, nextSeq, type Handler } from '../core/handler.ts';
import { userIdFor } from '../core/ids.ts';
import {
	asRecord,
	IAM_NAME_PATTERN,
	IAM_NAME_PATTERN_TEXT,
	IAM_PATH_RULE,
	optionalString,
	requiredString,
	validationMessage,
	type StringRule,
} from '../core/validate.ts';
import type { RootUserView, UserView } from '../operations.ts';
import type { IamUser, SimState, Tag } from '../state.ts';
import { findUser, noSuchUser, putUser } from './lookup.ts';

/** User names: up to 64 letters, digits and `+=,.@_-`. */
export const USER_NAME_RULE: StringRule = {
	min: 1,
	max: 64,
	pattern: IAM_NAME_PATTERN,
	patternText: IAM_NAME_PATTERN_TEXT,
};
/** Users in an account (IAM quota). */
export const USERS_PER_ACCOUNT = 5000;

/** A user as the IAM API returns it. */
export function userView(user: IamUser): UserView {
	const view: UserView = {
		Path: user.Path,
		UserName: user.UserName,
		UserId: user.UserId,
		Arn: user.Arn,
		CreateDate: user.CreateDate,
	};
	const withLastUsed = user.lastSignIn === undefined ? view : { ...view, PasswordLastUsed: user.lastSignIn };
	return user.Tags.length > 0 ? { ...withLastUsed, Tags: user.Tags } : withLastUsed;
}

function readTags(input: unknown): Read<Tag[]> {
	const raw = asRecord(input)['Tags'];
	if (raw === undefined) return { ok: true, value: [] };
	if (!Array.isArray(raw)) return fail('ValidationError', validationMessage('Tags', null, 'Member must be a list'));
	if (raw.length > 50)
		return fail(
			'ValidationError',
			validationMessage('Tags', `[${raw.length} tags]`, 'Member must have length less than or equal to 50'),
		);
	const tags: Tag[] = [];
	for (const entry of raw) {
		const key = requiredString(entry, 'Key', { min: 1, max: 128 });
		if (!key.ok) return key;
		const value = requiredString(entry, 'Value', { min: 0, max: 256 });
		if (!value.ok) return value;
		tags.push({ Key: key.value, Value: value.value });
	}
	return { ok: true, value: tags };
}

/**
 * CreateUser: adds an IAM user. Names are unique ignoring case (`TESTUSER` and `testuser` clash)
 * and are stored and shown exactly as typed.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 */
export const createUser: Handler<'CreateUser'> = (state, input, env) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const path = optionalString(input, 'Path', IAM_PATH_RULE);
	if (!path.ok) return path;
	const tags = readTags(input);
	if (!tags.ok) return tags;
	const existing = findUser(state, name.value);
	// AWS: the message names the user as requested.
	if (existing) return fail('EntityAlreadyExists', `User with name ${name.value} already exists.`);
	if (Object.keys(state.iam.users).length >= USERS_PER_ACCOUNT) {
		return fail('LimitExceeded', `Cannot exceed quota for UsersPerAccount: ${USERS_PER_ACCOUNT}`);
	}
	const [seq, next] = nextSeq(state);
	const userPath = path.value ?? '/';
	const user: IamUser = {
		UserName: name.value,
		Path: userPath,
		Arn: userArn(state.account.accountId, userPath, name.value),
		UserId: userIdFor(seq),
		CreateDate: env.now,
		attachedPolicyArns: [],
		groupNames: [],
		mfaSerials: [],
		accessKeys: [],
		Tags: tags.value,
	};
	return done(putUser(next, user), { User: userView(user) });
};

/** The root user as `GetUser` returns it (no user name; the user id is the account id). */
export function rootUserView(state: SimState): RootUserView {
	const view: RootUserView = { UserId: state.account.accountId, Arn: `arn:aws:iam::${state.account.accountId}:root` };
	return state.root.lastSignIn === undefined ? view : { ...view, PasswordLastUsed: state.root.lastSignIn };
}

/**
 * GetUser: one user; without `UserName`, the caller (the root user when signed in as root).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 */
export const getUser: Handler<'GetUser'> = (state, input, env) => {
	const name = optionalString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const target = name.value ?? (env.principal?.type === 'IAMUser' ? env.principal.userName : undefined);
	if (target === undefined) return done(state, { User: rootUserView(state) });
	const user = findUser(state, target);
	if (!user) return fail('NoSuchEntity', noSuchUser(target));
	return done(state, { User: userView(user) });
};

/**
 * ListUsers: every IAM user, sorted by name as IAM lists them.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html
 */
export const listUsers: Handler<'ListUsers'> = (state) => {
	const users = Object.values(state.iam.users)
		.slice()
		.sort((a, b) => a.UserName.toLowerCase().localeCompare(b.UserName.toLowerCase()))
		.map(userView);
	return done(state, { Users: users, IsTruncated: false });
};

/**
 * DeleteUser: the API refuses while the user still has a password, access keys, MFA devices,
 * attached or inline policies or group memberships; the console removes those first
 * (see `deleteUserAsConsoleDoes`).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
 */
export const deleteUser: Handler<'DeleteUser'> = (state, input) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (user.loginProfile) return fail('DeleteConflict', 'Cannot delete entity, must delete login profile first.');
	if (user.accessKeys.length > 0) return fail('DeleteConflict', 'Cannot delete entity, must delete access keys first.');
	if (user.mfaSerials.length > 0) return fail('DeleteConflict', 'Cannot delete entity, must delete MFA device first.');
	if (user.attachedPolicyArns.length > 0)
		return fail('DeleteConflict', 'Cannot delete entity, must detach all policies first.');
	if (Object.keys(user.inlinePolicies ?? {}).length > 0)
		return fail('DeleteConflict', 'Cannot delete entity, must delete policies first.');
	if (user.groupNames.length > 0)
		return fail('DeleteConflict', 'Cannot delete entity, must remove users from group first.');
	const { [user.UserName]: _deleted, ...users } = state.iam.users;
	return done({ ...state, iam: { ...state.iam, users } }, {});
};
