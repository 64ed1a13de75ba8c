import type { PasswordHash } from '../state.ts';

/** The practice account's root password. It is printed on the page for everyone: it guards nothing. */
export const PRACTICE_ROOT_PASSWORD = 'Practice-Root-Password-1';

/**
 * {@link PRACTICE_ROOT_PASSWORD} hashed ahead of time (PBKDF2-SHA256, 2,000 iterations, this
 * salt). Every practice account and every lab starts with this password and signs in with it, and
 * hashing it in the browser each time was most of the work of opening the console on a slow
 * phone. Passwords a lab's starting account uses can be added the same way through
 * `CallContext.knownPasswordHashes`. One salt for everyone is harmless for a password that is public by design; passwords the
 * learner chooses get their own random salt. A unit test recomputes the hash.
 */
export const PRACTICE_ROOT_PASSWORD_HASH: PasswordHash = {
	hash: '4c577d1174abdcfd7c2497222e6ce62eb593caa085c4145711dd08a756772fc2',
	salt: '2b3c09c39ddd12258479b5218c8649c3',
	iterations: 2000,
};
