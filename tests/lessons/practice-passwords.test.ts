import { describe, expect, it } from 'vitest';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { execute, type CallContext } from '@/simulator';
import { PRACTICE_PASSWORD_HASHES, withPracticePasswords } from '@/lessons/practice-passwords';
import { IAM_ADMIN_FIRST_PASSWORD } from '@/lessons/scenarios';
import { fixBrokenAccountSetup } from '@/lessons/setups/fix-broken-account';
import { COURSE_USER } from '@/lessons/checks';

function context(): CallContext {
	let counter = 0;
	return { now: Date.UTC(2026, 0, 1), randomBytes: (length) => Uint8Array.from({ length }, () => counter++ % 256) };
}

describe('practice password hashes', () => {
	it.each(PRACTICE_PASSWORD_HASHES.map((entry) => [entry.password, entry] as const))(
		'holds the real PBKDF2-SHA256 hash of %s',
		(_, entry) => {
			const { salt, iterations, hash } = entry.hash;
			expect(
				bytesToHex(pbkdf2(sha256, utf8ToBytes(entry.password), utf8ToBytes(salt), { c: iterations, dkLen: 32 })),
			).toBe(hash);
		},
	);

	it('builds a starting account with them, and the account signs in only with the right password', () => {
		const ctx = withPracticePasswords(context());
		const state = fixBrokenAccountSetup.scenario(ctx);
		const stored = state.iam.users[COURSE_USER]?.loginProfile?.password;
		expect(PRACTICE_PASSWORD_HASHES.map((entry) => entry.hash)).toContainEqual(stored);
		const signOut = execute(state, { op: 'ConsoleLogout', input: {} }, ctx).state;
		const login = (Password: string, callContext: CallContext) =>
			execute(
				signOut,
				{
					op: 'ConsoleLogin',
					input: { LoginType: 'IAMUser', Account: state.account.accountId, UserName: COURSE_USER, Password },
				},
				callContext,
			).response.ok;
		const password = PRACTICE_PASSWORD_HASHES.find((entry) => entry.hash === stored)?.password ?? '';
		// With and without the table (the learner's console calls carry none): same answers.
		for (const callContext of [ctx, context()]) {
			expect(login(password, callContext)).toBe(true);
			expect(login(IAM_ADMIN_FIRST_PASSWORD, callContext)).toBe(false);
		}
	});
});
