import type { LabSetup } from '../lab';
import { COURSE_USER, findUserIgnoringCase } from '../checks';
import { accountWithIamAdmin } from '../scenarios';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Lesson 5 starts where lesson 4 ended: iam-admin has just been created. Its solution only reads. */
export const usersListSetup: LabSetup = {
	labId: 'users-list',
	scenario: (ctx) => accountWithIamAdmin(ctx).state,
	solve(state) {
		const user = findUserIgnoringCase(state, COURSE_USER);
		return {
			state,
			answers: {
				'user-count': String(Object.keys(state.iam.users).length),
				'iam-admin-mfa': yesNo((user?.mfaSerials.length ?? 0) > 0),
				'iam-admin-groups': String(user?.groupNames.length ?? 0),
				'iam-admin-access-keys': yesNo((user?.accessKeys.length ?? 0) > 0),
			},
		};
	},
};
