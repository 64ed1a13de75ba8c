/**
 * What every call receives from outside: the simulator has no clock and no randomness of its own.
 */
export interface CallContext {
	/** Real wall-clock time, epoch ms. TOTP codes, trail times and the billing clock use it. */
	now: number;
	/** Random bytes for MFA secrets, generated passwords, password salts and SNS tokens. */
	randomBytes: (length: number) => Uint8Array;
}
