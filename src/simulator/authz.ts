import { rootArn } from './core/arn.ts';
import { simError, type PolicyExplanation, type SimError } from './core/errors.ts';
import { findUser, principalArn } from './iam/lookup.ts';
import { evaluatePolicies } from './policy/evaluate.ts';
import {
	isManagedPolicyArn,
	policiesForUser,
	requestContextFor,
	type RequestInfo,
} from './policy/principal-policies.ts';
import type { SimState } from './state.ts';

/**
 * Services whose console pages live in Billing and Cost Management: today's fine-grained actions
 * (and the retired `aws-portal:` ones, which older policies still name).
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/migrate-granularaccess-iam-mapping-reference.html
 */
const BILLING_CONSOLE_SERVICES = new Set([
	'aws-portal',
	'billing',
	'budgets',
	'ce',
	'cur',
	'freetier',
	'invoicing',
	'payments',
	'purchase-orders',
	'tax',
]);

/**
 * Actions guarded by the root user's "IAM user and role access to Billing information" switch:
 * IAM users reach these Billing console actions only once the root user has activated it.
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html
 */
export function isBillingConsoleAction(action: string): boolean {
	return BILLING_CONSOLE_SERVICES.has(action.slice(0, action.indexOf(':')).toLowerCase());
}

/**
 * Why the signed-in principal may or may not perform an action on a resource. The root user is
 * not subject to IAM policies; an IAM user is evaluated against the managed policies attached to
 * it and its groups; billing pages also need the root user's activation of IAM access.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function explainAccess(
	state: SimState,
	action: string,
	resource: string,
	request: RequestInfo,
): PolicyExplanation {
	const session = state.session;
	if (!session) {
		return {
			decision: 'implicitDeny',
			principal: '',
			action,
			resource,
			policiesConsidered: [],
			matchedStatements: [],
			plain: 'Nobody is signed in, so no request is allowed.',
		};
	}
	if (session.principal.type === 'Root') {
		return {
			decision: 'allowed',
			principal: rootArn(state.account.accountId),
			action,
			resource,
			policiesConsidered: [],
			matchedStatements: [],
			rootBypass: true,
			plain: 'Allowed: the root user has full access to the account, and IAM policies do not apply to it.',
		};
	}
	const arn = principalArn(state, session.principal);
	const user = findUser(state, session.principal.userName);
	if (!user) {
		return {
			decision: 'implicitDeny',
			principal: arn,
			action,
			resource,
			policiesConsidered: [],
			matchedStatements: [],
			plain: `Denied: the user ${session.principal.userName} no longer exists.`,
		};
	}
	const policies = policiesForUser(state, user);
	const result = evaluatePolicies(
		{ action, resource, context: requestContextFor(state, user, session, request) },
		policies,
	);
	const policiesConsidered = policies.map((p) => ({ policyArn: p.policyArn, policyName: p.policyName }));
	const nameOf = (policyArn: string): string =>
		policies.find((p) => p.policyArn === policyArn)?.policyName ?? policyArn;
	const base = { principal: arn, action, resource, policiesConsidered, matchedStatements: result.matchedStatements };
	if (result.decision === 'explicitDeny') {
		const first = result.matchedStatements[0];
		const which = first
			? `statement ${first.sid ?? `#${first.index + 1}`} in ${nameOf(first.policyArn)}`
			: 'a statement';
		return {
			...base,
			decision: 'explicitDeny',
			plain: `Denied: ${which} explicitly denies ${action}, and an explicit deny always overrides any allow.`,
		};
	}
	const billingLocked = isBillingConsoleAction(action) && !state.billing.iamAccessActivated;
	if (result.decision === 'implicitDeny') {
		const noPolicy =
			policies.length === 0
				? `${user.UserName} has no permission policies, and IAM denies every request that no policy allows`
				: `none of ${user.UserName}'s policies (${policiesConsidered.map((p) => p.policyName).join(', ')}) allows ${action}, so IAM denies it by default`;
		// AWS: until the root user activates IAM access, Billing pages are closed to IAM users whatever
		// their policies say, and the access-denied page names that first.
		if (billingLocked) {
			return {
				...base,
				decision: 'implicitDeny',
				billingAccessNotActivated: true,
				plain: `Denied: the root user has not activated IAM user and role access to Billing information, so no IAM user can use this billing page yet; and ${noPolicy}.`,
			};
		}
		return { ...base, decision: 'implicitDeny', plain: `Denied: ${noPolicy}.` };
	}
	if (billingLocked) {
		return {
			...base,
			decision: 'implicitDeny',
			billingAccessNotActivated: true,
			plain:
				'Denied: a policy allows this billing action, but the root user has not activated IAM user and role access to Billing information.',
		};
	}
	const first = result.matchedStatements[0];
	const which = first ? `statement ${first.sid ?? `#${first.index + 1}`} in ${nameOf(first.policyArn)}` : 'a statement';
	return { ...base, decision: 'allowed', plain: `Allowed: ${which} allows ${action}.` };
}

/**
 * The authorization decision alone, without building the explanation (the fast path `execute`
 * takes for every call; the explanation is built only when a call is denied).
 */
