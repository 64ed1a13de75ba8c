import { PRACTICE_ROOT_PASSWORD } from './iam/practice-root-password.ts';

/**
 * The practice account's clearly fake sign-in details: an address on the reserved example.com
 * domain, an obviously practice password and AWS's documentation-style account ID. A module of
 * its own, so a page that shows them (the practice account card) does not load what builds an
 * account (password hashing among it).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
 */
export const PRACTICE_ROOT = {
	email: 'learner@example.com',
	password: PRACTICE_ROOT_PASSWORD,
	accountId: '111122223333',
} as const;
