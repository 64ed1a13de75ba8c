import type { LabSetup } from '../lab';
import { rootWithMfa, withBillingAlarms, withIamAdmin } from '../scenarios';

/** Lesson 4 starts with root MFA and two billing alarms with a confirmed email subscription. */
export const createIamUserSetup: LabSetup = {
	labId: 'create-iam-user',
	scenario: (ctx) => withBillingAlarms(rootWithMfa(ctx).state, ctx),
	solve(state, ctx) {
		return { state: withIamAdmin(state, ctx, 'Practice-Generated-Password-1!', true), answers: {} };
	},
};
