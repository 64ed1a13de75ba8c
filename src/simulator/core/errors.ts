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

/** HTTP status for each error code, from the operations' "Errors" sections in the API references. */
export const HTTP_STATUS: Readonly<Record<string, number>> = {
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
	MFARegistrationRequired: 403,
};

/** Builds a {@link SimError} with the code's HTTP status. */
export function simError<C extends string>(code: C, message: string, explanation?: PolicyExplanation): SimError<C> {
	const httpStatus = HTTP_STATUS[code] ?? 400;
	return explanation ? { code, message, httpStatus, explanation } : { code, message, httpStatus };
}
