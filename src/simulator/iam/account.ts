import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { requiredString } from '../core/validate.ts';

const ALIAS_RULE = {
	min: 3,
	max: 63,
	pattern: /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/,
	patternText: '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$',
};

/**
 * Aliases taken by other (simulated) AWS accounts. Aliases are unique across AWS, so a learner
 * can meet `EntityAlreadyExists` when choosing a common word.
 */
export const ALIASES_TAKEN_ELSEWHERE: readonly string[] = ['example', 'test', 'demo', 'aws', 'amazon', 'my-company'];

/**
 * CreateAccountAlias: a friendly name for the sign-in URL. Lowercase letters, digits and single
 * hyphens, not a 12-digit number, unique across AWS. An account has one alias; a new one replaces it.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html
 */
export const createAccountAlias: Handler<'CreateAccountAlias'> = (state, input) => {
	const alias = requiredString(input, 'AccountAlias', ALIAS_RULE);
	if (!alias.ok) return alias;
	if (/^\d{12}$/.test(alias.value)) return fail('ValidationError', 'The account alias cannot be a 12-digit number.');
	// SIMPLIFIED: a fixed list stands in for aliases other AWS accounts already use.
	if (ALIASES_TAKEN_ELSEWHERE.includes(alias.value))
		return fail('EntityAlreadyExists', `The account alias ${alias.value} already exists.`);
	return done({ ...state, account: { ...state.account, alias: alias.value } }, {});
};

/**
 * DeleteAccountAlias: afterwards only the account-ID sign-in URL works.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccountAlias.html
 */
export const deleteAccountAlias: Handler<'DeleteAccountAlias'> = (state, input) => {
	const alias = requiredString(input, 'AccountAlias', ALIAS_RULE);
	if (!alias.ok) return alias;
	if (state.account.alias !== alias.value)
		return fail('NoSuchEntity', `The account alias ${alias.value} cannot be found.`);
	return done({ ...state, account: { accountId: state.account.accountId } }, {});
};

/**
 * ListAccountAliases: zero or one alias.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html
 */
export const listAccountAliases: Handler<'ListAccountAliases'> = (state) =>
	done(state, { AccountAliases: state.account.alias === undefined ? [] : [state.account.alias], IsTruncated: false });

/**
 * GetAccountSummary: counts and quotas of IAM entities, including `AccountMFAEnabled` (root MFA).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
 */
export const getAccountSummary: Handler<'GetAccountSummary'> = (state) => {
	const users = Object.values(state.iam.users);
	const devices = Object.values(state.iam.mfaDevices);
	return done(state, {
		SummaryMap: {
			Users: users.length,
			UsersQuota: 5000,
			Groups: Object.keys(state.iam.groups).length,
			GroupsQuota: 300,
			GroupsPerUserQuota: 10,
			AttachedPoliciesPerUserQuota: 10,
			AttachedPoliciesPerGroupQuota: 10,
			Policies: 0,
			PoliciesQuota: 1500,
			MFADevices: devices.length,
			MFADevicesInUse: devices.filter((d) => d.enabledFor !== undefined).length,
			AccountMFAEnabled: state.root.mfaSerials.length > 0 ? 1 : 0,
			AccountAccessKeysPresent: state.root.accessKeys.length > 0 ? 1 : 0,
			AccessKeysPerUserQuota: 2,
			AccountSigningCertificatesPresent: 0,
		},
	});
};

/**
 * GetAccountPasswordPolicy: a new account has no custom password policy (the default applies),
 * so IAM answers `NoSuchEntity`.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html
 */
export const getAccountPasswordPolicy: Handler<'GetAccountPasswordPolicy'> = (state) =>
	fail('NoSuchEntity', `The Password Policy with domain name ${state.account.accountId} cannot be found.`);
