/** The root user, IAM users and groups, their passwords and access keys. */

/** A salted PBKDF2-SHA256 password hash. Passwords are never stored in clear text. */
export interface PasswordHash {
	readonly hash: string;
	readonly salt: string;
	readonly iterations: number;
}

/** An access key. The secret is shown once at creation and never stored. */
export interface AccessKeyRecord {
	readonly AccessKeyId: string;
	readonly Status: 'Active' | 'Inactive';
	readonly CreateDate: number;
	/** The last request the key signed (absent until it signs one), as `GetAccessKeyLastUsed` reports it. */
	readonly lastUsed?: AccessKeyUse;
}

/**
 * When an access key last signed a request, and for which service and Region.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html
 */
export interface AccessKeyUse {
	readonly date: number;
	/** The service's namespace, e.g. `ec2` or `iam`. */
	readonly serviceName: string;
	readonly region: string;
}

/** The account root user: signs in with the account email address. */
export interface RootUser {
	readonly email: string;
	readonly password: PasswordHash;
	readonly passwordLastChanged: number;
	/** Serial numbers of the virtual MFA devices enabled for the root user. */
	readonly mfaSerials: readonly string[];
	readonly accessKeys: readonly AccessKeyRecord[];
	readonly lastSignIn?: number;
	/**
	 * Billing-clock time the sign-in page first asked the root user to register MFA. The prompt can
	 * be skipped for 35 days from then; after that, signing in requires registering a device.
	 */
	readonly mfaPromptFirstShownAt?: number;
}

/** An IAM user's console password (the API calls it a login profile). */
export interface LoginProfile {
	readonly password: PasswordHash;
	readonly PasswordResetRequired: boolean;
	readonly CreateDate: number;
	readonly passwordLastChanged: number;
}

export interface Tag {
	readonly Key: string;
	readonly Value: string;
}

/** An IAM user, stored under its name exactly as created. */
export interface IamUser {
	readonly UserName: string;
	readonly Path: string;
	readonly Arn: string;
	readonly UserId: string;
	readonly CreateDate: number;
	readonly loginProfile?: LoginProfile;
	readonly attachedPolicyArns: readonly string[];
	readonly groupNames: readonly string[];
	readonly mfaSerials: readonly string[];
	readonly accessKeys: readonly AccessKeyRecord[];
	/** Last console sign-in with the password (the API's `PasswordLastUsed`). */
	readonly lastSignIn?: number;
	/** Last console sign-in or authorized API call. */
	readonly lastActivity?: number;
	readonly Tags: readonly Tag[];
	/** Policies written into the user (inline policies); absent when it has none. */
	readonly inlinePolicies?: InlinePolicies;
}

/**
 * Inline policies by name: each policy's document as the JSON text it was written in, as IAM keeps
 * it. Only documents that `PutUserPolicy` or `PutGroupPolicy` could read are ever stored.
 */
export type InlinePolicies = Readonly<Record<string, string>>;

/** An IAM group (kept minimal: membership, attached managed policies and inline policies). */
export interface IamGroup {
	readonly GroupName: string;
	readonly Path: string;
	readonly Arn: string;
	readonly GroupId: string;
	readonly CreateDate: number;
	readonly attachedPolicyArns: readonly string[];
	/** Policies written into the group (inline policies); absent when it has none. */
	readonly inlinePolicies?: InlinePolicies;
}
