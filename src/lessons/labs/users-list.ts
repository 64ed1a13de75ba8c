import type { IamUser, SimState } from '@/simulator';
import { met, notMet, type Lab, type TaskStatus } from '../lab';
import { COURSE_USER, findUserIgnoringCase, sameAnswer } from '../checks';

/**
 * Lesson 5: find the Users list and answer from it. The lab opens on Console Home, as the others
 * do, so the learner also practises the way there (IAM → Users) that the lesson teaches. The
 * practice account's team differs from learner to learner, and answers are checked only when the
 * learner presses Check, so the list has to be read. A wrong answer says where to look, and
 * whether to count again up or down, but never what the list shows.
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
		if (!/^\d{1,4}$/.test(typed)) return notMet(`Type the number in digits. ${where}`);
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
	const where = 'Look down the Access key ID column for a key ID.';
	if (!typed) return notMet(`Type a user name. ${where}`);
	const named = users(state).find((user) => sameAnswer(user.UserName, typed));
	if (!named) {
		return notMet(`There is no user called "${typed}" in the list. ${where}`);
	}
	if (named.accessKeys.length > 0) return met;
	if (!users(state).some((user) => user.accessKeys.length > 0)) {
		return notMet('No user has an access key any more. Reset the lab to get the account back.');
	}
	return notMet(`${named.UserName}'s Access key ID column shows "-": no key. ${where}`);
}

export const usersListLab: Lab = {
	id: 'users-list',
	title: 'Read the Users list',
	startScreen: 'console-home',
	tasks: [
		{
			id: 'user-count',
			title: 'How many IAM users does the account have?',
			question: { label: 'Number of IAM users', inputMode: 'numeric' },
			hints: [
				'Every IAM user has one row in the Users list. The root user is not an IAM user.',
				'IAM → Users: the heading shows the count in brackets.',
				'Count the rows of the Users table, or read the number next to the Users heading.',
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
				'The column to read first: a password alone is the easiest way into an account.',
				'The MFA column shows the kind of device, or "-" for a user without one.',
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
				'Groups give several users the same permissions. A user can be in several groups, or none.',
				`Find ${COURSE_USER}'s row and read its Groups column.`,
				`The Groups column is a number ("0" for none). Read it in ${COURSE_USER}'s row, not another user's.`,
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
				'Access keys are for programs, not people. A key nobody needs is a secret that can leak.',
				'The Access key ID column lists the keys each user has.',
				'Find the row whose Access key ID column shows a key ID, and type its User name.',
			],
			check: keyHolderCheck,
		},
	],
	solutionSteps: [
		'Open IAM → Users. The number next to the Users heading counts the IAM users (never the root user).',
		'Count the rows whose MFA column shows "-": those users have no MFA device.',
		`Read the Groups column in ${COURSE_USER}'s row.`,
		'Find the row whose Access key ID column shows a key ID, and type its User name.',
	],
};
