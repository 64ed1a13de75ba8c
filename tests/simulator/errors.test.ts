/**
 * One case (at least) for every error code each operation can return, asserting code, message
 * and HTTP status. Messages follow AWS; the UNCONFIRMED ones are listed in
 * docs/simulator-coverage.md.
 */
import { describe, expect, it } from 'vitest';
import {
	BILLING,
	createFreshAccount,
	IAM_FULL_ACCESS,
	IAM_READ_ONLY_ACCESS,
	PRACTICE_ROOT,
	selectMailbox,
	totpCode,
	type ApiCall,
	type SimState,
} from '@/simulator';
import { given, TEST_HASH_ITERATIONS, type Given } from '../support/given.ts';

const ACCT = PRACTICE_ROOT.accountId;
const ROOT_PASSWORD_LOGIN = {
	LoginType: 'Root',
	Email: PRACTICE_ROOT.email,
	Password: PRACTICE_ROOT.password,
} as const;
const TOPIC = `arn:aws:sns:us-east-1:${ACCT}:alerts`;

type Case = readonly [
	name: string,
	arrange: (g: Given) => ApiCall,
	code: string,
	message: string | RegExp,
	status: number,
];

function withUser(g: Given, name = 'alice'): Given {
	return g.rootSignedIn().user(name);
}

function withTopic(g: Given): Given {
	g.rootSignedIn().ok({ op: 'CreateTopic', input: { Name: 'alerts' } });
	return g;
}

/** Replaces a user's record directly, for limits the public API cannot reach with the seven managed policies. */
function patchUser(
	g: Given,
	name: string,
	patch: (u: SimState['iam']['users'][string]) => SimState['iam']['users'][string],
): void {
	const user = g.state.iam.users[name];
	if (!user) throw new Error('no user');
	g.state = { ...g.state, iam: { ...g.state.iam, users: { ...g.state.iam.users, [name]: patch(user) } } };
}

