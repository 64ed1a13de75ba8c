/**
 * The Users list shows the root user's account before the simulator's operations download, from
 * `selectSignedInAsUnrestrictedRoot` and `selectUsersTable` alone. That is only right if, whenever
 * the selector says so, `ListUsers` through the operations is allowed and lists the same users.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createFreshAccount,
	execute,
	IAM_READ_ONLY_ACCESS,
	selectSignedInAsUnrestrictedRoot,
	selectUsersTable,
	type Session,
	type SimState,
} from '@/simulator';
import { testContext } from '../support/context.ts';
import { TEST_HASH_ITERATIONS } from '../support/given.ts';

const SESSIONS: Record<string, (now: number) => Session | null> = {
	nobody: () => null,
	root: (now) => ({ principal: { type: 'Root' }, withMfa: false, since: now }),
	'root held to registering MFA': (now) => ({
		principal: { type: 'Root' },
		withMfa: false,
		since: now,
		mfaRegistrationRequired: true,
	}),
	'IAM user who may read IAM': (now) => ({
		principal: { type: 'IAMUser', userName: 'reader' },
		withMfa: false,
		since: now,
	}),
	'IAM user without policies': (now) => ({
		principal: { type: 'IAMUser', userName: 'nobody' },
		withMfa: false,
		since: now,
	}),
};

function accountWith(userNames: readonly string[], session: keyof typeof SESSIONS): SimState {
	const ctx = testContext();
	let state = createFreshAccount(ctx, { passwordHashIterations: TEST_HASH_ITERATIONS });
	state = { ...state, session: SESSIONS.root?.(ctx.now) ?? null };
	for (const UserName of ['reader', 'nobody', ...userNames]) {
		state = execute(state, { op: 'CreateUser', input: { UserName } }, ctx).state;
	}
	const policy = { UserName: 'reader', PolicyArn: IAM_READ_ONLY_ACCESS.Arn };
	state = execute(state, { op: 'AttachUserPolicy', input: policy }, ctx).state;
	return { ...state, session: SESSIONS[session]?.(ctx.now) ?? null };
}

describe('selectSignedInAsUnrestrictedRoot', () => {
	it('is true only for the root user outside the MFA-registration restriction', () => {
		const answers = Object.keys(SESSIONS).map((session) => [
			session,
			selectSignedInAsUnrestrictedRoot(accountWith([], session)),
		]);
		expect(Object.fromEntries(answers)).toEqual({
			nobody: false,
			root: true,
			'root held to registering MFA': false,
			'IAM user who may read IAM': false,
			'IAM user without policies': false,
		});
	});

	it('agrees with ListUsers: allowed, and the same users as the Users table', () => {
		const userName = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,64}$/);
		fc.assert(
			fc.property(
				fc.uniqueArray(userName, { maxLength: 6, selector: (name) => name.toLowerCase() }),
				fc.constantFrom(...Object.keys(SESSIONS)),
				(names, session) => {
					const state = accountWith(
						names.filter((name) => !['reader', 'nobody'].includes(name.toLowerCase())),
						session,
					);
					if (!selectSignedInAsUnrestrictedRoot(state)) return;
					const ctx = testContext(2, state.billing.lastRealNow + 1000);
					const { response } = execute(state, { op: 'ListUsers', input: {} }, ctx);
					expect(response.ok).toBe(true);
					const listed = response.ok ? response.output.Users.map((user) => user.UserName) : [];
					const shown = selectUsersTable(state, ctx.now).map((row) => row.userName);
					expect([...shown].sort()).toEqual([...listed].sort());
				},
			),
			{ numRuns: 60 },
		);
	});
});
