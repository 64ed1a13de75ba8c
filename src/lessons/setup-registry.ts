import type { LabSetup } from './lab';
import { rootSignInSetup } from './setups/root-sign-in';
import { rootMfaSetup } from './setups/root-mfa';
import { billingAlarmSetup } from './setups/billing-alarm';
import { createIamUserSetup } from './setups/create-iam-user';
import { usersListSetup } from './setups/users-list';
import { iamUserSignInSetup } from './setups/iam-user-sign-in';
import { iamUserMfaSetup } from './setups/iam-user-mfa';
import { cleanUpBreakInSetup } from './setups/clean-up-break-in';
import { fixBrokenAccountSetup } from './setups/fix-broken-account';

/**
 * How every practice account that starts from a scenario is made, by lab id: the lessons' labs and
 * the challenge. The site builds each starting account from here (see `starting-accounts.ts`).
 */
export const LAB_SETUPS: Readonly<Record<string, LabSetup>> = Object.fromEntries(
	[
		rootSignInSetup,
		rootMfaSetup,
		billingAlarmSetup,
		createIamUserSetup,
		usersListSetup,
		iamUserSignInSetup,
		iamUserMfaSetup,
		cleanUpBreakInSetup,
		fixBrokenAccountSetup,
	].map((setup) => [setup.labId, setup]),
);

/** The setup of the lab (or challenge) with this id, or undefined. */
export function findLabSetup(labId: string): LabSetup | undefined {
	return Object.prototype.hasOwnProperty.call(LAB_SETUPS, labId) ? LAB_SETUPS[labId] : undefined;
}
