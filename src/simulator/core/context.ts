/**
 * What every call receives from outside: the simulator has no clock and no randomness of its own.
 */
export interface CallContext {
	/** Real wall-clock time, epoch ms. TOTP codes, trail times and the billing clock use it. */
	now: number;
	/** Random bytes for MFA secrets, generated passwords, password salts and SNS tokens. */
	randomBytes: (length: number) => Uint8Array;
	/**
	 * The caller's address as CloudTrail records it (`sourceIPAddress`). Two people using the same
	 * identity (the learner and someone with a leaked password) differ only here. Defaults to
	 * {@link LEARNER_SOURCE_IP}.
	 */
	sourceIPAddress?: string;
}

/**
 * The learner's address in the trail when the context names none: an address from the range
 * reserved for documentation (RFC 5737), so it can never be a real person's.
 */
export const LEARNER_SOURCE_IP = '203.0.113.10';