const FAKE_POLICIES = Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/job-function/Fake${i}`);

const cases: readonly Case[] = [
	// Console sign-in
	[
		'ConsoleLogin: wrong root password',
		() => ({ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: 'nope' } }),
		'AuthenticationFailed',
		'Your authentication information is incorrect. Please try again.',
		401,
	],
	[
		'ConsoleLogin: wrong account for an IAM user',
		(g) => (
			withUser(g).call({ op: 'ConsoleLogout', input: {} }),
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'IAMUser', Account: '999999999999', UserName: 'alice', Password: 'Practice-User-Pass-1' },
			}
		),
		'AuthenticationFailed',
		'Your authentication information is incorrect. Please try again.',
		401,
	],
	[
		'ConsoleLogin: unknown LoginType',
		() => ({ op: 'ConsoleLogin', input: { LoginType: 'Admin', Email: 'x', Password: 'y' } as never }),
		'ValidationError',
		"1 validation error detected: Value 'Admin' at 'loginType' failed to satisfy constraint: Member must satisfy enum value set: [Root, IAMUser]",
		400,
	],
	[
		'ChangeExpiredPassword: no sign-in waiting',
		() => ({ op: 'ChangeExpiredPassword', input: { OldPassword: 'a', NewPassword: 'b' } }),
		'NoPendingSignIn',
		'Your sign-in session has expired. Sign in again.',
		400,
	],
	...(['InvalidInput', 'PasswordPolicyViolation', 'ValidationError'] as const).map((code): Case => [
		`ChangeExpiredPassword: ${code}`,
		(g) => {
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } });
			g.ok({
				op: 'CreateLoginProfile',
				input: { UserName: 'bob', Password: 'Temp-Pass-1234', PasswordResetRequired: true },
			});
			g.ok({ op: 'ConsoleLogout', input: {} });
			g.ok({
				op: 'ConsoleLogin',
				input: { LoginType: 'IAMUser', Account: ACCT, UserName: 'bob', Password: 'Temp-Pass-1234' },
			});
			if (code === 'InvalidInput')
				return { op: 'ChangeExpiredPassword', input: { OldPassword: 'wrong', NewPassword: 'Brand-New-Pass-1' } };
			if (code === 'PasswordPolicyViolation')
				return { op: 'ChangeExpiredPassword', input: { OldPassword: 'Temp-Pass-1234', NewPassword: 'short' } };
			return { op: 'ChangeExpiredPassword', input: { OldPassword: 'Temp-Pass-1234' } as never };
		},
		code,
		code === 'InvalidInput'
			? 'The old password you entered is incorrect.'
			: code === 'PasswordPolicyViolation'
				? 'Password should have a minimum length of 8'
				: "1 validation error detected: Value null at 'newPassword' failed to satisfy constraint: Member must not be null",
		code === 'InvalidInput' || code === 'PasswordPolicyViolation' || code === 'ValidationError' ? 400 : 0,
	]),
	[
		'ChangeExpiredPassword: the user was deleted while the sign-in waited for a new password',
		(g) => {
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } });
			g.ok({
				op: 'CreateLoginProfile',
				input: { UserName: 'bob', Password: 'Temp-Pass-1234', PasswordResetRequired: true },
			});
			g.ok({ op: 'ConsoleLogout', input: {} });
			g.ok({
				op: 'ConsoleLogin',
				input: { LoginType: 'IAMUser', Account: ACCT, UserName: 'bob', Password: 'Temp-Pass-1234' },
			});
			// Someone else deletes the user (with an access key, say) between the two sign-in steps.
			const { bob: _deleted, ...others } = g.state.iam.users;
			g.state = { ...g.state, iam: { ...g.state.iam, users: others } };
			return { op: 'ChangeExpiredPassword', input: { OldPassword: 'Temp-Pass-1234', NewPassword: 'Brand-New-Pass-1' } };
		},
		'NoSuchEntity',
		'The user with name bob cannot be found.',
		404,
	],
	[
		'ConsoleLogout: not signed in',
		() => ({ op: 'ConsoleLogout', input: {} }),
		'MissingAuthenticationToken',
		'Request is missing Authentication Token',
		403,
	],
	// The root user's prompt to register MFA, and resynchronizing from the sign-in page
	[
		'SkipMFARegistration: no sign-in waiting at the prompt',
		() => ({ op: 'SkipMFARegistration', input: {} }),
		'NoPendingSignIn',
		'Your sign-in session has expired. Sign in again.',
		400,
	],
	[
		'SkipMFARegistration: the 35 days are over',
		(g) => {
			g.ok({ op: 'ConsoleLogin', input: ROOT_PASSWORD_LOGIN });
			g.ok({ op: 'AdvanceBillingClock', input: { Hours: 744 } });
			g.ok({ op: 'AdvanceBillingClock', input: { Hours: 96 } });
			return { op: 'SkipMFARegistration', input: {} };
		},
		'MFARegistrationRequired',
		'The 35 days to skip registering MFA are over. Register an MFA device for the root user to sign in.',
		403,
	],
	[
		'StartMFARegistration: no sign-in waiting at the prompt',
		() => ({ op: 'StartMFARegistration', input: {} }),
		'NoPendingSignIn',
		'Your sign-in session has expired. Sign in again.',
		400,
	],
	[
		'any call while the root user must register MFA',
		(g) => {
			g.ok({ op: 'ConsoleLogin', input: ROOT_PASSWORD_LOGIN });
			g.ok({ op: 'AdvanceBillingClock', input: { Hours: 744 } });
			g.ok({ op: 'AdvanceBillingClock', input: { Hours: 96 } });
			g.ok({ op: 'StartMFARegistration', input: {} });
			return { op: 'ListUsers', input: {} };
		},
		'MFARegistrationRequired',
		'Register an MFA device for the root user first: the 35 days to skip this are over.',
		403,
	],
	[
		'ResyncMFADeviceAtSignIn: no sign-in waiting for a code',
		() => ({ op: 'ResyncMFADeviceAtSignIn', input: { AuthenticationCode1: '123456', AuthenticationCode2: '234567' } }),
		'NoPendingSignIn',
		'Your sign-in session has expired. Sign in again.',
		400,
	],
	...(['InvalidAuthenticationCode', 'ValidationError'] as const).map((code): Case => [
		`ResyncMFADeviceAtSignIn: ${code}`,
		(g) => {
			g.rootSignedIn().mfa('root-phone');
			g.ok({ op: 'ConsoleLogout', input: {} });
			g.ok({ op: 'ConsoleLogin', input: ROOT_PASSWORD_LOGIN });
			return {
				op: 'ResyncMFADeviceAtSignIn',
				input: { AuthenticationCode1: code === 'ValidationError' ? '12345' : '000000', AuthenticationCode2: '111111' },
			};
		},
		code,
		code === 'ValidationError'
			? "1 validation error detected: Value '********' at 'authenticationCode1' failed to satisfy constraint: Member must have length greater than or equal to 6"
			: 'Authentication code for device is not valid.',
		code === 'ValidationError' ? 400 : 403,
	]),

	// IAM users
	[
		'CreateUser: duplicate name ignoring case',
		(g) => (withUser(g, 'iam-admin'), { op: 'CreateUser', input: { UserName: 'IAM-Admin' } }),
		'EntityAlreadyExists',
		'User with name IAM-Admin already exists.',
		409,
	],
	[
		'CreateUser: a space in the name',
		(g) => (g.rootSignedIn(), { op: 'CreateUser', input: { UserName: 'iam admin' } }),
		'ValidationError',
		"1 validation error detected: Value 'iam admin' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
		400,
	],
	[
		'CreateUser: 65 characters',
		(g) => (g.rootSignedIn(), { op: 'CreateUser', input: { UserName: 'a'.repeat(65) } }),
		'ValidationError',
		`1 validation error detected: Value '${'a'.repeat(65)}' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64`,
		400,
	],
	[
		'CreateUser: 5000 users already',
		(g) => {
			g.rootSignedIn().user('template');
			const template = g.state.iam.users['template'];
			if (!template) throw new Error('no template');
			const users: Record<string, typeof template> = {};
			for (let i = 0; i < 5000; i++) users[`u${i}`] = { ...template, UserName: `u${i}` };
			g.state = { ...g.state, iam: { ...g.state.iam, users } };
			return { op: 'CreateUser', input: { UserName: 'one-more' } };
		},
		'LimitExceeded',
		'Cannot exceed quota for UsersPerAccount: 5000',
		409,
	],
	[
		'GetUser: unknown user',
		(g) => (g.rootSignedIn(), { op: 'GetUser', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'DeleteUser: unknown user',
		(g) => (g.rootSignedIn(), { op: 'DeleteUser', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'DeleteUser: login profile left',
		(g) => (withUser(g), { op: 'DeleteUser', input: { UserName: 'alice' } }),
		'DeleteConflict',
		'Cannot delete entity, must delete login profile first.',
		409,
	],
	[
		'DeleteUser: access key left',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'k' } }),
			g.ok({ op: 'CreateAccessKey', input: { UserName: 'k' } }),
			{ op: 'DeleteUser', input: { UserName: 'k' } }
		),
		'DeleteConflict',
		'Cannot delete entity, must delete access keys first.',
		409,
	],
	[
		'DeleteUser: MFA device left',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'm' } }),
			g.mfa('m-phone', 'm'),
			{ op: 'DeleteUser', input: { UserName: 'm' } }
		),
		'DeleteConflict',
		'Cannot delete entity, must delete MFA device first.',
		409,
	],
	[
		'DeleteUser: policy left',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'p' } }),
			g.ok({ op: 'AttachUserPolicy', input: { UserName: 'p', PolicyArn: IAM_FULL_ACCESS.Arn } }),
			{ op: 'DeleteUser', input: { UserName: 'p' } }
		),
		'DeleteConflict',
		'Cannot delete entity, must detach all policies first.',
		409,
	],
	[
		'DeleteUser: group left',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'gm' } }),
			g.ok({ op: 'CreateGroup', input: { GroupName: 'admins' } }),
			g.ok({ op: 'AddUserToGroup', input: { GroupName: 'admins', UserName: 'gm' } }),
			{ op: 'DeleteUser', input: { UserName: 'gm' } }
		),
		'DeleteConflict',
		'Cannot delete entity, must remove users from group first.',
		409,
	],

	// Login profiles and passwords
	[
		'CreateLoginProfile: unknown user',
		(g) => (g.rootSignedIn(), { op: 'CreateLoginProfile', input: { UserName: 'ghost', Password: 'Good-Pass-123' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'CreateLoginProfile: already has one',
		(g) => (withUser(g), { op: 'CreateLoginProfile', input: { UserName: 'alice', Password: 'Good-Pass-123' } }),
		'EntityAlreadyExists',
		'Login Profile for user alice already exists.',
		409,
	],
	[
		'CreateLoginProfile: only two character types',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } }),
			{ op: 'CreateLoginProfile', input: { UserName: 'bob', Password: 'alllowercase1' } }
		),
		'PasswordPolicyViolation',
		'Password should have at least three of the following character types: uppercase letters, lowercase letters, numbers and non-alphanumeric characters',
		400,
	],
	[
		'CreateLoginProfile: the account email',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } }),
			{ op: 'CreateLoginProfile', input: { UserName: 'bob', Password: 'Learner@Example.com' } }
		),
		'PasswordPolicyViolation',
		'Password should not be identical to the AWS account name or email address',
		400,
	],
	[
		'CreateLoginProfile: 129 characters',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } }),
			{ op: 'CreateLoginProfile', input: { UserName: 'bob', Password: 'Aa1!'.repeat(33).slice(0, 129) } }
		),
		'ValidationError',
		"1 validation error detected: Value '********' at 'password' failed to satisfy constraint: Member must have length less than or equal to 128",
		400,
	],
	[
		'GetLoginProfile: unknown user',
		(g) => (g.rootSignedIn(), { op: 'GetLoginProfile', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'GetLoginProfile: no password',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } }),
			{ op: 'GetLoginProfile', input: { UserName: 'bob' } }
		),
		'NoSuchEntity',
		'Login Profile for User bob cannot be found.',
		404,
	],
	[
		'UpdateLoginProfile: no password',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } }),
			{ op: 'UpdateLoginProfile', input: { UserName: 'bob', PasswordResetRequired: true } }
		),
		'NoSuchEntity',
		'Login Profile for User bob cannot be found.',
		404,
	],
	[
		'UpdateLoginProfile: weak password',
		(g) => (withUser(g), { op: 'UpdateLoginProfile', input: { UserName: 'alice', Password: 'weak' } }),
		'PasswordPolicyViolation',
		'Password should have a minimum length of 8',
		400,
	],
	[
		'DeleteLoginProfile: no password',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateUser', input: { UserName: 'bob' } }),
			{ op: 'DeleteLoginProfile', input: { UserName: 'bob' } }
		),
		'NoSuchEntity',
		'Login Profile for User bob cannot be found.',
		404,
	],
	[
		'ChangePassword: as root',
		(g) => (
			g.rootSignedIn(),
			{ op: 'ChangePassword', input: { OldPassword: PRACTICE_ROOT.password, NewPassword: 'Another-Pass-1' } }
		),
		'InvalidUserType',
		'The root user cannot change its password with ChangePassword; use the account settings.',
		400,
	],
	[
		'ChangePassword: wrong old password',
		(g) => (
			withUser(g, 'carol').user('x', [IAM_FULL_ACCESS.Arn]),
			g.ok({
				op: 'AttachUserPolicy',
				input: { UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' },
			}),
			g.signInAs('carol'),
			{ op: 'ChangePassword', input: { OldPassword: 'wrong', NewPassword: 'Another-Pass-1' } }
		),
		'InvalidInput',
		'The old password you entered is incorrect.',
		400,
	],
	[
		'ChangePassword: weak new password',
		(g) => (
			withUser(g, 'carol'),
			g.ok({
				op: 'AttachUserPolicy',
				input: { UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' },
			}),
			g.signInAs('carol'),
			{ op: 'ChangePassword', input: { OldPassword: 'Practice-User-Pass-1', NewPassword: 'password' } }
		),
		'PasswordPolicyViolation',
		'Password should have at least three of the following character types: uppercase letters, lowercase letters, numbers and non-alphanumeric characters',
		400,
	],
	[
		'ChangePassword: password removed meanwhile',
		(g) => (
			withUser(g, 'admin'),
			g.ok({ op: 'AttachUserPolicy', input: { UserName: 'admin', PolicyArn: IAM_FULL_ACCESS.Arn } }),
			g.signInAs('admin'),
			g.ok({ op: 'DeleteLoginProfile', input: { UserName: 'admin' } }),
			{ op: 'ChangePassword', input: { OldPassword: 'Practice-User-Pass-1', NewPassword: 'Another-Pass-1' } }
		),
		'NoSuchEntity',
		'Login Profile for User admin cannot be found.',
		404,
	],

	// Managed policies
	[
		'AttachUserPolicy: unknown user',
		(g) => (g.rootSignedIn(), { op: 'AttachUserPolicy', input: { UserName: 'ghost', PolicyArn: IAM_FULL_ACCESS.Arn } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'AttachUserPolicy: unknown policy',
		(g) => (
			withUser(g),
			{ op: 'AttachUserPolicy', input: { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' } }
		),
		'NoSuchEntity',
		'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.',
		404,
	],
	[
		'AttachUserPolicy: malformed ARN',
		(g) => (
			withUser(g),
			{ op: 'AttachUserPolicy', input: { UserName: 'alice', PolicyArn: 'IAMFullAccess-not-an-arn' } }
		),
		'InvalidInput',
		'ARN IAMFullAccess-not-an-arn is not valid.',
		400,
	],
	[
		'AttachUserPolicy: ten policies already',
		(g) => (
			withUser(g),
			patchUser(g, 'alice', (u) => ({ ...u, attachedPolicyArns: FAKE_POLICIES })),
			{ op: 'AttachUserPolicy', input: { UserName: 'alice', PolicyArn: IAM_FULL_ACCESS.Arn } }
		),
		'LimitExceeded',
		'Cannot exceed quota for PoliciesPerUser: 10',
		409,
	],
	[
		'DetachUserPolicy: not attached',
		(g) => (withUser(g), { op: 'DetachUserPolicy', input: { UserName: 'alice', PolicyArn: IAM_FULL_ACCESS.Arn } }),
		'NoSuchEntity',
		`Policy ${IAM_FULL_ACCESS.Arn} was not found.`,
		404,
	],
	[
		'DetachUserPolicy: malformed ARN',
		(g) => (
			withUser(g),
			{ op: 'DetachUserPolicy', input: { UserName: 'alice', PolicyArn: 'arn:aws:s3:::bucket-name-long' } }
		),
		'InvalidInput',
		'ARN arn:aws:s3:::bucket-name-long is not valid.',
		400,
	],
	[
		'ListAttachedUserPolicies: unknown user',
		(g) => (g.rootSignedIn(), { op: 'ListAttachedUserPolicies', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'ListPolicies: bad scope',
		(g) => (g.rootSignedIn(), { op: 'ListPolicies', input: { Scope: 'Mine' as never } }),
		'ValidationError',
		"1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
		400,
	],
	[
		'GetPolicy: unknown policy',
		(g) => (g.rootSignedIn(), { op: 'GetPolicy', input: { PolicyArn: 'arn:aws:iam::aws:policy/Nope' } }),
		'NoSuchEntity',
		'Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.',
		404,
	],
	[
		'GetPolicy: malformed ARN',
		(g) => (g.rootSignedIn(), { op: 'GetPolicy', input: { PolicyArn: 'policy/IAMFullAccess/xx' } }),
		'InvalidInput',
		'ARN policy/IAMFullAccess/xx is not valid.',
		400,
	],
	[
		'GetPolicyVersion: old version',
		(g) => (g.rootSignedIn(), { op: 'GetPolicyVersion', input: { PolicyArn: IAM_FULL_ACCESS.Arn, VersionId: 'v1' } }),
		'NoSuchEntity',
		`Policy ${IAM_FULL_ACCESS.Arn} version v1 does not exist or is not attachable.`,
		404,
	],
	[
		'GetPolicyVersion: malformed ARN',
		(g) => (
			g.rootSignedIn(),
			{ op: 'GetPolicyVersion', input: { PolicyArn: 'not-an-arn-at-all-really', VersionId: 'v1' } }
		),
		'InvalidInput',
		'ARN not-an-arn-at-all-really is not valid.',
		400,
	],

	// Groups
	[
		'CreateGroup: duplicate',
		(g) => (
			g.rootSignedIn().ok({ op: 'CreateGroup', input: { GroupName: 'Admins' } }),
			{ op: 'CreateGroup', input: { GroupName: 'admins' } }
		),
		'EntityAlreadyExists',
		'Group with name admins already exists.',
		409,
	],
	[
		'AddUserToGroup: unknown group',
		(g) => (withUser(g), { op: 'AddUserToGroup', input: { GroupName: 'nope', UserName: 'alice' } }),
		'NoSuchEntity',
		'The group with name nope cannot be found.',
		404,
	],
	[
		'AddUserToGroup: eleventh group',
		(g) => {
			withUser(g);
			for (let i = 0; i < 11; i++) g.ok({ op: 'CreateGroup', input: { GroupName: `g${i}` } });
			for (let i = 0; i < 10; i++) g.ok({ op: 'AddUserToGroup', input: { GroupName: `g${i}`, UserName: 'alice' } });
			return { op: 'AddUserToGroup', input: { GroupName: 'g10', UserName: 'alice' } };
		},
		'LimitExceeded',
		'Cannot exceed quota for GroupsPerUser: 10',
		409,
	],
	[
		'RemoveUserFromGroup: not a member',
		(g) => (
			withUser(g).ok({ op: 'CreateGroup', input: { GroupName: 'admins' } }),
			{ op: 'RemoveUserFromGroup', input: { GroupName: 'admins', UserName: 'alice' } }
		),
		'NoSuchEntity',
		'User alice is not in group admins.',
		404,
	],
	[
		'AttachGroupPolicy: unknown group',
		(g) => (
			g.rootSignedIn(),
			{ op: 'AttachGroupPolicy', input: { GroupName: 'nope', PolicyArn: IAM_FULL_ACCESS.Arn } }
		),
		'NoSuchEntity',
		'The group with name nope cannot be found.',
		404,
	],
	[
		'AttachGroupPolicy: malformed ARN',
		(g) => (
			g.rootSignedIn(),
			{ op: 'AttachGroupPolicy', input: { GroupName: 'nope', PolicyArn: 'IAMFullAccess-not-an-arn' } }
		),
		'InvalidInput',
		'ARN IAMFullAccess-not-an-arn is not valid.',
		400,
	],
	[
		'AttachGroupPolicy: ten policies already',
		(g) => {
			g.rootSignedIn().ok({ op: 'CreateGroup', input: { GroupName: 'admins' } });
			const group = g.state.iam.groups['admins'];
			if (!group) throw new Error('no group');
			g.state = {
				...g.state,
				iam: { ...g.state.iam, groups: { admins: { ...group, attachedPolicyArns: FAKE_POLICIES } } },
			};
			return { op: 'AttachGroupPolicy', input: { GroupName: 'admins', PolicyArn: IAM_FULL_ACCESS.Arn } };
		},
		'LimitExceeded',
		'Cannot exceed quota for PoliciesPerGroup: 10',
		409,
	],
	[
		'ListGroupsForUser: unknown user',
		(g) => (g.rootSignedIn(), { op: 'ListGroupsForUser', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],

	// MFA (EnableMFADevice and CreateVirtualMFADevice are covered in mfa/enable-mfa.test.ts)
	[
		'DeactivateMFADevice: not enabled',
		(g) => (g.rootSignedIn(), { op: 'DeactivateMFADevice', input: { SerialNumber: `arn:aws:iam::${ACCT}:mfa/none` } }),
		'NoSuchEntity',
		`MFA Device with serial number arn:aws:iam::${ACCT}:mfa/none does not exist.`,
		404,
	],
	[
		'DeleteVirtualMFADevice: unknown',
		(g) => (
			g.rootSignedIn(),
			{ op: 'DeleteVirtualMFADevice', input: { SerialNumber: `arn:aws:iam::${ACCT}:mfa/none` } }
		),
		'NoSuchEntity',
		`VirtualMFADevice with serial number arn:aws:iam::${ACCT}:mfa/none doesn't exist.`,
		404,
	],
	[
		'DeleteVirtualMFADevice: still enabled',
		(g) => {
			const { serial } = g.rootSignedIn().mfa('root-phone');
			return { op: 'DeleteVirtualMFADevice', input: { SerialNumber: serial } };
		},
		'DeleteConflict',
		'MFA VirtualDevice in use. Must deactivate first.',
		409,
	],
	[
		'ResyncMFADevice: not enabled',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'ResyncMFADevice',
				input: {
					SerialNumber: `arn:aws:iam::${ACCT}:mfa/none`,
					AuthenticationCode1: '123456',
					AuthenticationCode2: '654321',
				},
			}
		),
		'NoSuchEntity',
		`MFA Device with serial number arn:aws:iam::${ACCT}:mfa/none does not exist.`,
		404,
	],
	[
		'ResyncMFADevice: wrong codes',
		(g) => {
			const { serial } = g.rootSignedIn().mfa('root-phone');
			return {
				op: 'ResyncMFADevice',
				input: { SerialNumber: serial, AuthenticationCode1: '000000', AuthenticationCode2: '000001' },
			};
		},
		'InvalidAuthenticationCode',
		'Authentication code for device is not valid.',
		403,
	],
	[
		'ListMFADevices: unknown user',
		(g) => (g.rootSignedIn(), { op: 'ListMFADevices', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'ListVirtualMFADevices: bad status',
		(g) => (g.rootSignedIn(), { op: 'ListVirtualMFADevices', input: { AssignmentStatus: 'Some' as never } }),
		'ValidationError',
		"1 validation error detected: Value 'Some' at 'assignmentStatus' failed to satisfy constraint: Member must satisfy enum value set: [Assigned, Unassigned, Any]",
		400,
	],

	// Access keys
	[
		'CreateAccessKey: unknown user',
		(g) => (g.rootSignedIn(), { op: 'CreateAccessKey', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'CreateAccessKey: third key',
		(g) => (
			withUser(g).ok({ op: 'CreateAccessKey', input: { UserName: 'alice' } }),
			g.ok({ op: 'CreateAccessKey', input: { UserName: 'alice' } }),
			{ op: 'CreateAccessKey', input: { UserName: 'alice' } }
		),
		'LimitExceeded',
		'Cannot exceed quota for AccessKeysPerUser: 2',
		409,
	],
	[
		'UpdateAccessKey: unknown key',
		(g) => (
			withUser(g),
			{ op: 'UpdateAccessKey', input: { UserName: 'alice', AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA', Status: 'Inactive' } }
		),
		'NoSuchEntity',
		'The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found.',
		404,
	],
	[
		'UpdateAccessKey: bad status',
		(g) => (
			withUser(g),
			{
				op: 'UpdateAccessKey',
				input: { UserName: 'alice', AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA', Status: 'Off' as never },
			}
		),
		'ValidationError',
		"1 validation error detected: Value 'Off' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]",
		400,
	],
	[
		'DeleteAccessKey: unknown key',
		(g) => (g.rootSignedIn(), { op: 'DeleteAccessKey', input: { AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' } }),
		'NoSuchEntity',
		'The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found.',
		404,
	],
	[
		'ListAccessKeys: unknown user',
		(g) => (g.rootSignedIn(), { op: 'ListAccessKeys', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],

	// Account
	[
		'CreateAccountAlias: taken elsewhere',
		(g) => (g.rootSignedIn(), { op: 'CreateAccountAlias', input: { AccountAlias: 'example' } }),
		'EntityAlreadyExists',
		'The account alias example already exists.',
		409,
	],
	[
		'CreateAccountAlias: 12 digits',
		(g) => (g.rootSignedIn(), { op: 'CreateAccountAlias', input: { AccountAlias: '123456789012' } }),
		'ValidationError',
		'The account alias cannot be a 12-digit number.',
		400,
	],
	[
		'CreateAccountAlias: two dashes',
		(g) => (g.rootSignedIn(), { op: 'CreateAccountAlias', input: { AccountAlias: 'my--alias' } }),
		'ValidationError',
		"1 validation error detected: Value 'my--alias' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
		400,
	],
	[
		'DeleteAccountAlias: not this alias',
		(g) => (g.rootSignedIn(), { op: 'DeleteAccountAlias', input: { AccountAlias: 'other-alias' } }),
		'NoSuchEntity',
		'The account alias other-alias cannot be found.',
		404,
	],
	[
		'GetAccountPasswordPolicy: default policy',
		(g) => (g.rootSignedIn(), { op: 'GetAccountPasswordPolicy', input: {} }),
		'NoSuchEntity',
		`The Password Policy with domain name ${ACCT} cannot be found.`,
		404,
	],

	// Billing console
	[
		'UpdateBillingPreferences: turning alerts off',
		(g) => (
			g.rootSignedIn().ok({ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } }),
			{ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: false } }
		),
		'ValidationException',
		'Billing alerts cannot be turned off once they are on. Delete the billing alarms you no longer want instead.',
		400,
	],
	[
		'UpdateIamUserAccessToBilling: as an IAM user',
		(g) => (
			withUser(g, 'admin').ok({
				op: 'AttachUserPolicy',
				input: { UserName: 'admin', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
			}),
			g.signInAs('admin'),
			{ op: 'UpdateIamUserAccessToBilling', input: { Activate: true } }
		),
		'AccessDenied',
		`User: arn:aws:iam::${ACCT}:user/admin is not authorized to perform: billing:UpdateIAMAccessPreference because only the root user can perform this action`,
		403,
	],
	[
		'GetBillingPreferences: IAM access not activated',
		(g) => (
			withUser(g, 'payer').ok({ op: 'AttachUserPolicy', input: { UserName: 'payer', PolicyArn: BILLING.Arn } }),
			g.signInAs('payer'),
			{ op: 'GetBillingPreferences', input: {} }
		),
		'AccessDenied',
		`User: arn:aws:iam::${ACCT}:user/payer is not authorized to perform: billing:GetBillingPreferences because IAM user and role access to Billing information is not activated for this account`,
		403,
	],
	[
		'GetCostSummary: IAM access to Billing activated, but no policy',
		(g) => (
			withUser(g).ok({ op: 'UpdateIamUserAccessToBilling', input: { Activate: true } }),
			g.signInAs('alice'),
			{ op: 'GetCostSummary', input: {} }
		),
		'AccessDenied',
		`User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: ce:GetCostAndUsage because no identity-based policy allows the ce:GetCostAndUsage action`,
		403,
	],
	[
		'GetCostSummary: no policy and IAM access to Billing not activated (the activation is named first)',
		(g) => (withUser(g), g.signInAs('alice'), { op: 'GetCostSummary', input: {} }),
		'AccessDenied',
		`User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: ce:GetCostAndUsage because IAM user and role access to Billing information is not activated for this account`,
		403,
	],

	// CloudWatch
	[
		'PutMetricAlarm: bad period',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 45,
					EvaluationPeriods: 1,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			}
		),
		'InvalidParameterValue',
		'The parameter Period must be 10, 20, 30 or a multiple of 60.',
		400,
	],
	[
		'PutMetricAlarm: topic in another Region',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 21600,
					EvaluationPeriods: 1,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
					AlarmActions: [`arn:aws:sns:eu-west-1:${ACCT}:alerts`],
				},
			}
		),
		'InvalidParameterValue',
		'Invalid region eu-west-1 specified. Only us-east-1 is supported.',
		400,
	],
	[
		'PutMetricAlarm: action that is not a topic',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 21600,
					EvaluationPeriods: 1,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
					AlarmActions: ['arn:aws:automate:us-east-1:ec2:stop'],
				},
			}
		),
		'InvalidParameterValue',
		'Invalid SNS topic ARN: arn:aws:automate:us-east-1:ec2:stop. Only SNS topic actions are supported in this console.',
		400,
	],
	[
		'PutMetricAlarm: more datapoints than periods',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 21600,
					EvaluationPeriods: 1,
					DatapointsToAlarm: 2,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			}
		),
		'InvalidParameterCombination',
		'DatapointsToAlarm must be less than or equal to EvaluationPeriods.',
		400,
	],
	[
		'PutMetricAlarm: evaluation range over 7 days',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 86400,
					EvaluationPeriods: 8,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			}
		),
		'InvalidParameterCombination',
		'The evaluation period multiplied by the number of periods cannot exceed 7 days (604800 seconds).',
		400,
	],
	[
		'PutMetricAlarm: unknown statistic',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Max' as never,
					Period: 21600,
					EvaluationPeriods: 1,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			}
		),
		'ValidationError',
		"1 validation error detected: Value 'Max' at 'statistic' failed to satisfy constraint: Member must satisfy enum value set: [SampleCount, Average, Sum, Minimum, Maximum]",
		400,
	],
	[
		'DescribeAlarms: names and prefix together',
		(g) => (g.rootSignedIn(), { op: 'DescribeAlarms', input: { AlarmNames: ['a'], AlarmNamePrefix: 'a' } }),
		'InvalidParameterCombination',
		'AlarmNamePrefix and AlarmNames cannot be used together.',
		400,
	],
	[
		'DeleteAlarms: unknown alarm',
		(g) => (g.rootSignedIn(), { op: 'DeleteAlarms', input: { AlarmNames: ['nope'] } }),
		'ResourceNotFound',
		'The named resource does not exist.',
		404,
	],
	[
		'GetMetricStatistics: period not a multiple of 60',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'GetMetricStatistics',
				input: {
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					StartTime: 0,
					EndTime: 3_600_000,
					Period: 90,
					Statistics: ['Maximum'],
				},
			}
		),
		'InvalidParameterValue',
		'The parameter Period must be a multiple of 60.',
		400,
	],
	[
		'GetMetricStatistics: end before start',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'GetMetricStatistics',
				input: {
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					StartTime: 10,
					EndTime: 0,
					Period: 60,
					Statistics: ['Maximum'],
				},
			}
		),
		'InvalidParameterCombination',
		'The parameter StartTime must be less than the parameter EndTime.',
		400,
	],

	// SNS
	[
		'CreateTopic: bad name',
		(g) => (g.rootSignedIn(), { op: 'CreateTopic', input: { Name: 'billing alarm' } }),
		'InvalidParameter',
		'Invalid parameter: Topic Name',
		400,
	],
	[
		'DeleteTopic: unknown topic',
		(g) => (g.rootSignedIn(), { op: 'DeleteTopic', input: { TopicArn: TOPIC } }),
		'NotFound',
		'Topic does not exist',
		404,
	],
	[
		'DeleteTopic: malformed ARN',
		(g) => (g.rootSignedIn(), { op: 'DeleteTopic', input: { TopicArn: 'alerts' } }),
		'InvalidParameter',
		'Invalid parameter: TopicArn',
		400,
	],
	[
		'Subscribe: unknown topic',
		(g) => (
			g.rootSignedIn(),
			{ op: 'Subscribe', input: { TopicArn: TOPIC, Protocol: 'email', Endpoint: 'a@example.com' } }
		),
		'NotFound',
		'Topic does not exist',
		404,
	],
	[
		'Subscribe: SMS',
		(g) => (withTopic(g), { op: 'Subscribe', input: { TopicArn: TOPIC, Protocol: 'sms', Endpoint: '+15555550100' } }),
		'InvalidParameter',
		'Invalid parameter: Protocol. This console supports only the email protocol.',
		400,
	],
	[
		'Subscribe: not an email address',
		(g) => (withTopic(g), { op: 'Subscribe', input: { TopicArn: TOPIC, Protocol: 'email', Endpoint: 'learner' } }),
		'InvalidParameter',
		'Invalid parameter: Email address',
		400,
	],
	[
		'ConfirmSubscription: wrong token',
		(g) => (withTopic(g), { op: 'ConfirmSubscription', input: { TopicArn: TOPIC, Token: 'abc' } }),
		'InvalidParameter',
		'Invalid token',
		400,
	],
	[
		'ConfirmSubscription: unknown topic',
		() => ({ op: 'ConfirmSubscription', input: { TopicArn: TOPIC, Token: 'abc' } }),
		'NotFound',
		'Topic does not exist',
		404,
	],
	[
		'ConfirmSubscription: unknown Region',
		() => ({ op: 'ConfirmSubscription', input: { TopicArn: TOPIC, Token: 'abc' }, region: 'mars-1' }),
		'ValidationError',
		"The Region 'mars-1' is not a Region this console offers.",
		400,
	],
	[
		'Unsubscribe: malformed ARN',
		(g) => (g.rootSignedIn(), { op: 'Unsubscribe', input: { SubscriptionArn: 'PendingConfirmation' } }),
		'InvalidParameter',
		'Invalid parameter: SubscriptionArn',
		400,
	],
	[
		'Unsubscribe: unknown subscription',
		(g) => (
			g.rootSignedIn(),
			{ op: 'Unsubscribe', input: { SubscriptionArn: `${TOPIC}:12345678-1234-4123-a123-123456789012` } }
		),
		'NotFound',
		'Subscription does not exist',
		404,
	],
	[
		'ListSubscriptionsByTopic: unknown topic',
		(g) => (g.rootSignedIn(), { op: 'ListSubscriptionsByTopic', input: { TopicArn: TOPIC } }),
		'NotFound',
		'Topic does not exist',
		404,
	],
	[
		'ListSubscriptionsByTopic: malformed ARN',
		(g) => (g.rootSignedIn(), { op: 'ListSubscriptionsByTopic', input: { TopicArn: 'x' } }),
		'InvalidParameter',
		'Invalid parameter: TopicArn',
		400,
	],

	// EC2
	[
		'RunInstances: not signed in',
		() => ({ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 } }),
		'MissingAuthenticationToken',
		'Request is missing Authentication Token',
		403,
	],
	[
		'RunInstances: IAM user without ec2:RunInstances',
		(g) => (
			g.rootSignedIn().user('alice', [IAM_FULL_ACCESS.Arn]),
			g.signInAs('alice'),
			{ op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 }, region: 'eu-west-1' }
		),
		'AccessDenied',
		`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:${ACCT}:instance/* because no identity-based policy allows the ec2:RunInstances action`,
		403,
	],
	[
		'RunInstances: unknown instance type',
		(g) => (g.rootSignedIn(), { op: 'RunInstances', input: { InstanceType: 'x9.huge', MinCount: 1, MaxCount: 1 } }),
		'InvalidParameterValue',
		"Invalid value 'x9.huge' for InstanceType.",
		400,
	],
	[
		'RunInstances: MinCount 0',
		(g) => (g.rootSignedIn(), { op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 0, MaxCount: 1 } }),
		'ValidationError',
		"1 validation error detected: Value '0' at 'minCount' failed to satisfy constraint: Member must be greater than or equal to 1",
		400,
	],
	[
		'RunInstances: MinCount above MaxCount',
		(g) => (g.rootSignedIn(), { op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 3, MaxCount: 2 } }),
		'ValidationError',
		'MinCount (3) must be less than or equal to MaxCount (2).',
		400,
	],
	[
		'RunInstances: MaxCount not a whole number',
		(g) => (g.rootSignedIn(), { op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1.5 } }),
		'ValidationError',
		"1 validation error detected: Value '1.5' at 'maxCount' failed to satisfy constraint: Member must be a whole number",
		400,
	],
	[
		'RunInstances: no instance type',
		(g) => (g.rootSignedIn(), { op: 'RunInstances', input: { MinCount: 1, MaxCount: 1 } as never }),
		'ValidationError',
		"1 validation error detected: Value null at 'instanceType' failed to satisfy constraint: Member must not be null",
		400,
	],
	[
		'RunInstances: more than the instance limit',
		(g) => (g.rootSignedIn(), { op: 'RunInstances', input: { InstanceType: 't3.micro', MinCount: 21, MaxCount: 30 } }),
		'InstanceLimitExceeded',
		'You have requested more instances (21) than your current instance limit of 20 allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.',
		400,
	],
	[
		'DescribeInstances: an id the Region does not have',
		(g) => (g.rootSignedIn(), { op: 'DescribeInstances', input: { InstanceIds: ['i-0123456789abcdef0'] } }),
		'InvalidInstanceID.NotFound',
		"The instance ID 'i-0123456789abcdef0' does not exist",
		400,
	],
	[
		'DescribeInstances: a malformed id',
		(g) => (g.rootSignedIn(), { op: 'DescribeInstances', input: { InstanceIds: ['my-server'] } }),
		'InvalidInstanceID.Malformed',
		'Invalid id: "my-server"',
		400,
	],
	[
		'DescribeInstances: a filter the simulator does not know',
		(g) => (g.rootSignedIn(), { op: 'DescribeInstances', input: { Filters: [{ Name: 'tag:Name', Values: ['web'] }] } }),
		'InvalidParameterValue',
		"The filter 'tag:Name' is invalid",
		400,
	],
	[
		'DescribeInstances: IAM user without ec2:DescribeInstances',
		(g) => (
			g.rootSignedIn().user('alice', [IAM_FULL_ACCESS.Arn]),
			g.signInAs('alice'),
			{ op: 'DescribeInstances', input: {} }
		),
		'AccessDenied',
		`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action`,
		403,
	],
	[
		'TerminateInstances: no ids',
		(g) => (g.rootSignedIn(), { op: 'TerminateInstances', input: { InstanceIds: [] } }),
		'ValidationError',
		"1 validation error detected: Value null at 'instanceIds' failed to satisfy constraint: Member must not be null or empty",
		400,
	],
	[
		'TerminateInstances: an unknown id',
		(g) => (g.rootSignedIn(), { op: 'TerminateInstances', input: { InstanceIds: ['i-12345678'] } }),
		'InvalidInstanceID.NotFound',
		"The instance ID 'i-12345678' does not exist",
		400,
	],
	[
		'TerminateInstances: a malformed id',
		(g) => (g.rootSignedIn(), { op: 'TerminateInstances', input: { InstanceIds: [42] as never } }),
		'InvalidInstanceID.Malformed',
		'Invalid id: "42"',
		400,
	],
	[
		'TerminateInstances: not signed in',
		() => ({ op: 'TerminateInstances', input: { InstanceIds: ['i-12345678'] } }),
		'MissingAuthenticationToken',
		'Request is missing Authentication Token',
		403,
	],
	[
		'StopInstances: a terminated instance',
		(g) => {
			g.rootSignedIn();
			const out = g.ok<{ Instances: { InstanceId: string }[] }>({
				op: 'RunInstances',
				input: { InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 },
			});
			const InstanceIds = out.Instances.map((i) => i.InstanceId);
			g.ok({ op: 'TerminateInstances', input: { InstanceIds } });
			return { op: 'StopInstances', input: { InstanceIds } };
		},
		'IncorrectInstanceState',
		/^The instance 'i-[0-9a-f]{17}' is not in a state from which it can be stopped\.$/,
		400,
	],
	[
		'StopInstances: an unknown id',
		(g) => (g.rootSignedIn(), { op: 'StopInstances', input: { InstanceIds: ['i-12345678', 'i-87654321'] } }),
		'InvalidInstanceID.NotFound',
		"The instance IDs 'i-12345678, i-87654321' do not exist",
		400,
	],
	[
		'DescribeInstances: filters that are not a list',
		(g) => (g.rootSignedIn(), { op: 'DescribeInstances', input: { Filters: 'running' as never } }),
		'ValidationError',
		"1 validation error detected: Value null at 'filters' failed to satisfy constraint: Member must be a list of at most 50 filters",
		400,
	],
	[
		'StopInstances: no ids',
		(g) => (g.rootSignedIn(), { op: 'StopInstances', input: {} as never }),
		'ValidationError',
		"1 validation error detected: Value null at 'instanceIds' failed to satisfy constraint: Member must not be null or empty",
		400,
	],
	[
		'StopInstances: IAM user without ec2:StopInstances',
		(g) => (
			g.rootSignedIn().user('alice', [IAM_FULL_ACCESS.Arn]),
			g.signInAs('alice'),
			{ op: 'StopInstances', input: { InstanceIds: ['i-12345678'] }, region: 'ap-southeast-2' }
		),
		'AccessDenied',
		`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:ap-southeast-2:${ACCT}:instance/i-12345678 because no identity-based policy allows the ec2:StopInstances action`,
		403,
	],
	[
		'LookupEvents: a Region the console does not offer',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: {}, region: 'mars-1' }),
		'ValidationError',
		"The Region 'mars-1' is not a Region this console offers.",
		400,
	],
	[
		'StopInstances: a malformed id',
		(g) => (g.rootSignedIn(), { op: 'StopInstances', input: { InstanceIds: ['i-XYZ'] } }),
		'InvalidInstanceID.Malformed',
		'Invalid id: "i-XYZ"',
		400,
	],

	// CloudTrail
	[
		'LookupEvents: two lookup attributes',
		(g) => (
			g.rootSignedIn(),
			{
				op: 'LookupEvents',
				input: {
					LookupAttributes: [
						{ AttributeKey: 'EventName', AttributeValue: 'CreateUser' },
						{ AttributeKey: 'Username', AttributeValue: 'root' },
					],
				},
			}
		),
		'InvalidLookupAttributesException',
		'You can specify only one lookup attribute at a time.',
		400,
	],
	[
		'LookupEvents: an unknown attribute key',
		(g) => (
			g.rootSignedIn(),
			{ op: 'LookupEvents', input: { LookupAttributes: [{ AttributeKey: 'SourceIp' as never, AttributeValue: 'x' }] } }
		),
		'InvalidLookupAttributesException',
		"The attribute key 'SourceIp' is not valid. Valid keys: AccessKeyId, EventId, EventName, EventSource, ReadOnly, ResourceName, ResourceType, Username.",
		400,
	],
	[
		'LookupEvents: an empty attribute value',
		(g) => (
			g.rootSignedIn(),
			{ op: 'LookupEvents', input: { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: '' }] } }
		),
		'InvalidLookupAttributesException',
		'The attribute value must be 1 to 2000 characters long.',
		400,
	],
	[
		'LookupEvents: ReadOnly neither true nor false',
		(g) => (
			g.rootSignedIn(),
			{ op: 'LookupEvents', input: { LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'yes' }] } }
		),
		'InvalidLookupAttributesException',
		"The value of ReadOnly must be 'true' or 'false'.",
		400,
	],
	[
		'LookupEvents: attributes that are not a list',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: { LookupAttributes: 'EventName' as never } }),
		'InvalidLookupAttributesException',
		'LookupAttributes must be a list.',
		400,
	],
	[
		'LookupEvents: start after end',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: { StartTime: 2000, EndTime: 1000 } }),
		'InvalidTimeRangeException',
		'The start time must not be after the end time.',
		400,
	],
	[
		'LookupEvents: a time that is not a time',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: { EndTime: Number.NaN } }),
		'InvalidTimeRangeException',
		'EndTime is not a valid time.',
		400,
	],
	[
		'LookupEvents: MaxResults above 50',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: { MaxResults: 51 } }),
		'InvalidMaxResultsException',
		'MaxResults must be a whole number from 1 to 50.',
		400,
	],
	[
		'LookupEvents: a made-up NextToken',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: { NextToken: 'page-2' } }),
		'InvalidNextTokenException',
		'The NextToken is not valid for this request.',
		400,
	],
	[
		'LookupEvents: an unknown event category',
		(g) => (g.rootSignedIn(), { op: 'LookupEvents', input: { EventCategory: 'data' as never } }),
		'InvalidEventCategoryException',
		"The event category 'data' is not valid. Use insight.",
		400,
	],
	[
		'LookupEvents: not signed in',
		() => ({ op: 'LookupEvents', input: {} }),
		'MissingAuthenticationToken',
		'Request is missing Authentication Token',
		403,
	],
	[
		'LookupEvents: IAM user without cloudtrail:LookupEvents',
		(g) => (
			g.rootSignedIn().user('alice', [IAM_FULL_ACCESS.Arn]),
			g.signInAs('alice'),
			{ op: 'LookupEvents', input: {} }
		),
		'AccessDenied',
		`User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`,
		403,
	],

	// Console helpers and simulation controls
	[
		'SendSignInInstructions: not signed in',
		() => ({ op: 'SendSignInInstructions', input: { UserName: 'alice' } }),
		'MissingAuthenticationToken',
		'Request is missing Authentication Token',
		403,
	],
	[
		'SendSignInInstructions: unknown user',
		(g) => (g.rootSignedIn(), { op: 'SendSignInInstructions', input: { UserName: 'ghost' } }),
		'NoSuchEntity',
		'The user with name ghost cannot be found.',
		404,
	],
	[
		'SendSignInInstructions: no user name',
		(g) => (g.rootSignedIn(), { op: 'SendSignInInstructions', input: {} as never }),
		'ValidationError',
		"1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
		400,
	],
	[
		'MarkMessageRead: unknown message',
		() => ({ op: 'MarkMessageRead', input: { MessageId: 'nope' } }),
		'NoSuchMessage',
		'No message with id nope.',
		404,
	],
	[
		'MarkMessageRead: empty id',
		() => ({ op: 'MarkMessageRead', input: { MessageId: '' } }),
		'ValidationError',
		"1 validation error detected: Value '' at 'messageId' failed to satisfy constraint: Member must have length greater than or equal to 1",
		400,
	],
	[
		'AdvanceBillingClock: zero hours',
		() => ({ op: 'AdvanceBillingClock', input: { Hours: 0 } }),
		'ValidationError',
		"1 validation error detected: Value '0' at 'hours' failed to satisfy constraint: Member must be greater than 0 and less than or equal to 744",
		400,
	],
	[
		'SetSpendRate: negative',
		() => ({ op: 'SetSpendRate', input: { UsdPerHour: -1 } }),
		'ValidationError',
		"1 validation error detected: Value '-1' at 'usdPerHour' failed to satisfy constraint: Member must be a number from 0 to 1000",
		400,
	],
];

