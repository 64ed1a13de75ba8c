import {
	BILLING,
	createUserWithConsoleAccess,
	IAM_FULL_ACCESS,
	IAM_READ_ONLY_ACCESS,
	POWER_USER_ACCESS,
	type CallContext,
	type SimState,
} from '@/simulator';
import type { LabSetup } from '../lab';
import { COURSE_USER, findUserIgnoringCase } from '../checks';
import { must, mustAll } from '../run';
import { accountWithIamAdmin, assignVirtualMfa, IAM_ADMIN_FIRST_PASSWORD } from '../scenarios';
import { seededRandomBytes } from '../starting-accounts';

/**
 * Lesson 5 starts where lesson 4 ended, with iam-admin just created, in an account just set up for
 * a small team. The team differs from learner to learner (how many people and programs, who has
 * MFA, which groups iam-admin is in, who holds access keys), so the questions can only be answered
 * by reading the Users list. Each variant is built by the operations from its own seed.
 */

/** The groups the team's account has, each with the managed policy its members share. */
const GROUPS = [
	{ name: 'iam-managers', policyArn: IAM_FULL_ACCESS.Arn },
	{ name: 'iam-auditors', policyArn: IAM_READ_ONLY_ACCESS.Arn },
	{ name: 'developers', policyArn: POWER_USER_ACCESS.Arn },
	{ name: 'billing-team', policyArn: BILLING.Arn },
] as const;

/** Groups iam-admin may be put in: ones that give it nothing beyond IAM. */
const IAM_ONLY_GROUPS = ['iam-managers', 'iam-auditors'];
/** Groups for the other people. */
const PEOPLE_GROUPS = ['developers', 'billing-team'];
const PEOPLE = ['ana', 'bruno', 'chen', 'dara', 'emeka', 'farah', 'goran', 'hiro'];
const PROGRAMS = ['backup-job', 'build-bot', 'report-app', 'log-shipper'];

/**
 * The shape of each variant: people (console users), programs (no console), how many people have
 * MFA, how many groups iam-admin is in, who holds the access keys and how many. A table rather
 * than chance, so that every answer takes several values across the variants; one row for each of
 * the variants `starting-variants.ts` counts (a test keeps them apart).
 */
const SHAPES = [
	{ people: 1, programs: 1, withMfa: 1, adminGroups: 0, keyHolder: 'program', keys: 1 },
	{ people: 2, programs: 1, withMfa: 1, adminGroups: 1, keyHolder: 'person', keys: 2 },
	{ people: 3, programs: 1, withMfa: 3, adminGroups: 2, keyHolder: 'program', keys: 1 },
	{ people: 2, programs: 2, withMfa: 2, adminGroups: 0, keyHolder: 'program', keys: 2 },
	{ people: 3, programs: 2, withMfa: 1, adminGroups: 1, keyHolder: 'person', keys: 1 },
	{ people: 1, programs: 1, withMfa: 0, adminGroups: 2, keyHolder: 'person', keys: 2 },
	{ people: 2, programs: 1, withMfa: 2, adminGroups: 1, keyHolder: 'program', keys: 1 },
	{ people: 3, programs: 1, withMfa: 2, adminGroups: 0, keyHolder: 'person', keys: 2 },
] as const;

/** `list` in an order drawn from `draw` (Fisher–Yates). */
function shuffled<T>(list: readonly T[], draw: () => number): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = draw() % (i + 1);
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

/** Adds the variant's team to an account that already has iam-admin, through the operations. */
function withTeam(state: SimState, ctx: CallContext, variant: number): SimState {
	const shape = SHAPES[variant % SHAPES.length] ?? SHAPES[0];
	// The names and groups come from the variant's own seed; the counts from its shape.
	const bytes = seededRandomBytes(`users-list/team/${variant}`);
	const draw = () => bytes(1)[0] ?? 0;
	const people = shuffled(PEOPLE, draw)
		.slice(0, shape.people)
		.map((name) => ({ name, group: PEOPLE_GROUPS[draw() % PEOPLE_GROUPS.length] ?? 'developers' }));
	const programs = shuffled(PROGRAMS, draw).slice(0, shape.programs);
	const adminGroups = shuffled(IAM_ONLY_GROUPS, draw).slice(0, shape.adminGroups);
	// Only the groups somebody is in: an empty group would add nothing to read.
	const used = new Set([...adminGroups, ...people.map((person) => person.group)]);

	let account = mustAll(
		state,
		GROUPS.filter((group) => used.has(group.name)).flatMap((group) => [
			{ op: 'CreateGroup', input: { GroupName: group.name } } as const,
			{ op: 'AttachGroupPolicy', input: { GroupName: group.name, PolicyArn: group.policyArn } } as const,
		]),
		ctx,
	);
	for (const GroupName of adminGroups)
		account = must(account, { op: 'AddUserToGroup', input: { GroupName, UserName: COURSE_USER } }, ctx);
	people.forEach(({ name, group }, index) => {
		// Passwords their administrator handed over without asking for new ones: no IAMUserChangePassword.
		const created = createUserWithConsoleAccess(
			account,
			{
				UserName: name,
				consoleAccess: true,
				password: { kind: 'custom', value: IAM_ADMIN_FIRST_PASSWORD },
				PasswordResetRequired: false,
				GroupNames: [group],
			},
			ctx,
		);
		if (!created.ok) throw new Error(`Lab setup failed: could not create ${name}.`);
		account = index < shape.withMfa ? assignVirtualMfa(created.state, ctx, `${name}-phone`, name).state : created.state;
	});
	for (const name of programs) account = must(account, { op: 'CreateUser', input: { UserName: name } }, ctx);

	const holder = shape.keyHolder === 'person' ? people.at(-1)?.name : programs[0];
	for (let key = 0; key < shape.keys && holder !== undefined; key++)
		account = must(account, { op: 'CreateAccessKey', input: { UserName: holder } }, ctx);
	return account;
}

/** The reference answers, read from the account as it is now. */
function answersFrom(state: SimState): Record<string, string> {
	const users = Object.values(state.iam.users);
	const keyHolder = users.find((user) => user.accessKeys.length > 0);
	return {
		'user-count': String(users.length),
		'users-without-mfa': String(users.filter((user) => user.mfaSerials.length === 0).length),
		'iam-admin-groups': String(findUserIgnoringCase(state, COURSE_USER)?.groupNames.length ?? 0),
		'access-key-holder': keyHolder?.UserName ?? '',
	};
}

/** Lesson 5's starting accounts (one per variant); its solution only reads. */
export const usersListSetup: LabSetup = {
	labId: 'users-list',
	scenario: (ctx, variant = 0) => withTeam(accountWithIamAdmin(ctx).state, ctx, variant),
	solve: (state) => ({ state, answers: answersFrom(state) }),
};
