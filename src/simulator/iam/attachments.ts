import { fail } from '../core/result.ts';
import { done, type Handler } from '../core/handler.ts';
import { asRecord, requiredString, validationMessage } from '../core/validate.ts';
import type { Read } from '../core/validate.ts';
import type { PolicyView } from '../operations.ts';
import { AWS_MANAGED_POLICIES, findManagedPolicy, type ManagedPolicy } from '../policy/aws-managed.ts';
import type { SimState } from '../state.ts';
import { findUser, noSuchUser, putUser } from './lookup.ts';
import { USER_NAME_RULE } from './users.ts';

/** Managed policies attached to one IAM user (IAM default quota). */
export const POLICIES_PER_USER = 10;
/** Managed policies attached to one IAM group (IAM default quota). */
export const POLICIES_PER_GROUP = 10;

const ARN_PATTERN = /^arn:aws:iam::(aws|\d{12}):policy\/.+$/;

/**
 * Reads `PolicyArn` and finds the managed policy: `InvalidInput` for a malformed ARN,
 * `NoSuchEntity` for a policy that does not exist.
 */
export function readPolicy(input: unknown): Read<ManagedPolicy, 'ValidationError' | 'InvalidInput' | 'NoSuchEntity'> {
	const arn = requiredString(input, 'PolicyArn', { min: 20, max: 2048 });
	if (!arn.ok) return arn;
	if (!ARN_PATTERN.test(arn.value)) return fail('InvalidInput', `ARN ${arn.value} is not valid.`);
	const policy = findManagedPolicy(arn.value);
	// SIMPLIFIED: only AWS managed policies exist; customer managed policies are not modelled.
	if (!policy) return fail('NoSuchEntity', `Policy ${arn.value} does not exist or is not attachable.`);
	return { ok: true, value: policy };
}

/** How many users and groups a managed policy is attached to. */
export function attachmentCount(state: SimState, arn: string): number {
	let count = 0;
	for (const user of Object.values(state.iam.users)) if (user.attachedPolicyArns.includes(arn)) count++;
	for (const group of Object.values(state.iam.groups)) if (group.attachedPolicyArns.includes(arn)) count++;
	return count;
}

/** A managed policy as `GetPolicy` and `ListPolicies` return it. */
export function policyView(state: SimState, policy: ManagedPolicy): PolicyView {
	return {
		PolicyName: policy.PolicyName,
		PolicyId: policy.PolicyId,
		Arn: policy.Arn,
		Path: policy.Path,
		DefaultVersionId: policy.DefaultVersionId,
		AttachmentCount: attachmentCount(state, policy.Arn),
		IsAttachable: true,
		Description: policy.Description,
		CreateDate: policy.CreateDate,
		UpdateDate: policy.UpdateDate,
	};
}

/**
 * AttachUserPolicy: attaches a managed policy to a user (attaching it twice changes nothing).
 * A user can have at most 10 managed policies.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html
 */
export const attachUserPolicy: Handler<'AttachUserPolicy'> = (state, input) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const policy = readPolicy(input);
	if (!policy.ok) return policy;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (user.attachedPolicyArns.includes(policy.value.Arn)) return done(state, {});
	if (user.attachedPolicyArns.length >= POLICIES_PER_USER) {
		return fail('LimitExceeded', `Cannot exceed quota for PoliciesPerUser: ${POLICIES_PER_USER}`);
	}
	return done(putUser(state, { ...user, attachedPolicyArns: [...user.attachedPolicyArns, policy.value.Arn] }), {});
};

/**
 * DetachUserPolicy: removes a managed policy from a user.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html
 */
export const detachUserPolicy: Handler<'DetachUserPolicy'> = (state, input) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const arn = requiredString(input, 'PolicyArn', { min: 20, max: 2048 });
	if (!arn.ok) return arn;
	if (!ARN_PATTERN.test(arn.value)) return fail('InvalidInput', `ARN ${arn.value} is not valid.`);
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	if (!user.attachedPolicyArns.includes(arn.value)) return fail('NoSuchEntity', `Policy ${arn.value} was not found.`);
	return done(
		putUser(state, { ...user, attachedPolicyArns: user.attachedPolicyArns.filter((a) => a !== arn.value) }),
		{},
	);
};

/**
 * ListAttachedUserPolicies: the managed policies attached directly to a user.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html
 */
export const listAttachedUserPolicies: Handler<'ListAttachedUserPolicies'> = (state, input) => {
	const name = requiredString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	const AttachedPolicies = user.attachedPolicyArns.map((arn) => ({
		PolicyArn: arn,
		PolicyName: findManagedPolicy(arn)?.PolicyName ?? arn.slice(arn.lastIndexOf('/') + 1),
	}));
	return done(state, { AttachedPolicies, IsTruncated: false });
};

const SCOPES = ['All', 'AWS', 'Local'] as const;

/**
 * ListPolicies: the managed policies available to attach. `Scope: 'Local'` lists customer managed
 * policies, of which the simulated account has none.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html
 */
export const listPolicies: Handler<'ListPolicies'> = (state, input) => {
	const record = asRecord(input);
	const scope = record['Scope'] ?? 'All';
	if (typeof scope !== 'string' || !(SCOPES as readonly string[]).includes(scope)) {
		return fail(
			'ValidationError',
			validationMessage('Scope', scope, `Member must satisfy enum value set: [${SCOPES.join(', ')}]`),
		);
	}
	const onlyAttached = record['OnlyAttached'] === true;
	const policies =
		scope === 'Local'
			? []
			: AWS_MANAGED_POLICIES.map((p) => policyView(state, p)).filter((p) => !onlyAttached || p.AttachmentCount > 0);
	return done(state, { Policies: policies, IsTruncated: false });
};

/**
 * GetPolicy: a managed policy's details (not its document; see GetPolicyVersion).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
 */
export const getPolicy: Handler<'GetPolicy'> = (state, input) => {
	const policy = readPolicy(input);
	if (!policy.ok) return policy;
	return done(state, { Policy: policyView(state, policy.value) });
};

/**
 * GetPolicyVersion: a managed policy's document for one version. Only the default version is kept.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 */
export const getPolicyVersion: Handler<'GetPolicyVersion'> = (state, input) => {
	const policy = readPolicy(input);
	if (!policy.ok) return policy;
	const version = requiredString(input, 'VersionId', {
		pattern: /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/,
		patternText: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?',
	});
	if (!version.ok) return version;
	// SIMPLIFIED: only the default version of each AWS managed policy is stored, and the document
	// comes back as plain JSON text rather than URL-encoded.
	if (version.value !== policy.value.DefaultVersionId) {
		return fail(
			'NoSuchEntity',
			`Policy ${policy.value.Arn} version ${version.value} does not exist or is not attachable.`,
		);
	}
	return done(state, {
		PolicyVersion: {
			Document: JSON.stringify(policy.value.Document, null, 2),
			VersionId: policy.value.DefaultVersionId,
			IsDefaultVersion: true,
			CreateDate: policy.value.UpdateDate,
		},
	});
};