describe('error codes and messages', () => {
	it.each(cases)('%s', (_name, arrange, code, message, status) => {
		const g = given();
		const call = arrange(g);
		const trailBefore = g.state.trail.length;
		const error = g.err(call);
		expect(error.code).toBe(code);
		if (typeof message === 'string') expect(error.message).toBe(message);
		else expect(error.message).toMatch(message);
		expect(error.httpStatus).toBe(status);
		// Failed AWS calls are recorded like any other (simulation controls and the mailbox are not AWS events).
		if (
			![
				'AdvanceBillingClock',
				'SetSpendRate',
				'MarkMessageRead',
				'SendSignInInstructions',
				'ConsoleLogout',
				'SkipMFARegistration',
				'StartMFARegistration',
			].includes(call.op)
		) {
			expect(g.state.trail.length).toBeGreaterThan(trailBefore);
			expect(g.state.trail.at(-1)?.errorCode).toBe(code);
		}
	});
});

describe('authorization', () => {
	it('asks for a session before any account operation', () => {
		const g = given();
		expect(g.err({ op: 'ListUsers', input: {} })).toMatchObject({
			code: 'MissingAuthenticationToken',
			httpStatus: 403,
		});
	});

	it('denies an IAM user without policies, with the explanation', () => {
		const g = given();
		withUser(g);
		g.signInAs('alice');
		const error = g.err({ op: 'ListUsers', input: {} });
		expect(error.message).toBe(
			`User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: iam:ListUsers because no identity-based policy allows the iam:ListUsers action`,
		);
		expect(error.explanation).toMatchObject({
			decision: 'implicitDeny',
			action: 'iam:ListUsers',
			policiesConsidered: [],
		});
	});

	it('lets IAMReadOnlyAccess list but not create', () => {
		const g = given();
		withUser(g).ok({ op: 'AttachUserPolicy', input: { UserName: 'alice', PolicyArn: IAM_READ_ONLY_ACCESS.Arn } });
		g.signInAs('alice');
		expect(g.call({ op: 'ListUsers', input: {} }).ok).toBe(true);
		expect(g.err({ op: 'CreateUser', input: { UserName: 'bob' } }).code).toBe('AccessDenied');
	});

	it('opens billing to an IAM user with Billing once the root user activates IAM access', () => {
		const g = given();
		withUser(g, 'payer').ok({ op: 'AttachUserPolicy', input: { UserName: 'payer', PolicyArn: BILLING.Arn } });
		g.ok({ op: 'UpdateIamUserAccessToBilling', input: { Activate: true } });
		g.signInAs('payer');
		expect(g.ok({ op: 'GetCostSummary', input: {} })).toMatchObject({ Currency: 'USD' });
		expect(
			g.err({
				op: 'PutMetricAlarm',
				input: {
					AlarmName: 'a',
					Namespace: 'AWS/Billing',
					MetricName: 'EstimatedCharges',
					Statistic: 'Maximum',
					Period: 21600,
					EvaluationPeriods: 1,
					Threshold: 1,
					ComparisonOperator: 'GreaterThanThreshold',
				},
			}).code,
		).toBe('AccessDenied');
	});
});

