import type { SimError } from '../core/errors.ts';
import { own } from '../core/own.ts';
import { fail } from '../core/result.ts';
import { done, type Handler } from '../core/handler.ts';
import { optionalBoolean, optionalString, requiredString, type StringRule } from '../core/validate.ts';
import type { LoginProfileView } from '../operations.ts';
import type { IamUser, LoginProfile, SimState } from '../state.ts';
import { findUser, noSuchUser, putUser } from './lookup.ts';
import { checkDefaultPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { USER_NAME_RULE } from './users.ts';

/** `Password`: 1–128 characters from tab, newline, carriage return and U+0020–U+00FF. */
export const PASSWORD_RULE: StringRule = {
	min: 1,
	max: 128,
	// eslint-disable-next-line no-control-regex -- AWS's password pattern allows tab, line feed and carriage return.
	pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/,
	patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
	secret: true,
};

const noLoginProfile = (userName: string): string => `Login Profile for User ${userName} cannot be found.`;

/** The password-policy message for a new password, if it breaks the default policy. */
export function passwordPolicyProblem(state: SimState, password: string): string | undefined {
	const forbidden =
		state.account.alias === undefined
			? { accountId: state.account.accountId, email: state.root.email }
			: { accountId: state.account.accountId, email: state.root.email, alias: state.account.alias };
	return checkDefaultPasswordPolicy(password, forbidden);
}

function profileView(user: IamUser, profile: LoginProfile): LoginProfileView {
	return {
		UserName: user.UserName,
		CreateDate: profile.CreateDate,
		PasswordResetRequired: profile.PasswordResetRequired,
	};
}

/**
 * CreateLoginProfile: gives a user a console password, which must meet the password policy.
 * With `PasswordResetRequired` the user must choose a new password at the next sign-in.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html
 */
export const createLoginProfile: Handler<'CreateLoginProfile'> = (state, input, env) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const password = requiredString(input, 'Password', PASSWORD_RULE);
	if (!password.ok) return password;
	const reset = optionalBoolean(input, 'PasswordResetRequired');
	if (!reset.ok) return reset;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (user.loginProfile) return fail('EntityAlreadyExists', `Login Profile for user ${user.UserName} already exists.`);
	const problem = passwordPolicyProblem(state, password.value);
	if (problem) return fail('PasswordPolicyViolation', problem);
	const profile: LoginProfile = {
		password: hashPassword(password.value, env.ctx, state.settings.passwordHashIterations),
		PasswordResetRequired: reset.value ?? false,
		CreateDate: env.now,
		passwordLastChanged: env.now,
	};
	return done(putUser(state, { ...user, loginProfile: profile }), { LoginProfile: profileView(user, profile) });
};

/**
 * GetLoginProfile: whether a user has a console password (never the password itself).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html
 */
export const getLoginProfile: Handler<'GetLoginProfile'> = (state, input) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (!user.loginProfile) return fail('NoSuchEntity', noLoginProfile(user.UserName));
	return done(state, { LoginProfile: profileView(user, user.loginProfile) });
};

/**
 * UpdateLoginProfile: an administrator sets a new password and/or requires a reset.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html
 */
export const updateLoginProfile: Handler<'UpdateLoginProfile'> = (state, input, env) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const password = optionalString(input, 'Password', PASSWORD_RULE);
	if (!password.ok) return password;
	const reset = optionalBoolean(input, 'PasswordResetRequired');
	if (!reset.ok) return reset;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (!user.loginProfile) return fail('NoSuchEntity', noLoginProfile(user.UserName));
	let profile = user.loginProfile;
	if (password.value !== undefined) {
		const problem = passwordPolicyProblem(state, password.value);
		if (problem) return fail('PasswordPolicyViolation', problem);
		profile = {
			...profile,
			password: hashPassword(password.value, env.ctx, state.settings.passwordHashIterations),
			passwordLastChanged: env.now,
		};
	}
	if (reset.value !== undefined) profile = { ...profile, PasswordResetRequired: reset.value };
	return done(putUser(state, { ...user, loginProfile: profile }), {});
};

/**
 * DeleteLoginProfile: removes console access (the user can no longer sign in).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteLoginProfile.html
 */
export const deleteLoginProfile: Handler<'DeleteLoginProfile'> = (state, input) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (!user.loginProfile) return fail('NoSuchEntity', noLoginProfile(user.UserName));
	const { loginProfile: _removed, ...rest } = user;
	return done(putUser(state, rest), {});
};

/** The message for a wrong current password. UNCONFIRMED wording (see coverage doc). */
export const WRONG_OLD_PASSWORD = 'The old password you entered is incorrect.';

/**
 * Verifies the old password and stores a new one for an IAM user; shared by `ChangePassword` and
 * the sign-in page's forced password change.
 */
export function changeOwnPassword(
	state: SimState,
	userName: string,
	input: unknown,
	env: { ctx: Parameters<typeof hashPassword>[1]; now: number },
):
	| { ok: true; state: SimState }
	| { ok: false; error: SimError<'ValidationError' | 'NoSuchEntity' | 'InvalidInput' | 'PasswordPolicyViolation'> } {
	const oldPassword = requiredString(input, 'OldPassword', PASSWORD_RULE);
	if (!oldPassword.ok) return oldPassword;
	const newPassword = requiredString(input, 'NewPassword', PASSWORD_RULE);
	if (!newPassword.ok) return newPassword;
	const user = own(state.iam.users, userName);
	if (!user) return fail('NoSuchEntity', noSuchUser(userName));
	if (!user.loginProfile) return fail('NoSuchEntity', noLoginProfile(user.UserName));
	if (!verifyPassword(oldPassword.value, user.loginProfile.password, env.ctx))
		return fail('InvalidInput', WRONG_OLD_PASSWORD);
	const problem = passwordPolicyProblem(state, newPassword.value);
	if (problem) return fail('PasswordPolicyViolation', problem);
	const profile: LoginProfile = {
		...user.loginProfile,
		password: hashPassword(newPassword.value, env.ctx, state.settings.passwordHashIterations),
		PasswordResetRequired: false,
		passwordLastChanged: env.now,
	};
	return { ok: true, state: putUser(state, { ...user, loginProfile: profile }) };
}

/**
 * ChangePassword: the signed-in IAM user changes their own password. The root user changes its
 * password elsewhere, so the API refuses it with `InvalidUserType`.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
 */
export const changePassword: Handler<'ChangePassword'> = (state, input, env) => {
	if (env.principal?.type !== 'IAMUser') {
		return fail(
			'InvalidUserType',
			'The root user cannot change its password with ChangePassword; use the account settings.',
		);
	}
	const changed = changeOwnPassword(state, env.principal.userName, input, env);
	if (!changed.ok) return changed;
	return done(changed.state, {});
};
