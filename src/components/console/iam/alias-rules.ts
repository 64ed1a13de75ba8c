/**
 * The account alias rules the console checks before calling CreateAccountAlias: 3–63 lowercase
 * letters, digits and hyphens, not starting or ending with a hyphen, no two hyphens in a row, and
 * not a 12-digit number. Returns the first problem, or null.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html
 */
export function aliasProblem(alias: string): string | null {
	if (alias.length < 3 || alias.length > 63) return 'The alias must be 3 to 63 characters long.';
	if (!/^[a-z0-9-]+$/.test(alias)) return 'The alias can contain only lowercase letters, digits and hyphens (-).';
	if (alias.startsWith('-') || alias.endsWith('-')) return 'The alias cannot start or end with a hyphen.';
	if (alias.includes('--')) return 'The alias cannot contain two hyphens in a row.';
	if (/^\d{12}$/.test(alias)) return 'The alias cannot be a 12-digit number.';
	return null;
}
