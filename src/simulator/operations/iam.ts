/** IAM and STS operations and the views they return. */
import type { Tag } from '../state.ts';
import type { CommonError, Empty, IamNameErrors } from './common.ts';

/** A user as IAM's API returns it. */
export interface UserView {
	readonly Path: string;
	readonly UserName: string;
	readonly UserId: string;
	readonly Arn: string;
	readonly CreateDate: number;
	readonly PasswordLastUsed?: number;
	readonly Tags?: readonly Tag[];
}

/** The root user as `GetUser` returns it: no user name, and the account ID as its id. */
export interface RootUserView {
	readonly UserId: string;
	readonly Arn: string;
	readonly PasswordLastUsed?: number;
}

export interface GroupView {
	readonly Path: string;
	readonly GroupName: string;
	readonly GroupId: string;
	readonly Arn: string;
	readonly CreateDate: number;
}

export interface LoginProfileView {
	readonly UserName: string;
	readonly CreateDate: number;
	readonly PasswordResetRequired: boolean;
}

export interface AttachedPolicy {
	readonly PolicyName: string;
	readonly PolicyArn: string;
}

export interface PolicyView {
	readonly PolicyName: string;
	readonly PolicyId: string;
	readonly Arn: string;
	readonly Path: string;
	readonly DefaultVersionId: string;
	readonly AttachmentCount: number;
	readonly IsAttachable: boolean;
	readonly Description: string;
	readonly CreateDate: number;
	readonly UpdateDate: number;
}

export interface PolicyVersionView {
	/** The policy document as JSON text. */
	readonly Document: string;
	readonly VersionId: string;
	readonly IsDefaultVersion: boolean;
	readonly CreateDate: number;
}

export interface MfaDeviceView {
	readonly UserName: string;
	readonly SerialNumber: string;
	readonly EnableDate: number;
}

export interface VirtualMfaDeviceListItem {
	readonly SerialNumber: string;
	readonly EnableDate?: number;
	readonly User?: { readonly UserName: string; readonly Arn: string };
}

export interface AccessKeyMetadata {
	readonly UserName: string;
	readonly AccessKeyId: string;
	readonly Status: 'Active' | 'Inactive';
	readonly CreateDate: number;
}

/** The last request an access key signed, as `GetAccessKeyLastUsed` returns it. */
export interface AccessKeyLastUsedView {
	/** Absent when the key has never been used. */
	readonly LastUsedDate?: number;
	/** The service's namespace, or `N/A` when the key has never been used. */
	readonly ServiceName: string;
	/** The Region, or `N/A` when the key has never been used. */
	readonly Region: string;
}

