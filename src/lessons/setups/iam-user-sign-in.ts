import type { LabSetup } from '../lab';
import {
	accountWithIamAdmin,
	iamAdminLogin,
	IAM_ADMIN_FIRST_PASSWORD,
	IAM_ADMIN_PASSWORD,
	signOut,
} from '../scenarios';
import { must, mustBeDenied } from '../run';

/** Lesson 6 starts with iam-admin created with a temporary password, the root user signed in. */
export const iamUserSignInSetup: LabSetup = {
	labId: 'iam-user-sign-in',
	scenario: (ctx) => accountWithIamAdmin(ctx).state,
	solve(state, ctx) {
		let next = signOut(state, ctx);
		next = must(next, iamAdminLogin(IAM_ADMIN_FIRST_PASSWORD), ctx);
		next = must(
			next,
			{
				op: 'ChangeExpiredPassword',
				input: { OldPassword: IAM_ADMIN_FIRST_PASSWORD, NewPassword: IAM_ADMIN_PASSWORD },
			},
			ctx,
		);
		// Denials are the point here: record them without treating them as a broken lab.
		for (const op of ['DescribeInstances', 'GetCostSummary'] as const) {
			next = mustBeDenied(next, { op, input: {} }, ctx);
		}
		return { state: next, answers: {} };
	},
};
