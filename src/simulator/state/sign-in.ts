/** Console sessions and the sign-in page's steps after the password. */

/** The principal behind a console session. */
export type Principal = { readonly type: 'Root' } | { readonly type: 'IAMUser'; readonly userName: string };

/** The signed-in console session. */
export interface Session {
	readonly principal: Principal;
	readonly withMfa: boolean;
	readonly since: number;
	/**
	 * The root user signed in after the 35 days to register MFA ran out: until a device is
	 * registered, the session may do nothing else.
	 */
	readonly mfaRegistrationRequired?: boolean;
}

/** The steps of the sign-in page after the password. */
export const SIGN_IN_STEPS = ['mfa', 'passwordReset', 'mfaRegistration'] as const;

/**
 * A sign-in that passed the password step and waits for an MFA code, a new password, or the root
 * user's answer to the prompt to register MFA.
 */
export interface PendingSignIn {
	readonly principal: Principal;
	readonly step: (typeof SIGN_IN_STEPS)[number];
	readonly withMfa: boolean;
	readonly startedAt: number;
}
