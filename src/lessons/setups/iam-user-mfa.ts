import { ADMINISTRATOR_ACCESS, deleteUserAsConsoleDoes, totpCode } from '@/simulator';
import type { LabSetup } from '../lab';
import { PROOF_USER } from '../labs/iam-user-mfa';
import {
	accountWithIamAdmin,
	assignVirtualMfa,
	iamAdminLogin,
	IAM_ADMIN_FIRST_PASSWORD,
	IAM_ADMIN_PASSWORD,
	laterBy,
	signInWithMfa,
	signOut,
} from '../scenarios';
import { must, mustAll } from '../run';

/** Lesson 7 starts with iam-admin signed in, its temporary password already changed. */
export const iamUserMfaSetup: LabSetup = {
	labId: 'iam-user-mfa',
	scenario(ctx) {
		let state = accountWithIamAdmin(ctx).state;
		state = signOut(state, ctx);
		state = must(state, iamAdminLogin(IAM_ADMIN_FIRST_PASSWORD), ctx);
		return must(
			state,
			{
				op: 'ChangeExpiredPassword',
				input: { OldPassword: IAM_ADMIN_FIRST_PASSWORD, NewPassword: IAM_ADMIN_PASSWORD },
			},
			ctx,
		);
	},
	solve(state, ctx) {
		let next = mustAll(
			state,
			[
				{ op: 'CreateUser', input: { UserName: PROOF_USER } },
				{ op: 'AttachUserPolicy', input: { UserName: PROOF_USER, PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
			],
			ctx,
		);
		const deleted = deleteUserAsConsoleDoes(next, { UserName: PROOF_USER }, ctx);
		if (!deleted.ok) throw new Error(`Lab setup failed: could not delete ${PROOF_USER}.`);
		const { state: withDevice, secret } = assignVirtualMfa(deleted.state, ctx, 'iam-admin-phone');
		const later = laterBy(ctx, 1);
		next = signInWithMfa(signOut(withDevice, later), later, iamAdminLogin(IAM_ADMIN_PASSWORD), (c) =>
			totpCode(secret, c.now),
		);
		return { state: next, answers: {} };
	},
};
