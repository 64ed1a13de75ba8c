import type { OperationName, Operations } from '../operations.ts';
/**
 * Errors as values: an AWS wire code, AWS's message and the HTTP status. The console shows the
 * message word for word.
 */

/** Why a request was allowed or denied, for the console's "Why?" panel. */
export interface PolicyExplanation {
	readonly decision: 'allowed' | 'explicitDeny' | 'implicitDeny';
	/** The principal's ARN (`arn:aws:iam::<account>:root` for the root user). */
	readonly principal: string;
	readonly action: string;
	readonly resource: string;
	readonly policiesConsidered: readonly { readonly policyArn: string; readonly policyName: string }[];
	readonly matchedStatements: readonly {
		readonly policyArn: string;
		readonly sid?: string;
		readonly effect: 'Allow' | 'Deny';
		readonly index: number;
	}[];
	/** The root user is not subject to IAM policies. */
	readonly rootBypass?: true;
	/** Billing pages stay closed to IAM users until the root user activates IAM access to billing. */
	readonly billingAccessNotActivated?: true;
	/** Root-only console actions cannot be granted by any policy. */
	readonly rootOnly?: true;
	/** One plain-English sentence saying why. */
	readonly plain: string;
}

/** An expected failure, as AWS would return it. */
export interface SimError<C extends string = string> {
	readonly code: C;
	readonly message: string;
	readonly httpStatus: number;
	readonly explanation?: PolicyExplanation;
}

/** Every error code an operation can return, and those `execute` returns before any handler runs. */
type ErrorCode =
	Operations[OperationName]['errors'] | 'InvalidAction' | 'RequestTimeTooSkewed' | 'InvalidClientTokenId';

/**
 * HTTP status for each error code, from the operations' "Errors" sections in the API references.
 * Typed by the codes themselves, so the compiler refuses a code missing here or one no operation lists.
 */
const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
	AccessDenied: 403,
	MissingAuthenticationToken: 403,
	InvalidClientTokenId: 403,
	ValidationError: 400,
	ValidationException: 400,
	AuthenticationFailed: 401,
	NoPendingSignIn: 400,
	InvalidInput: 400,
	InvalidUserType: 400,
	PasswordPolicyViolation: 400,
	NoSuchEntity: 404,
	EntityAlreadyExists: 409,
	LimitExceeded: 409,
	DeleteConflict: 409,
	MalformedPolicyDocument: 400,
	InvalidAuthenticationCode: 403,
	InvalidParameterValue: 400,
	InvalidParameterCombination: 400,
	InstanceLimitExceeded: 400,
	ResourceNotFound: 404,
	NotFound: 404,
	InvalidParameter: 400,
	NoSuchMessage: 404,
	InvalidAction: 400,
	RequestTimeTooSkewed: 403,
	// AWS Budgets answers every one of its errors with 400.
	InvalidParameterException: 400,
	DuplicateRecordException: 400,
	CreationLimitExceededException: 400,
	NotFoundException: 400,
	MFARegistrationRequired: 403,
	// EC2 and CloudTrail answer these with 400.
	'InvalidInstanceID.Malformed': 400,
	'InvalidInstanceID.NotFound': 400,
	IncorrectInstanceState: 400,
	InvalidLookupAttributesException: 400,
	InvalidTimeRangeException: 400,
	InvalidMaxResultsException: 400,
	InvalidNextTokenException: 400,
	InvalidEventCategoryException: 400,
};

/** Builds a {@link SimError} with the code's HTTP status. */
export function simError<C extends string>(code: C, message: string, explanation?: PolicyExplanation): SimError<C> {
	const httpStatus = Object.prototype.hasOwnProperty.call(HTTP_STATUS, code) ? HTTP_STATUS[code as ErrorCode] : 400;
	return explanation ? { code, message, httpStatus, explanation } : { code, message, httpStatus };
}
