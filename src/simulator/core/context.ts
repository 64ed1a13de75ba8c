import type { WebAuthnContext } from '../mfa/fido/types.ts';
import type { PasswordHash } from '../state.ts';

/** A password that is public by design (printed in the course) and its hash, computed ahead of time. */
export interface KnownPasswordHash {
	readonly password: string;
	readonly hash: PasswordHash;
}

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
	/**
	 * Hashes computed ahead of time for passwords that are public by design, such as the ones a
	 * lab's starting account is built with. Hashing or checking one of them costs nothing instead
	 * of a PBKDF2 run; every other password is hashed as usual, with a random salt. The practice
	 * root password is always known (see `PRACTICE_ROOT_PASSWORD_HASH`).
	 */
	knownPasswordHashes?: ReadonlyArray<KnownPasswordHash>;
	/**
	 * The access key that signed the request, for a programmatic call (the CLI or an SDK) instead of
	 * one made in the console: the call acts as the key's owner, whoever is signed in to the console,
	 * and the key's last use is recorded. Absent for console calls.
	 */
	accessKeyId?: string;
	/**
	 * For passkeys and security keys only: the page's origin, and the passkey operations' code and
	 * checks, which pages download when a passkey screen opens (see `mfa/fido/types.ts`). Without
	 * it, those operations fail with `ValidationError`.
	 */
	webAuthn?: WebAuthnContext;
}

/**
 * The learner's address in the trail when the context names none: an address from the range
 * reserved for documentation (RFC 5737), so it can never be a real person's.
 */
export const LEARNER_SOURCE_IP = '203.0.113.10';
