import { own } from '../core/own.ts';
import { findManagedPolicy } from './aws-managed.ts';
import type { PolicySource, RequestContext } from './evaluate.ts';
import type { IamUser, InlinePolicies, Session, SimState } from '../state.ts';
import { readPolicyDocument } from './policy-text.ts';

/**
 * The identity-based policies that apply to a user: managed policies attached to the user and to
 * each of the user's groups (each counted once), then the inline policies written into the user
 * and into each of its groups.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html
 */
export function policiesForUser(state: SimState, user: IamUser): readonly PolicySource[] {
	// States are immutable, so the answer for the same user and groups objects never changes.
	const cached = policyCache.get(user);
	if (cached && cached.groups === state.iam.groups) return cached.sources;
	const sources = collectPolicies(state, user);
	policyCache.set(user, { groups: state.iam.groups, sources });
	return sources;
}

const policyCache = new WeakMap<IamUser, { groups: SimState['iam']['groups']; sources: readonly PolicySource[] }>();

function collectPolicies(state: SimState, user: IamUser): PolicySource[] {
	// SIMPLIFIED: permissions boundaries, SCPs and resource-based policies are not modelled; a
	// standalone account needs only identity-based evaluation.
	const groups = user.groupNames.flatMap((groupName) => own(state.iam.groups, groupName) ?? []);
	const arns = new Set(user.attachedPolicyArns);
	for (const group of groups) for (const arn of group.attachedPolicyArns) arns.add(arn);
	const sources: PolicySource[] = [];
	for (const arn of arns) {
		const policy = findManagedPolicy(arn);
		if (policy) sources.push({ policyArn: policy.Arn, policyName: policy.PolicyName, document: policy.Document });
	}
	for (const owner of [user, ...groups]) sources.push(...inlineSources(owner.Arn, owner.inlinePolicies));
	return sources;
}

/**
 * An owner's inline policies as evaluation sources. An inline policy has no ARN of its own, so its
 * source is named after its owner and its name (unique, which the "Why?" panel needs); a document
 * that cannot be read (only a damaged save could hold one) grants nothing.
 */
function inlineSources(ownerArn: string, policies: InlinePolicies | undefined): PolicySource[] {
	return Object.entries(policies ?? {}).flatMap(([policyName, text]) => {
		const read = readPolicyDocument(text);
		return read.ok ? [{ policyArn: `${ownerArn}#${policyName}`, policyName, document: read.document }] : [];
	});
}

/** Whether an evaluation source is a managed policy (inline ones have no ARN). */
export function isManagedPolicyArn(policyArn: string): boolean {
	return !policyArn.includes('#');
}

/** What IAM knows about a request besides who makes it: where, when, and with which credentials. */
export interface RequestInfo {
	readonly region: string;
	/** Real time of the request, epoch ms. */
	readonly now: number;
	/** The caller's address (`aws:SourceIp`). */
	readonly sourceIp: string;
	/** Signed with an access key (long-term credentials) rather than made from a console session. */
	readonly withAccessKey: boolean;
}

/**
 * The request context IAM supplies: `aws:username`, `aws:userid`, `aws:PrincipalType`,
 * `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:RequestedRegion`, `aws:SourceIp`,
 * `aws:SecureTransport` (the console and the CLI use HTTPS), `aws:CurrentTime` and
 * `aws:EpochTime`; from a console session also `aws:MultiFactorAuthPresent` and, after an MFA
 * sign-in, `aws:MultiFactorAuthAge` (seconds since it). With long-term credentials (an access key)
 * the two MFA keys are absent, as AWS documents.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export function requestContextFor(
	state: SimState,
	user: IamUser,
	session: Session | null,
	request: RequestInfo,
): RequestContext {
	const context: Record<string, string | boolean> = {
		'aws:username': user.UserName,
		'aws:userid': user.UserId,
		'aws:PrincipalType': 'User',
		'aws:PrincipalArn': user.Arn,
		'aws:PrincipalAccount': state.account.accountId,
		'aws:RequestedRegion': request.region,
		'aws:SourceIp': request.sourceIp,
		'aws:SecureTransport': true,
		'aws:CurrentTime': new Date(request.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
		'aws:EpochTime': String(Math.floor(request.now / 1000)),
	};
	if (!request.withAccessKey) {
		context['aws:MultiFactorAuthPresent'] = session?.withMfa ?? false;
		if (session?.withMfa) {
			context['aws:MultiFactorAuthAge'] = String(Math.max(0, Math.floor((request.now - session.since) / 1000)));
		}
	}
	return context;
}
