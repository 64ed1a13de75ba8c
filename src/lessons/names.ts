/**
 * Names and practice passwords the labs, their checks and the account health checks share. A
 * module with nothing else in it, so a lab whose checks or steps only need one of them loads none
 * of the health checks and none of the password hashes.
 */

/** The everyday IAM user the course has the learner create. */
export const COURSE_USER = 'iam-admin';

/** The only Region with AWS billing metrics, so billing alarms must live there. */
export const BILLING_REGION = 'us-east-1';

/** The name of the root user's virtual MFA device in the starting accounts and the solutions. */
export const ROOT_MFA_DEVICE = 'root-phone';

/** The practice password of iam-admin that labs from "Logging in" on hand to the learner. */
export const IAM_ADMIN_FIRST_PASSWORD = 'Practice-Temp-Password-1!';
/** The password iam-admin has once the learner has changed it (labs after "Logging in"). */
export const IAM_ADMIN_PASSWORD = 'Practice-IAM-Admin-Password-2!';
/** The password of the challenge's hurriedly created iam-admin. */
export const HURRIED_IAM_ADMIN_PASSWORD = 'Practice-Hurried-Password-1!';

/** The challenge's budget: it tracks spending, but its alerts were removed, so it tells nobody. */
export const SILENT_BUDGET = 'Monthly budget';
