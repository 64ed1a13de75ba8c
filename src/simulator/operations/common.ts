/** What the operations of every service share. */

/** An operation's input or output with no members. */
export type Empty = Record<string, never>;

/**
 * Errors any authenticated operation can return before its handler runs. `MFARegistrationRequired`:
 * the root user signed in after the 35 days to register MFA and must assign a device first.
 */
export type CommonError = 'AccessDenied' | 'MissingAuthenticationToken' | 'ValidationError' | 'MFARegistrationRequired';

/** Errors a name that breaks IAM's naming rules gives. */
export type IamNameErrors = 'ValidationError';