export function isAllowed(state: SimState, action: string, resource: string, request: RequestInfo): boolean {
	const session = state.session;
	if (!session) return false;
	if (session.principal.type === 'Root') return true;
	const user = findUser(state, session.principal.userName);
	if (!user) return false;
	const decision = evaluatePolicies(
		{ action, resource, context: requestContextFor(state, user, session, request) },
		policiesForUser(state, user),
	).decision;
	return decision === 'allowed' && (!isBillingConsoleAction(action) || state.billing.iamAccessActivated);
}

/**
 * The start of every denial message: who may not do what, and on which resource. Actions without
 * resource-level permissions (authorized against `"*"`) name no resource, as AWS's messages do;
 * EC2 puts its own sentence in front.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */
function notAuthorized(principal: string, action: string, resource: string, resourceLevel: boolean): string {
	const prefix = action.toLowerCase().startsWith('ec2:') ? 'You are not authorized to perform this operation. ' : '';
	const onResource = resourceLevel ? ` on resource: ${resource}` : '';
	return `${prefix}User: ${principal} is not authorized to perform: ${action}${onResource}`;
}

/**
 * The `AccessDenied` error for a denial, in AWS's wording, carrying the explanation.
 * `resourceLevel` is false for actions that accept only `"*"` as their resource.
 */
export function accessDeniedError(explanation: PolicyExplanation, resourceLevel = true): SimError {
	const { principal, action, resource } = explanation;
	let reason: string;
	if (explanation.decision === 'explicitDeny') {
		const first = explanation.matchedStatements[0];
		// AWS names the managed policy that denies; an inline policy has no ARN to name.
		const named = first && isManagedPolicyArn(first.policyArn) ? `: ${first.policyArn}` : '';
		reason = `with an explicit deny in an identity-based policy${named}`;
	} else if (explanation.billingAccessNotActivated) {
		// UNCONFIRMED wording: the billing console shows its own page; see coverage doc.
		reason = 'because IAM user and role access to Billing information is not activated for this account';
	} else {
		reason = `because no identity-based policy allows the ${action} action`;
	}
	return simError(
		'AccessDenied',
		`${notAuthorized(principal, action, resource, resourceLevel)} ${reason}`,
		explanation,
	);
}

/** The error for root-only console actions attempted by an IAM user. */
export function rootOnlyError(state: SimState, action: string, resource: string, resourceLevel = true): SimError {
	const session = state.session;
	const principal = session ? principalArn(state, session.principal) : '';
	const explanation: PolicyExplanation = {
		decision: 'implicitDeny',
		principal,
		action,
		resource,
		policiesConsidered: [],
		matchedStatements: [],
		rootOnly: true,
		plain: 'Denied: only the root user can change this setting; no IAM policy can grant it.',
	};
	return simError(
		'AccessDenied',
		`${notAuthorized(principal, action, resource, resourceLevel)} because only the root user can perform this action`,
		explanation,
	);
}
