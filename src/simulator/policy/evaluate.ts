import { own } from '../core/own.ts';
import { listOf, statementsOf, type PolicyDocument, type PolicyStatement } from './grammar.ts';
import { ipInBlock } from './ip-address.ts';
import { actionMatchesLowered, substituteVariables, wildcardMatch } from './match.ts';

/** A policy that applies to the request, and its JSON (the policy grammar). */
export interface PolicySource {
	readonly policyArn: string;
	readonly policyName: string;
	readonly document: PolicyDocument;
}

/** Request context values, keyed by condition key (matched ignoring case). */
export type RequestContext = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** One request to evaluate. */
export interface EvaluationRequest {
	readonly action: string;
	readonly resource: string;
	/** Condition keys such as `aws:username` and `aws:MultiFactorAuthPresent`. */
	readonly context: RequestContext;
}

export type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface MatchedStatement {
	readonly policyArn: string;
	readonly sid?: string;
	readonly effect: 'Allow' | 'Deny';
	/** The statement's position in its policy, from 0. */
	readonly index: number;
}

export interface EvaluationResult {
	readonly decision: EvalDecision;
	/** The statements behind the decision: the denies for `explicitDeny`, the allows for `allowed`. */
	readonly matchedStatements: readonly MatchedStatement[];
}

/**
 * Evaluates identity-based policies the way IAM does for a single account: a matching `Deny`
 * wins; otherwise a matching `Allow` allows; otherwise the request is implicitly denied.
 * Conditions support `Bool`, `String*`, `Arn*`, `Numeric*`, `Date*`, `IpAddress`, `Null`, the
 * `…IfExists` forms and the `ForAllValues:`/`ForAnyValue:` set operators; an operator the simulator
 * does not know makes its statement not match.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function evaluatePolicies(request: EvaluationRequest, policies: readonly PolicySource[]): EvaluationResult {
	const lookup = contextLookup(request.context);
	const loweredAction = request.action.toLowerCase();
	const denies: MatchedStatement[] = [];
	const allows: MatchedStatement[] = [];
	for (const policy of policies) {
		const statements = statementsOf(policy.document);
		for (let index = 0; index < statements.length; index++) {
			const statement = statements[index];
			if (!statement || !statementMatches(statement, request, loweredAction, lookup)) continue;
			const matched: MatchedStatement =
				statement.Sid === undefined
					? { policyArn: policy.policyArn, effect: statement.Effect, index }
					: { policyArn: policy.policyArn, sid: statement.Sid, effect: statement.Effect, index };
			(statement.Effect === 'Deny' ? denies : allows).push(matched);
		}
	}
	if (denies.length > 0) return { decision: 'explicitDeny', matchedStatements: denies };
	if (allows.length > 0) return { decision: 'allowed', matchedStatements: allows };
	return { decision: 'implicitDeny', matchedStatements: [] };
}

type Lookup = (key: string) => string | boolean | readonly string[] | undefined;

/** Condition keys are case-insensitive: try the exact key first, then compare ignoring case. */
function contextLookup(context: RequestContext): Lookup {
	return (key) => {
		if (Object.prototype.hasOwnProperty.call(context, key)) return context[key];
		const lowered = key.toLowerCase();
		for (const candidate in context) {
			if (candidate.toLowerCase() === lowered) return context[candidate];
		}
		return undefined;
	};
}

function stringLookup(lookup: Lookup): (key: string) => string | undefined {
	return (key) => {
		const value = lookup(key);
		if (value === undefined || Array.isArray(value)) return undefined;
		return String(value);
	};
}

