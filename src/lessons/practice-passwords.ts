import type { CallContext, KnownPasswordHash } from '@/simulator';

/**
 * The passwords the course itself gives iam-admin in the labs' starting accounts. They are printed
 * in the lessons, so they guard nothing, and their hashes are computed ahead of time (PBKDF2-SHA256,
 * 2,000 iterations, one fixed salt each; a unit test recomputes them): building a lab's account in
 * the browser then runs no PBKDF2 at all, which is what made the console slow to open on phones.
 */

/** The practice password of iam-admin that labs from "Logging in" on hand to the learner. */
export const IAM_ADMIN_FIRST_PASSWORD = 'Practice-Temp-Password-1!';
/** The password iam-admin has once the learner has changed it (labs after "Logging in"). */
export const IAM_ADMIN_PASSWORD = 'Practice-IAM-Admin-Password-2!';
/** The password of the challenge's hurriedly created iam-admin. */
export const HURRIED_IAM_ADMIN_PASSWORD = 'Practice-Hurried-Password-1!';

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
