/**
 * IAM policy documents (the JSON grammar's subset the simulator evaluates).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

export type StringOrList = string | readonly string[];

/** `{ "<operator>": { "<condition key>": value | [values] } }`. */
export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, StringOrList | boolean | number>>>>;

export interface PolicyStatement {
	readonly Sid?: string;
	readonly Effect: 'Allow' | 'Deny';
	readonly Action?: StringOrList;
	readonly NotAction?: StringOrList;
	readonly Resource?: StringOrList;
	readonly NotResource?: StringOrList;
	readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
	readonly Version?: '2012-10-17' | '2008-10-17';
	readonly Statement: PolicyStatement | readonly PolicyStatement[];
}

/** The statements of a document as a list. */
export function statementsOf(policy: PolicyDocument): readonly PolicyStatement[] {
	return isList(policy.Statement) ? policy.Statement : [policy.Statement];
}

/** A string-or-list element as a list. */
export function listOf(value: StringOrList | undefined): readonly string[] {
	if (typeof value === 'string') return [value];
	return isList(value) ? value : [];
}

/**
 * `Array.isArray` for readonly arrays: the built-in guard narrows a `readonly T[]` to `any[]`,
 * which would let anything through unchecked.
 */
function isList<T>(value: T | readonly T[] | undefined): value is readonly T[] {
	return Array.isArray(value);
}
