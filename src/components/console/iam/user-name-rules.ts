import type { SimState } from '@/simulator';

/** The console's hint under the User name field, and its message for a name that breaks it. */
export const USER_NAME_HINT =
	'The user name can have up to 64 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)';

/**
 * Checks a new user name as the create-user page does before it calls CreateUser: required,
 * 1–64 characters from `[\w+=,.@-]`, and unique in the account ignoring case (AWS does not
 * allow both "TESTUSER" and "testuser"). Returns the message to show under the field, or null.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html
 */
// SIMPLIFIED: the console's exact inline texts are not documented. An empty or malformed name gets
// the field's own rule text; a duplicate gets the API's EntityAlreadyExists message.
export function userNameProblem(state: SimState, userName: string): string | null {
	if (userName.length === 0) return 'Enter a user name.';
	if (userName.length > 64 || !/^[\w+=,.@-]+$/.test(userName)) return USER_NAME_HINT;
	const taken = Object.keys(state.iam.users).some((name) => name.toLowerCase() === userName.toLowerCase());
	if (taken) return `User with name ${userName} already exists.`;
	return null;
}
