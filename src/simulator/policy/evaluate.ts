import { listOf, statementsOf, type PolicyDocument, type PolicyStatement } from './grammar.ts';
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
 * Conditions support `Bool`, `String*`, `Arn*`, `Numeric*`, `Null` and the `…IfExists` forms;
 * an operator the simulator does not know makes its statement not match.
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
	const resourceMatches = (pattern: string): boolean => {
		if (typeof pattern !== 'string') return false;
		if (pattern === '*') return true;
		const substituted = substituteVariables(pattern, asString);
		return substituted !== undefined && wildcardMatch(substituted, request.resource);
	};
	if (statement.Resource !== undefined) {
		if (!listOf(statement.Resource).some(resourceMatches)) return false;
	} else if (statement.NotResource !== undefined) {
		if (listOf(statement.NotResource).some(resourceMatches)) return false;
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
};

function numeric(a: string, b: string, op: (x: number, y: number) => boolean): boolean {
	const x = Number(a);
	const y = Number(b);
	return Number.isFinite(x) && Number.isFinite(y) && op(x, y);
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

/**
 * All operators in a Condition block must match (AND); within an operator every key must match;
 * a key matches when any of its policy values matches (OR), or, for negated operators, when none does.
 * A missing key fails positive operators, passes negated ones, and passes any `…IfExists` form.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
function conditionsMatch(condition: Readonly<Record<string, unknown>>, lookup: Lookup): boolean {
	if (typeof condition !== 'object' || condition === null) return false;
	const asString = stringLookup(lookup);
	for (const [rawOperator, block] of Object.entries(condition)) {
		if (typeof block !== 'object' || block === null) return false;
		let operator = rawOperator.toLowerCase();
		const ifExists = operator.endsWith('ifexists');
		if (ifExists) operator = operator.slice(0, -'ifexists'.length);
		for (const [key, rawValue] of Object.entries(block as Record<string, unknown>)) {
			const values = policyValues(rawValue);
			if (!values) return false;
			const present = contextValues(lookup(key));
			if (operator === 'null') {
				if (ifExists) return false;
				const wantsAbsent = values.some((v) => ci(v) === 'true');
				const wantsPresent = values.some((v) => ci(v) === 'false');
				if (!((wantsAbsent && present === undefined) || (wantsPresent && present !== undefined))) return false;
				continue;
			}
			const comparator = STRING_COMPARATORS[operator];
			// Unknown operators (including ForAnyValue:/ForAllValues: set operators) never match.
			if (!comparator) return false;
			if (present === undefined) {
				if (ifExists || comparator.negated) continue;
				return false;
			}
			const substituted = values.map((v) => substituteVariables(v, asString));
			const anyMatch = present.some((c) => substituted.some((p) => p !== undefined && comparator.compare(c, p)));
			if (comparator.negated ? anyMatch : !anyMatch) return false;
		}
	}
	return true;
}