describe('subscriptions', () => {
	it('expire after 48 hours unconfirmed', () => {
		const g = given();
		withTopic(g).ok({ op: 'Subscribe', input: { TopicArn: TOPIC, Protocol: 'email', Endpoint: PRACTICE_ROOT.email } });
		const token = selectMailbox(g.state).messages[0]?.link?.Token ?? '';
		g.ok({ op: 'AdvanceBillingClock', input: { Hours: 49 } });
		expect(g.err({ op: 'ConfirmSubscription', input: { TopicArn: TOPIC, Token: token } })).toMatchObject({
			code: 'InvalidParameter',
			message: 'Invalid token',
		});
	});
});

describe('sign-in', () => {
	it('records a failed ConsoleLogin with the attempted identity', () => {
		const g = given();
		g.err({ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: 'wrong' } });
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'ConsoleLogin',
			eventSource: 'signin.amazonaws.com',
			userIdentity: { type: 'Root' },
			requestParameters: { Password: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
			errorCode: 'AuthenticationFailed',
		});
	});

	it('records a wrong MFA code as a failed ConsoleLogin, as CloudTrail names the sign-in page', () => {
		const g = given().rootSignedIn();
		g.mfa('root-phone');
		g.ok({ op: 'ConsoleLogout', input: {} });
		g.ok({
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		});
		expect(g.state.trail.at(-1)).toMatchObject({ eventName: 'CheckMfa', userIdentity: { type: 'Root' } });
		g.err({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: '000000' } });
		expect(g.state.trail.at(-1)).toMatchObject({
			eventName: 'ConsoleLogin',
			userIdentity: { type: 'Root' },
			errorCode: 'AuthenticationFailed',
		});
	});

	it('matches the IAM user name ignoring case and accepts the alias', () => {
		const g = given();
		withUser(g, 'Alice').ok({ op: 'CreateAccountAlias', input: { AccountAlias: 'practice-co' } });
		g.ok({ op: 'ConsoleLogout', input: {} });
		expect(
			g.ok({
				op: 'ConsoleLogin',
				input: { LoginType: 'IAMUser', Account: 'practice-co', UserName: 'ALICE', Password: 'Practice-User-Pass-1' },
			}),
		).toEqual({ Result: 'Success' });
	});

	it('keeps a fresh account free of users, MFA and alarms', () => {
		const state = createFreshAccount(given().ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
		expect(state.iam.users).toEqual({});
		expect(state.root.mfaSerials).toEqual([]);
		expect(state.billing.alertsEnabled).toBe(false);
		expect(state.cloudwatch).toEqual({});
	});

	it('never stores the password in clear text', () => {
		const g = given();
		withUser(g);
		expect(JSON.stringify(g.state)).not.toContain('Practice-User-Pass-1');
		expect(JSON.stringify(g.state)).not.toContain(PRACTICE_ROOT.password);
	});

	it('uses a code from any enabled device at sign-in', () => {
		const g = given().rootSignedIn();
		g.mfa('phone-1');
		const second = g.mfa('phone-2');
		g.ok({ op: 'ConsoleLogout', input: {} });
		g.ok({
			op: 'ConsoleLogin',
			input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
		});
		g.ctx.advance(30_000);
		expect(g.ok({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: totpCode(second.seed, g.ctx.now) } })).toEqual({
			Result: 'Success',
		});
	});
});
