import { rootArn } from '../core/arn.ts';
import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { findUser } from '../iam/lookup.ts';

/**
 * GetCallerIdentity: who is calling (user id, account, ARN). It needs no permission: an explicit
 * deny of `sts:GetCallerIdentity` cannot block it, so it is authorized by the session alone.
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
export const getCallerIdentity: Handler<'GetCallerIdentity'> = (state, _input, env) => {
	const principal = env.principal;
	const Account = state.account.accountId;
	if (!principal || principal.type === 'Root') return done(state, { UserId: Account, Account, Arn: rootArn(Account) });
	const user = findUser(state, principal.userName);
	// The session outlived its user (deleted by someone else): AWS no longer recognises the credentials.
	if (!user) return fail('InvalidClientTokenId', 'The security token included in the request is invalid.');
	return done(state, { UserId: user.UserId, Account, Arn: user.Arn });
};