/** IAM users, policies, groups, MFA devices, access keys, the account alias, and STS. */
export interface IamOperations {
	// ---------- IAM users ----------
	CreateUser: {
		input: { UserName: string; Path?: string; Tags?: readonly Tag[] };
		output: { User: UserView };
		errors: CommonError | 'EntityAlreadyExists' | 'LimitExceeded' | IamNameErrors;
	};
	GetUser: {
		input: { UserName?: string };
		output: { User: UserView | RootUserView };
		errors: CommonError | 'NoSuchEntity';
	};
	ListUsers: { input: Empty; output: { Users: readonly UserView[]; IsTruncated: false }; errors: CommonError };
	DeleteUser: {
		input: { UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'DeleteConflict';
	};
	CreateLoginProfile: {
		input: { UserName: string; Password: string; PasswordResetRequired?: boolean };
		output: { LoginProfile: LoginProfileView };
		errors: CommonError | 'NoSuchEntity' | 'EntityAlreadyExists' | 'PasswordPolicyViolation';
	};
	GetLoginProfile: {
		input: { UserName: string };
		output: { LoginProfile: LoginProfileView };
		errors: CommonError | 'NoSuchEntity';
	};
	UpdateLoginProfile: {
		input: { UserName: string; Password?: string; PasswordResetRequired?: boolean };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'PasswordPolicyViolation';
	};
	DeleteLoginProfile: {
		input: { UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	/** An IAM user changes their own password. */
	ChangePassword: {
		input: { OldPassword: string; NewPassword: string };
		output: Empty;
		errors: CommonError | 'InvalidUserType' | 'NoSuchEntity' | 'InvalidInput' | 'PasswordPolicyViolation';
	};

	// ---------- Managed policies ----------
	AttachUserPolicy: {
		input: { UserName: string; PolicyArn: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded' | 'InvalidInput';
	};
	DetachUserPolicy: {
		input: { UserName: string; PolicyArn: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'InvalidInput';
	};
	ListAttachedUserPolicies: {
		input: { UserName: string };
		output: { AttachedPolicies: readonly AttachedPolicy[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};
	ListPolicies: {
		input: { Scope?: 'All' | 'AWS' | 'Local'; OnlyAttached?: boolean };
		output: { Policies: readonly PolicyView[]; IsTruncated: false };
		errors: CommonError;
	};
	GetPolicy: {
		input: { PolicyArn: string };
		output: { Policy: PolicyView };
		errors: CommonError | 'NoSuchEntity' | 'InvalidInput';
	};
	GetPolicyVersion: {
		input: { PolicyArn: string; VersionId: string };
		output: { PolicyVersion: PolicyVersionView };
		errors: CommonError | 'NoSuchEntity' | 'InvalidInput';
	};

	// ---------- Groups ----------
	CreateGroup: {
		input: { GroupName: string; Path?: string };
		output: { Group: GroupView };
		errors: CommonError | 'EntityAlreadyExists';
	};
	AddUserToGroup: {
		input: { GroupName: string; UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded';
	};
	RemoveUserFromGroup: {
		input: { GroupName: string; UserName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	AttachGroupPolicy: {
		input: { GroupName: string; PolicyArn: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded' | 'InvalidInput';
	};
	ListGroups: { input: Empty; output: { Groups: readonly GroupView[]; IsTruncated: false }; errors: CommonError };
	ListGroupsForUser: {
		input: { UserName: string };
		output: { Groups: readonly GroupView[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};

	// ---------- Inline policies ----------
	PutUserPolicy: {
		input: { UserName: string; PolicyName: string; PolicyDocument: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'MalformedPolicyDocument' | 'LimitExceeded';
	};
	DeleteUserPolicy: {
		input: { UserName: string; PolicyName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	PutGroupPolicy: {
		input: { GroupName: string; PolicyName: string; PolicyDocument: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'MalformedPolicyDocument' | 'LimitExceeded';
	};
	DeleteGroupPolicy: {
		input: { GroupName: string; PolicyName: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};

	// ---------- MFA ----------
	CreateVirtualMFADevice: {
		input: { VirtualMFADeviceName: string; Path?: string };
		output: { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } };
		errors: CommonError | 'EntityAlreadyExists';
	};
	/** Without `UserName`, the signed-in identity (the root user when signed in as root). */
	EnableMFADevice: {
		input: { UserName?: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'EntityAlreadyExists' | 'LimitExceeded' | 'InvalidAuthenticationCode';
	};
	DeactivateMFADevice: {
		input: { UserName?: string; SerialNumber: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	DeleteVirtualMFADevice: {
		input: { SerialNumber: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'DeleteConflict';
	};
	ResyncMFADevice: {
		input: { UserName?: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity' | 'InvalidAuthenticationCode';
	};
	ListMFADevices: {
		input: { UserName?: string };
		output: { MFADevices: readonly MfaDeviceView[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};
	ListVirtualMFADevices: {
		input: { AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any' };
		output: { VirtualMFADevices: readonly VirtualMfaDeviceListItem[]; IsTruncated: false };
		errors: CommonError;
	};

	// ---------- Access keys ----------
	CreateAccessKey: {
		input: { UserName?: string };
		output: { AccessKey: AccessKeyMetadata & { SecretAccessKey: string } };
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded';
	};
	UpdateAccessKey: {
		input: { UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	DeleteAccessKey: {
		input: { UserName?: string; AccessKeyId: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	ListAccessKeys: {
		input: { UserName?: string };
		output: { AccessKeyMetadata: readonly AccessKeyMetadata[]; IsTruncated: false };
		errors: CommonError | 'NoSuchEntity';
	};
	/** When a key last signed a request; `N/A` and no date for a key that never has. */
	GetAccessKeyLastUsed: {
		input: { AccessKeyId: string };
		output: { UserName: string; AccessKeyLastUsed: AccessKeyLastUsedView };
		errors: CommonError | 'NoSuchEntity';
	};

	// ---------- Account ----------
	CreateAccountAlias: {
		input: { AccountAlias: string };
		output: Empty;
		errors: CommonError | 'EntityAlreadyExists';
	};
	DeleteAccountAlias: {
		input: { AccountAlias: string };
		output: Empty;
		errors: CommonError | 'NoSuchEntity';
	};
	ListAccountAliases: {
		input: Empty;
		output: { AccountAliases: readonly string[]; IsTruncated: false };
		errors: CommonError;
	};
	GetAccountSummary: { input: Empty; output: { SummaryMap: Readonly<Record<string, number>> }; errors: CommonError };
	GetAccountPasswordPolicy: { input: Empty; output: never; errors: CommonError | 'NoSuchEntity' };

	// ---------- STS ----------
	/** Who is calling. Needs no permission; denies do not apply to it. */
	GetCallerIdentity: {
		input: Empty;
		output: { UserId: string; Account: string; Arn: string };
		errors: CommonError | 'InvalidClientTokenId';
	};
}
