import { describe, expect, it } from 'vitest';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { createFreshAccount, execute, PRACTICE_ROOT, type CallContext } from '@/simulator';
import { DEFAULT_PASSWORD_HASH_ITERATIONS, hashPassword, verifyPassword } from '@/simulator/iam/passwords';
import { PRACTICE_ROOT_PASSWORD_HASH } from '@/simulator/iam/practice-root-password';

function context(): CallContext {
	let counter = 0;
	return { now: Date.UTC(2026, 0, 1), randomBytes: (length) => Uint8Array.from({ length }, () => counter++ % 256) };
}

describe('password hashes', () => {
	it('ships the practice root password hash that PBKDF2-SHA256 really gives', () => {
		const { salt, iterations, hash } = PRACTICE_ROOT_PASSWORD_HASH;
		expect(iterations).toBe(DEFAULT_PASSWORD_HASH_ITERATIONS);
		const recomputed = bytesToHex(
			pbkdf2(sha256, utf8ToBytes(PRACTICE_ROOT.password), utf8ToBytes(salt), { c: iterations, dkLen: 32 }),
		);
		expect(recomputed).toBe(hash);
	});

	it('starts every practice account with the precomputed root hash, and signs in with it', () => {
		const ctx = context();
		const state = createFreshAccount(ctx);
		expect(state.root.password).toEqual(PRACTICE_ROOT_PASSWORD_HASH);
		const signedIn = execute(
			state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
			},
			ctx,
		);
		expect(signedIn.response).toEqual({ ok: true, output: { Result: 'MFARegistrationPrompt' } });
		// The password is accepted; a root user without MFA is then asked to register it.
		expect(signedIn.state.pendingSignIn?.principal).toEqual({ type: 'Root' });
		const wrong = execute(
			state,
			{
				op: 'ConsoleLogin',
				input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: 'Practice-Root-Password-2' },
			},
			ctx,
		);
		expect(wrong.response.ok).toBe(false);
	});

	it('gives any other password its own random salt and checks it by hashing', () => {
		const ctx = context();
		const first = hashPassword('Learner-Chosen-1!', ctx, 50);
		const second = hashPassword('Learner-Chosen-1!', ctx, 50);
		expect(first.salt).not.toBe(second.salt);
		expect(first.hash).not.toBe(second.hash);
		expect(verifyPassword('Learner-Chosen-1!', first)).toBe(true);
		expect(verifyPassword('Learner-Chosen-2!', first)).toBe(false);
	});

	it('hashes the practice root password afresh when the iteration count differs', () => {
		const hashed = hashPassword(PRACTICE_ROOT.password, context(), 10);
		expect(hashed.salt).not.toBe(PRACTICE_ROOT_PASSWORD_HASH.salt);
		expect(verifyPassword(PRACTICE_ROOT.password, hashed)).toBe(true);
	});
});
