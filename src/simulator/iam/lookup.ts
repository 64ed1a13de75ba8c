import { own } from '../core/own.ts';
import { rootArn } from '../core/arn.ts';
import type { IamGroup, IamUser, Principal, SimState } from '../state.ts';

/**
 * Finds a user by name ignoring case: IAM names are unique regardless of case, although an ARN
 * keeps the name as created.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html
 */
export function findUser(state: SimState, userName: string): IamUser | undefined {
	const exact = own(state.iam.users, userName);
	if (exact) return exact;
	const lowered = userName.toLowerCase();
	for (const user of Object.values(state.iam.users)) if (user.UserName.toLowerCase() === lowered) return user;
	return undefined;
}

/** Finds a group by name ignoring case. */
export function findGroup(state: SimState, groupName: string): IamGroup | undefined {
	const exact = own(state.iam.groups, groupName);
	if (exact) return exact;
	const lowered = groupName.toLowerCase();
	for (const group of Object.values(state.iam.groups)) if (group.GroupName.toLowerCase() === lowered) return group;
	return undefined;
}

/** Returns the state with one user replaced (the record key is the stored name). */
export function putUser(state: SimState, user: IamUser): SimState {
	return { ...state, iam: { ...state.iam, users: { ...state.iam.users, [user.UserName]: user } } };
}

export function putGroup(state: SimState, group: IamGroup): SimState {
	return { ...state, iam: { ...state.iam, groups: { ...state.iam.groups, [group.GroupName]: group } } };
}

/** The ARN of a principal. */
export function principalArn(state: SimState, principal: Principal): string {
	if (principal.type === 'Root') return rootArn(state.account.accountId);
	return (
		own(state.iam.users, principal.userName)?.Arn ??
		`arn:aws:iam::${state.account.accountId}:user/${principal.userName}`
	);
}

/** The message IAM returns for an unknown user. */
export const noSuchUser = (userName: string): string => `The user with name ${userName} cannot be found.`;
