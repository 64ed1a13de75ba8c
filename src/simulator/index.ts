/**
 * The simulated AWS account: the only module other folders import from the simulator.
 * Everything here is pure and synchronous; time and randomness come in through {@link CallContext}.
 */
export { LEARNER_SOURCE_IP, type CallContext, type KnownPasswordHash } from './core/context.ts';
export type { PolicyExplanation, SimError } from './core/errors.ts';
export { REGIONS, DEFAULT_REGION, regionName, type RegionCode } from './core/regions.ts';
export * from './state.ts';
export type * from './operations.ts';
export { SimStateSchema } from './schema.ts';
export { migrateSimState, upgradeSimState, type MigrateResult } from './persistence.ts';
export { createFreshAccount, type FreshAccountOptions } from './account.ts';
export { PRACTICE_ROOT } from './practice-account.ts';
export { execute, type ApiResponse, type Executed } from './execute.ts';
export {
	evaluatePolicies,
	type EvaluationRequest,
	type EvaluationResult,
	type EvalDecision,
	type MatchedStatement,
	type PolicySource,
	type RequestContext,
} from './policy/evaluate.ts';
export type { PolicyDocument, PolicyStatement, ConditionBlock } from './policy/grammar.ts';
export { readPolicyDocument, type DocumentRead } from './policy/policy-text.ts';
export {
	AWS_MANAGED_POLICIES,
	findManagedPolicy,
	MANAGE_OWN_MFA_EXAMPLE_POLICY,
	IAM_FULL_ACCESS,
	ADMINISTRATOR_ACCESS,
	IAM_READ_ONLY_ACCESS,
	BILLING,
	POWER_USER_ACCESS,
	type ManagedPolicy,
} from './policy/aws-managed.ts';
export { checkDefaultPasswordPolicy } from './iam/passwords.ts';
export { totpCode, buildOtpauthUri } from './mfa/totp.ts';
export { TOTP_STEP_MS } from './mfa/totp-step.ts';
export { base32Encode, base32Decode } from './mfa/base32.ts';
export {
	createUserWithConsoleAccess,
	deleteUserAsConsoleDoes,
	removeMfaDevice,
	createTopicWithEmailSubscriptions,
	type NewTopicInput,
	type CreateUserWizardInput,
	type WorkflowResult,
	type WorkflowStep,
} from './console/workflows.ts';
export * from './selectors.ts';
export {
	zeroSpendBudgetRequest,
	monthlyCostBudgetRequest,
	ZERO_SPEND_BUDGET_NAME,
	MONTHLY_COST_BUDGET_NAME,
} from './budgets/templates.ts';
export { isValidBudgetName, MAX_EMAIL_SUBSCRIBERS } from './budgets/rules.ts';
export { MFA_REGISTRATION_GRACE_DAYS } from './signin/mfa-grace.ts';
export { isFidoSerial } from './mfa/fido/serial.ts';
export { loadWebAuthnCode } from './mfa/fido/without-code.ts';
export { fromBase64Url, toBase64Url } from './mfa/fido/encoding.ts';
export type * from './mfa/fido/types.ts';
export { rebaseAccount } from './rebase.ts';
export {
	ADMINISTRATOR_ACCESS_ARN,
	IAM_FULL_ACCESS_ARN,
	IAM_READ_ONLY_ACCESS_ARN,
	IAM_USER_CHANGE_PASSWORD_ARN,
} from './policy/managed-policy-arns.ts';
export { selectInstancesInAllRegions, type RegionalInstance } from './ec2/views.ts';
export { selectEventHistory, LOOKUP_ATTRIBUTE_KEYS, type EventQuery } from './cloudtrail/lookup-events.ts';
