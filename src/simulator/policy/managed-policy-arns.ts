/**
 * The ARNs of the AWS managed policies the course's checks name, apart from the policies'
 * documents (`aws-managed.ts`): a check that asks "is IAMFullAccess attached?" needs the name, not
 * the document, so a lab's checks load without every managed policy's text.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html
 */

/** @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html */
export const IAM_FULL_ACCESS_ARN = 'arn:aws:iam::aws:policy/IAMFullAccess';
/** @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html */
export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
/** @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMReadOnlyAccess.html */
export const IAM_READ_ONLY_ACCESS_ARN = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
/** @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMUserChangePassword.html */
export const IAM_USER_CHANGE_PASSWORD_ARN = 'arn:aws:iam::aws:policy/IAMUserChangePassword';
