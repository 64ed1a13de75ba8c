/**
 * Names the labs print in their steps and their starting accounts use. Kept apart from
 * `scenarios.ts`, which runs the simulator's operations, so a lab's checks load without them.
 */

/** The name of the root user's virtual MFA device in the starting accounts and the solutions. */
export const ROOT_MFA_DEVICE = 'root-phone';
