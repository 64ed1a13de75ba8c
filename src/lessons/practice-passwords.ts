import type { CallContext, KnownPasswordHash } from '@/simulator';
import { HURRIED_IAM_ADMIN_PASSWORD, IAM_ADMIN_FIRST_PASSWORD, IAM_ADMIN_PASSWORD } from './names';

/**
 * The passwords the course itself gives iam-admin in the labs' starting accounts (see names.ts).
 * They are printed in the lessons, so they guard nothing, and their hashes are computed ahead of
 * time (PBKDF2-SHA256, 2,000 iterations, one fixed salt each; a unit test recomputes them): building
 * the starting accounts runs no PBKDF2, and every build ships the same hashes.
 */

export const PRACTICE_PASSWORD_HASHES: readonly KnownPasswordHash[] = [
	{
		password: IAM_ADMIN_FIRST_PASSWORD,
		hash: {
			hash: '026253d44cd9f4d6dac922f5835c72591dbf9c296ffbb2ecfb2cd60b8ead5429',
			salt: '717a0f4e0305b39c302a1e88109c58be',
			iterations: 2000,
		},
	},
	{
		password: IAM_ADMIN_PASSWORD,
		hash: {
			hash: '47e5544147b5dad8862b53c6651b54e54020ea879baaf6c1cf7dadaf467f048d',
			salt: '60b70413058d016bde2e814e4ba34640',
			iterations: 2000,
		},
	},
	{
		password: HURRIED_IAM_ADMIN_PASSWORD,
		hash: {
			hash: '4c409860b03af4eab862855290a9b3138979f436ee287f04dc5c3ad7a7506ea6',
			salt: 'ce148026c0d8e6f68a4e8c71bf568c30',
			iterations: 2000,
		},
	},
];

/** `ctx` with the course's practice password hashes, for building a lab's or a scenario's account. */
export function withPracticePasswords(ctx: CallContext): CallContext {
	return { ...ctx, knownPasswordHashes: PRACTICE_PASSWORD_HASHES };
}