function statementMatches(
	statement: PolicyStatement,
	request: EvaluationRequest,
	loweredAction: string,
	lookup: Lookup,
): boolean {
	if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') return false;
	if (statement.Action !== undefined) {
		if (!listOf(statement.Action).some((p) => typeof p === 'string' && actionMatchesLowered(p, loweredAction)))
			return false;
	} else if (statement.NotAction !== undefined) {
		if (listOf(statement.NotAction).some((p) => typeof p === 'string' && actionMatchesLowered(p, loweredAction)))
			return false;
	} else {
		return false;
	}
	const asString = stringLookup(lookup);
	// Each pattern with its policy variables filled in; `undefined` where a variable has no value.
	const resolve = (patterns: readonly string[]): (string | undefined)[] =>
		patterns.map((pattern) => (typeof pattern === 'string' ? substituteVariables(pattern, asString) : undefined));
	const matchesResource = (pattern: string | undefined): boolean =>
		pattern !== undefined && (pattern === '*' || wildcardMatch(pattern, request.resource));
	if (statement.Resource !== undefined) {
		if (!resolve(listOf(statement.Resource)).some(matchesResource)) return false;
	} else if (statement.NotResource !== undefined) {
		const excluded = resolve(listOf(statement.NotResource));
		// AWS: a policy variable that cannot be resolved makes its element fail to match, so a
		// NotResource statement with one does not apply at all (rather than applying to every resource).
		if (excluded.includes(undefined) || excluded.some(matchesResource)) return false;
	} else {
		return false;
	}
	return statement.Condition === undefined || conditionsMatch(statement.Condition, lookup);
}

type Comparator = (contextValue: string, policyValue: string) => boolean;

const ci = (s: string): string => s.toLowerCase();

const STRING_COMPARATORS: Readonly<Record<string, { compare: Comparator; negated: boolean }>> = {
	stringequals: { compare: (a, b) => a === b, negated: false },
	stringnotequals: { compare: (a, b) => a === b, negated: true },
	stringequalsignorecase: { compare: (a, b) => ci(a) === ci(b), negated: false },
	stringnotequalsignorecase: { compare: (a, b) => ci(a) === ci(b), negated: true },
	stringlike: { compare: (a, b) => wildcardMatch(b, a), negated: false },
	stringnotlike: { compare: (a, b) => wildcardMatch(b, a), negated: true },
	arnequals: { compare: (a, b) => wildcardMatch(b, a), negated: false },
	arnlike: { compare: (a, b) => wildcardMatch(b, a), negated: false },
	arnnotequals: { compare: (a, b) => wildcardMatch(b, a), negated: true },
	arnnotlike: { compare: (a, b) => wildcardMatch(b, a), negated: true },
	bool: { compare: (a, b) => ci(a) === ci(b), negated: false },
	numericequals: { compare: (a, b) => numeric(a, b, (x, y) => x === y), negated: false },
	numericnotequals: { compare: (a, b) => numeric(a, b, (x, y) => x === y), negated: true },
	numericlessthan: { compare: (a, b) => numeric(a, b, (x, y) => x < y), negated: false },
	numericlessthanequals: { compare: (a, b) => numeric(a, b, (x, y) => x <= y), negated: false },
	numericgreaterthan: { compare: (a, b) => numeric(a, b, (x, y) => x > y), negated: false },
	numericgreaterthanequals: { compare: (a, b) => numeric(a, b, (x, y) => x >= y), negated: false },
	dateequals: { compare: (a, b) => dates(a, b, (x, y) => x === y), negated: false },
	datenotequals: { compare: (a, b) => dates(a, b, (x, y) => x === y), negated: true },
	datelessthan: { compare: (a, b) => dates(a, b, (x, y) => x < y), negated: false },
	datelessthanequals: { compare: (a, b) => dates(a, b, (x, y) => x <= y), negated: false },
	dategreaterthan: { compare: (a, b) => dates(a, b, (x, y) => x > y), negated: false },
	dategreaterthanequals: { compare: (a, b) => dates(a, b, (x, y) => x >= y), negated: false },
	ipaddress: { compare: (a, b) => ipInBlock(a, b), negated: false },
	notipaddress: { compare: (a, b) => ipInBlock(a, b), negated: true },
};

function numeric(a: string, b: string, op: (x: number, y: number) => boolean): boolean {
	if (a.trim() === '' || b.trim() === '') return false;
	const x = Number(a);
	const y = Number(b);
	return Number.isFinite(x) && Number.isFinite(y) && op(x, y);
}

