import { putOwn } from '../core/own.ts';
import type { ConditionBlock, PolicyDocument, PolicyStatement, StringOrList } from './grammar.ts';

/**
 * Reading a policy document that a learner wrote (an inline policy's `PolicyDocument`, JSON text)
 * into the grammar the evaluator uses. IAM refuses a document it cannot read with
 * `MalformedPolicyDocument`; the messages below are the ones IAM is known to give.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

/** A document read, or IAM's reason for refusing it. */
export type DocumentRead =
	{ readonly ok: true; readonly document: PolicyDocument } | { readonly ok: false; readonly message: string };

// SIMPLIFIED: IAM's exact MalformedPolicyDocument messages are UNCONFIRMED; every structural fault
// gets the generic one, and the three IAM is best known for get their own.
const SYNTAX_ERROR = 'Syntax errors in policy.';
const NO_ACTIONS = 'Policy statement must contain actions.';
const NO_RESOURCES = 'Policy statement must contain resources.';
const NO_PRINCIPAL = 'Policy document should not specify a principal.';

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const refuse = (message: string): { readonly ok: false; readonly message: string } => ({ ok: false, message });

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, or a non-empty list of strings. */
function readStringOrList(value: unknown): StringOrList | undefined {
	if (typeof value === 'string') return value;
	if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return [...value];
	return undefined;
}

/** Exactly one of a positive and a negative element (`Action`/`NotAction`), or why not. */
function readPair(
	statement: Readonly<Record<string, unknown>>,
	positive: 'Action' | 'Resource',
	negative: 'NotAction' | 'NotResource',
	missing: string,
): Read<Partial<Record<string, StringOrList>>> {
	const has = (key: string) => statement[key] !== undefined;
	if (has(positive) && has(negative)) return refuse(SYNTAX_ERROR);
	const key = has(positive) ? positive : has(negative) ? negative : undefined;
	if (key === undefined) return refuse(missing);
	const value = readStringOrList(statement[key]);
	return value === undefined ? refuse(SYNTAX_ERROR) : { ok: true, value: { [key]: value } };
}

function readCondition(value: unknown): ConditionBlock | undefined {
	if (!isObject(value)) return undefined;
	const block: Record<string, Record<string, StringOrList | boolean | number>> = {};
	for (const [operator, entries] of Object.entries(value)) {
		if (!isObject(entries)) return undefined;
		const keys: Record<string, StringOrList | boolean | number> = {};
		for (const [key, expected] of Object.entries(entries)) {
			const read =
				typeof expected === 'boolean' || (typeof expected === 'number' && Number.isFinite(expected))
					? expected
					: readStringOrList(expected);
			if (read === undefined) return undefined;
			putOwn(keys, key, read);
		}
		putOwn(block, operator, keys);
	}
	return block;
}

function readStatement(raw: unknown): Read<PolicyStatement> {
	if (!isObject(raw)) return refuse(SYNTAX_ERROR);
	if (raw['Principal'] !== undefined || raw['NotPrincipal'] !== undefined) return refuse(NO_PRINCIPAL);
	const effect = raw['Effect'];
	if (effect !== 'Allow' && effect !== 'Deny') return refuse(SYNTAX_ERROR);
	const sid = raw['Sid'];
	if (sid !== undefined && typeof sid !== 'string') return refuse(SYNTAX_ERROR);
	const actions = readPair(raw, 'Action', 'NotAction', NO_ACTIONS);
	if (!actions.ok) return actions;
	const resources = readPair(raw, 'Resource', 'NotResource', NO_RESOURCES);
	if (!resources.ok) return resources;
	const condition = raw['Condition'] === undefined ? undefined : readCondition(raw['Condition']);
	if (raw['Condition'] !== undefined && condition === undefined) return refuse(SYNTAX_ERROR);
	return {
		ok: true,
		value: {
			...(sid === undefined ? {} : { Sid: sid }),
			Effect: effect,
			...actions.value,
			...resources.value,
			...(condition === undefined ? {} : { Condition: condition }),
		},
	};
}

/**
 * Reads a policy document from its JSON text: a `Version` of `2012-10-17` or `2008-10-17` (or
 * none), and one statement or a list of them, each with an `Effect`, actions and resources, and no
 * principal (an identity-based policy applies to whoever holds it). Never throws.
 */
export function readPolicyDocument(text: string): DocumentRead {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return refuse(SYNTAX_ERROR);
	}
	if (!isObject(parsed)) return refuse(SYNTAX_ERROR);
	const version = parsed['Version'];
	if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') return refuse(SYNTAX_ERROR);
	const raw = parsed['Statement'];
	const list: readonly unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
	if (list.length === 0) return refuse(SYNTAX_ERROR);
	const statements: PolicyStatement[] = [];
	for (const item of list) {
		const statement = readStatement(item);
		if (!statement.ok) return statement;
		statements.push(statement.value);
	}
	return { ok: true, document: { ...(version === undefined ? {} : { Version: version }), Statement: statements } };
}

/** How IAM measures a policy against its size quotas: every character except white space. */
export function policySize(text: string): number {
	return text.replace(/\s/g, '').length;
}
