import { met, notMet, type Lab, type TaskStatus } from '../lab';
import { COURSE_USER, findUserIgnoringCase, sameAnswer } from '../checks';
import type { SimState } from '@/simulator';

/** Checks a typed answer against a fact read from the account; wrong answers say where to look. */
function answerCheck(expected: (state: SimState) => string | undefined, whereToLook: string) {
	return (state: SimState, answer?: string): TaskStatus => {
		const truth = expected(state);
		if (truth === undefined)
			return notMet(`There is no user called ${COURSE_USER} in this account. Reset the lab to get it back.`);
		if (!answer?.trim()) return notMet(`Type your answer. ${whereToLook}`);
		return sameAnswer(answer, truth) ? met : notMet(`Not quite. ${whereToLook}`);
	};
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Lesson 5: read the Users list and answer from it. */
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
				'The root user is not an IAM user, so it is not in this list.',
				'IAM → Users: the heading shows the count in brackets.',
				'Count the rows of the Users table (or read the number next to the Users heading).',
			],
			check: answerCheck((state) => String(Object.keys(state.iam.users).length), 'Count the rows in IAM → Users.'),
		},
		{
			id: 'iam-admin-mfa',
			title: `Does ${COURSE_USER} have MFA yet?`,
			question: { label: 'MFA', choices: ['Yes', 'No'] },
			hints: [
				'The MFA column shows the device type for users who have one, and nothing for users who do not.',
				`Find ${COURSE_USER}'s row and read the MFA column.`,
				'An empty MFA cell (shown as "-") means no device is assigned.',
			],
			check: answerCheck((state) => {
				const user = findUserIgnoringCase(state, COURSE_USER);
				return user && yesNo(user.mfaSerials.length > 0);
			}, `Read the MFA column in ${COURSE_USER}'s row.`),
		},
		{
			id: 'iam-admin-groups',
			title: `How many groups is ${COURSE_USER} in?`,
			question: { label: 'Number of groups', inputMode: 'numeric' },
			hints: [
				'Groups let you give the same permissions to several users at once.',
				`Read the Groups column in ${COURSE_USER}'s row.`,
				'The Groups column shows a number; "0" means the user is in no group.',
			],
			check: answerCheck((state) => {
				const user = findUserIgnoringCase(state, COURSE_USER);
				return user && String(user.groupNames.length);
			}, `Read the Groups column in ${COURSE_USER}'s row.`),
		},
		{
			id: 'iam-admin-access-keys',
			title: `Does ${COURSE_USER} have an access key?`,
			question: { label: 'Access key', choices: ['Yes', 'No'] },
			hints: [
				'Access keys are for programs, not for people signing in to the console. Users who do not need them should not have them.',
				"The Access key ID column lists a user's keys.",
				`Read the Access key ID column in ${COURSE_USER}'s row: "-" means no key.`,
			],
			check: answerCheck((state) => {
				const user = findUserIgnoringCase(state, COURSE_USER);
				return user && yesNo(user.accessKeys.length > 0);
			}, `Read the Access key ID column in ${COURSE_USER}'s row.`),
		},
	],
	solutionSteps: [
		'Open IAM → Users.',
		'The list has 1 user: iam-admin.',
		'Its MFA column is empty ("-"): no MFA yet.',
		'Its Groups column shows 0.',
		'Its Access key ID column is empty ("-"): no access key.',
	],
};
