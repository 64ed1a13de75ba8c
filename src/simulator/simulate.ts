import { accessDeniedError, explainAccess } from './authz.ts';
import type { PolicyExplanation } from './core/errors.ts';
import { DEFAULT_REGION } from './core/regions.ts';
import type { SimState } from './state.ts';

/**
 * Like IAM's `SimulatePrincipalPolicy` for the signed-in principal: for each action, whether it
 * is allowed on the resource (default `*`) and why. The root user is always allowed.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 */
export function simulatePrincipalPolicy(
	state: SimState,
	request: { readonly actions: readonly string[]; readonly resource?: string; readonly region?: string },
): PolicyExplanation[] {
	return request.actions.map((action) =>
		explainAccess(state, action, request.resource ?? '*', request.region ?? DEFAULT_REGION),
	);
}

/**
 * The IAM actions the console checks before it opens each service's first page. Billing also
 * needs the root user's activation of IAM access to billing (checked by `simulatePrincipalPolicy`).
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export const SERVICE_ENTRY_ACTIONS = {
	iam: ['iam:ListUsers'],
	ec2: ['ec2:DescribeInstances'],
	cloudwatch: ['cloudwatch:DescribeAlarms'],
	billing: ['aws-portal:ViewBilling'],
	sns: ['sns:ListTopics'],
	rds: ['rds:DescribeDBInstances'],
	s3: ['s3:ListAllMyBuckets'],
} as const satisfies Record<string, readonly string[]>;

export type ConsoleService = keyof typeof SERVICE_ENTRY_ACTIONS;

/** Whether the signed-in principal may open a service's console page, with the reasons. */
export function canOpenService(
	state: SimState,
	service: ConsoleService,
): { allowed: boolean; explanations: PolicyExplanation[] } {
	const explanations = simulatePrincipalPolicy(state, { actions: SERVICE_ENTRY_ACTIONS[service] });
	return { allowed: explanations.every((e) => e.decision === 'allowed'), explanations };
}

/**
 * A read-only access check for one action (records nothing): whether the signed-in principal may
 * perform it, why, and the `AccessDenied` message `execute` would return if not.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function checkAccess(
	state: SimState,
	request: { readonly action: string; readonly resource?: string; readonly region?: string },
): { readonly allowed: boolean; readonly explanation: PolicyExplanation; readonly message?: string } {
	const explanation = explainAccess(state, request.action, request.resource ?? '*', request.region ?? DEFAULT_REGION);
	if (explanation.decision === 'allowed') return { allowed: true, explanation };
	return { allowed: false, explanation, message: accessDeniedError(explanation).message };
}
