/**
 * TOTP's time steps, apart from the code that hashes them: moving an account in time needs the
 * steps but not HMAC-SHA-1, so a page that only starts a lab does not download the hashing.
 */

/** TOTP time step used by AWS virtual MFA devices: 30 seconds. */
export const TOTP_STEP_MS = 30_000;

/**
 * The 30-second step number for a time (RFC 6238 `T`).
 * @see https://www.rfc-editor.org/rfc/rfc6238#section-4.2
 */
export function totpStep(timeMs: number): number {
	return Math.floor(timeMs / TOTP_STEP_MS);
}