/** A date as condition operators read it: ISO 8601 text, or epoch seconds. */
function dateValue(text: string): number | undefined {
	const trimmed = text.trim();
	if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
	if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return undefined;
	const time = Date.parse(trimmed);
	return Number.isFinite(time) ? time : undefined;
}

function dates(a: string, b: string, op: (x: number, y: number) => boolean): boolean {
	const x = dateValue(a);
	const y = dateValue(b);
	return x !== undefined && y !== undefined && op(x, y);
}

function policyValues(raw: unknown): string[] | undefined {
	if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return [String(raw)];
	if (Array.isArray(raw) && raw.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
		return raw.map((v) => String(v));
	}
	return undefined;
}

function contextValues(value: string | boolean | readonly string[] | undefined): string[] | undefined {
	if (value === undefined) return undefined;
	return typeof value === 'string' || typeof value === 'boolean' ? [String(value)] : [...value];
}

/** The set operator qualifying a condition operator, if any. */
type SetQualifier = 'forallvalues' | 'foranyvalue' | undefined;

/**
 * All operators in a Condition block must match (AND); within an operator every key must match.
 * Without a set qualifier, a key matches when any request value matches any policy value (OR), or,
 * for negated operators, when none does. `ForAllValues:` needs every request value to match (and
 * holds when the key is missing or empty); `ForAnyValue:` needs at least one (and fails when the
 * key is missing). A missing key fails positive operators, passes negated ones, and passes any
 * `…IfExists` form.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
function conditionsMatch(condition: Readonly<Record<string, unknown>>, lookup: Lookup): boolean {
	if (typeof condition !== 'object' || condition === null) return false;
	const asString = stringLookup(lookup);
	for (const [rawOperator, block] of Object.entries(condition)) {
		if (typeof block !== 'object' || block === null) return false;
		let operator = rawOperator.toLowerCase();
		let qualifier: SetQualifier;
		for (const prefix of ['forallvalues:', 'foranyvalue:'] as const) {
			if (operator.startsWith(prefix)) {
				qualifier = prefix === 'forallvalues:' ? 'forallvalues' : 'foranyvalue';
				operator = operator.slice(prefix.length);
			}
		}
		const ifExists = operator.endsWith('ifexists');
		if (ifExists) operator = operator.slice(0, -'ifexists'.length);
		for (const [key, rawValue] of Object.entries(block as Record<string, unknown>)) {
			const values = policyValues(rawValue);
			if (!values) return false;
			const present = contextValues(lookup(key));
			if (operator === 'null') {
				if (ifExists || qualifier) return false;
				const wantsAbsent = values.some((v) => ci(v) === 'true');
				const wantsPresent = values.some((v) => ci(v) === 'false');
				if (!((wantsAbsent && present === undefined) || (wantsPresent && present !== undefined))) return false;
				continue;
			}
			// Only the table's own entries: an operator named "constructor" or "__proto__" is unknown, not Object's.
			const comparator = own(STRING_COMPARATORS, operator);
			// Operators the simulator does not know (Binary…) never match.
			if (!comparator) return false;
			const substituted = values.map((v) => substituteVariables(v, asString));
			const matchesOne = (c: string): boolean => substituted.some((p) => p !== undefined && comparator.compare(c, p));
			if (!keyMatches(present, matchesOne, comparator.negated, qualifier, ifExists)) return false;
		}
	}
	return true;
}

function keyMatches(
	present: string[] | undefined,
	matchesOne: (contextValue: string) => boolean,
	negated: boolean,
	qualifier: SetQualifier,
	ifExists: boolean,
): boolean {
	const missing = present === undefined || present.length === 0 || (present.length === 1 && present[0] === '');
	if (qualifier === 'forallvalues') return missing || present.every((c) => (negated ? !matchesOne(c) : matchesOne(c)));
	if (qualifier === 'foranyvalue') {
		if (missing) return ifExists;
		return present.some((c) => (negated ? !matchesOne(c) : matchesOne(c)));
	}
	if (present === undefined) return ifExists || negated;
	const anyMatch = present.some(matchesOne);
	return negated ? !anyMatch : anyMatch;
}
