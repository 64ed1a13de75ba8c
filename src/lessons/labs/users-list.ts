import type { IamUser, SimState } from '@/simulator';
import { met, notMet, type Lab, type TaskStatus } from '../lab';
import { COURSE_USER, findUserIgnoringCase, sameAnswer } from '../checks';

/**
 * Lesson 5: read the Users list and answer from it. The practice account's team differs from
 * learner to learner, and answers are checked only when the learner presses Check, so the list
 * has to be read. A wrong answer says where to look, and whether to count again up or down, but
 * never what the list shows.
 */

const NO_ADMIN = `There is no user called ${COURSE_USER} in this account any more. Reset the lab to get it back.`;

/**
 * Checks a counted answer against the count in the account. `noun` names what is counted
 * ("users"), `where` says where the console shows it, `tooMany` adds what is often counted by
 * mistake.
 */
function countCheck(
	count: (state: SimState) => number | undefined,
	{ noun, where, tooMany = '' }: { noun: string; where: string; tooMany?: string },
) {
	return (state: SimState, answer?: string): TaskStatus => {
		const truth = count(state);
		if (truth === undefined) return notMet(NO_ADMIN);
		const typed = answer?.trim() ?? '';
		if (!typed) return notMet(`Type a number first. ${where}`);
		if (!/^\d{1,4}$/.test(typed)) return notMet(`Type the number in digits, for example 3. ${where}`);
		const guess = Number(typed);
		if (guess === truth) return met;
		return guess < truth
			? notMet(`Count again: the list shows more ${noun} than that. ${where}`)
			: notMet(`Count again: the list shows fewer ${noun} than that. ${where}${tooMany}`);
	};
}

const users = (state: SimState): IamUser[] => Object.values(state.iam.users);

/** Checks a typed user name: the user must exist and hold an access key. */
function keyHolderCheck(state: SimState, answer?: string): TaskStatus {
	const typed = answer?.trim() ?? '';
	const where = 'Read the Access key ID column: a user with a key has a key ID there, a user without one has "-".';
	if (!typed) return notMet(`Type a user name first. ${where}`);
	const named = users(state).find((user) => sameAnswer(user.UserName, typed));
	if (!named) {
		return notMet(
			`There is no user called "${typed}" in the list. Type the name as the User name column shows it. ${where}`,
		);
	}
	if (named.accessKeys.length > 0) return met;
	if (!users(state).some((user) => user.accessKeys.length > 0)) {
		return notMet('No user in this account has an access key any more. Reset the lab to get the account back.');
	}
	return notMet(`${named.UserName}'s Access key ID column shows "-": ${named.UserName} has no access key. ${where}`);
}

export const usersListLab: Lab = {
	id: 'users-list',
	title: 'Read the Users list',
	startScreen: 'iam-users',
	tasks: [
		{
			id: 'user-count',
			title: 'How many IAM users does the account have?',
			question: { label: 'Number of IAM users', inputMode: 'numeric' },
			hints: [
				'Every IAM user has one row in the Users list. The root user is not an IAM user, so it never appears there.',
				'IAM → Users: the heading shows the count in brackets.',
				'Count the rows of the Users table, or read the number in brackets next to the Users heading.',
			],
			check: countCheck((state) => users(state).length, {
				noun: 'users',
				where: 'Count the rows in IAM → Users.',
				tooMany: ' The root user is not an IAM user, so it is not in the list.',
			}),
		},
		{
			id: 'users-without-mfa',
			title: 'How many users have no MFA device?',
			question: { label: 'Number of users without MFA', inputMode: 'numeric' },
			hints: [
				'This is the column to read first: a user who signs in with a password alone is the easiest way into an account.',
				'The MFA column shows the kind of device for a user who has one, and "-" for a user who has none.',
				'Go down the MFA column and count the rows that show "-".',
			],
			check: countCheck((state) => users(state).filter((user) => user.mfaSerials.length === 0).length, {
				noun: 'users without MFA',
				where: 'Count the rows whose MFA column shows "-".',
			}),
		},
		{
			id: 'iam-admin-groups',
			title: `How many groups is ${COURSE_USER} in?`,
			question: { label: 'Number of groups', inputMode: 'numeric' },
			hints: [
				'Groups give the same permissions to several users at once. A user can be in several groups, or in none.',
				`Find ${COURSE_USER}'s row and read its Groups column.`,
				`The Groups column shows a number: how many groups the user is in ("0" for none). Read it in ${COURSE_USER}'s row, not in another user's.`,
			],
			check: countCheck((state) => findUserIgnoringCase(state, COURSE_USER)?.groupNames.length, {
				noun: `groups for ${COURSE_USER}`,
				where: `Read the Groups column in ${COURSE_USER}'s row.`,
			}),
		},
		{
			id: 'access-key-holder',
			title: 'Which user has an access key?',
			question: { label: 'User name', inputMode: 'text' },
			hints: [
				'Access keys are for programs, not for people signing in to the console. A key nobody needs is a secret that can leak.',
				'The Access key ID column lists the keys each user has.',
				'Go down the Access key ID column to the row that shows a key ID, and read the User name in that row.',
			],
			check: keyHolderCheck,
		},
	],
	solutionSteps: [
		'Open IAM → Users. The number in brackets next to the Users heading is the number of IAM users (the root user is never in this list).',
		'Go down the MFA column and count the rows that show "-": those users have no MFA device.',
		`Find ${COURSE_USER}'s row: its Groups column is the number of groups it is in.`,
		'Go down the Access key ID column: the row with a key ID is the user who has an access key. Type that user name.',
	],
};
