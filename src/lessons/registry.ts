import type { Lab } from './lab';
import { rootSignInLab } from './labs/root-sign-in';
import { rootMfaLab } from './labs/root-mfa';
import { billingAlarmLab } from './labs/billing-alarm';
import { createIamUserLab } from './labs/create-iam-user';
import { usersListLab } from './labs/users-list';
import { iamUserSignInLab } from './labs/iam-user-sign-in';
import { iamUserMfaLab } from './labs/iam-user-mfa';
import { cleanUpBreakInLab } from './labs/clean-up-break-in';

/** Every lab, by the id a lesson names in its frontmatter (`lab:`). */
export const LABS: Readonly<Record<string, Lab>> = Object.fromEntries(
	[
		rootSignInLab,
		rootMfaLab,
		billingAlarmLab,
		createIamUserLab,
		usersListLab,
		iamUserSignInLab,
		iamUserMfaLab,
		cleanUpBreakInLab,
	].map((lab) => [lab.id, lab]),
);

/** The lab with this id, or undefined. */
export function findLab(id: string): Lab | undefined {
	return Object.prototype.hasOwnProperty.call(LABS, id) ? LABS[id] : undefined;
}

/** The task ids of a lab, for progress and lesson completion; undefined for an unknown lab. */
export function labTaskIds(labId: string): readonly string[] | undefined {
	return findLab(labId)?.tasks.map((task) => task.id);
}
