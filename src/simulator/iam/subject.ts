import type { HandlerEnv } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { optionalString, type Read } from '../core/validate.ts';
import type { IamUser, SimState } from '../state.ts';
import { findUser, noSuchUser } from './lookup.ts';
import { USER_NAME_RULE } from './users.ts';

/** The identity a credentials call is about: the root user, or an IAM user. */
export type Subject = { readonly kind: 'root' } | { readonly kind: 'user'; readonly user: IamUser };

/**
 * Reads the optional `UserName` of an access-key or MFA call. Without it, AWS acts on the caller's
 * own credentials: the root user's when signed in as root.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADevices.html
 */
export function readSubject(
	state: SimState,
	input: unknown,
	env: HandlerEnv,
): Read<Subject, 'ValidationError' | 'NoSuchEntity'> {
	const name = optionalString(input, 'UserName', USER_NAME_RULE);
	if (!name.ok) return name;
	const userName = name.value ?? (env.principal?.type === 'IAMUser' ? env.principal.userName : undefined);
	if (userName === undefined) return { ok: true, value: { kind: 'root' } };
	const user = findUser(state, userName);
	if (!user) return fail('NoSuchEntity', noSuchUser(userName));
	return { ok: true, value: { kind: 'user', user } };
}
