/**
 * Names the labs, their checks and the account health checks share. A module with nothing else in
 * it, so a lab whose checks only need a name loads none of the health checks.
 */

/** The everyday IAM user the course has the learner create. */
export const COURSE_USER = 'iam-admin';

/** The only Region with AWS billing metrics, so billing alarms must live there. */
export const BILLING_REGION = 'us-east-1';

/** The name of the root user's virtual MFA device in the starting accounts and the solutions. */
export const ROOT_MFA_DEVICE = 'root-phone';
