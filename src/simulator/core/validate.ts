import { fail } from './result.ts';
import type { SimError } from './errors.ts';

/**
 * Input readers that turn anything a learner (or a fuzzer) can send into either a typed value or
 * an AWS-style validation error, so handlers never throw on bad input.
 */
export type Read<T, C extends string = 'ValidationError'> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SimError<C> };

const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/**
 * The error code a reader reports: the one the caller names, else `ValidationError`. The type
 * parameter defaults to `ValidationError` exactly when no code is named, so the cast holds.
 */
const codeOf = <C extends string>(code: C | undefined): C => code ?? ('ValidationError' as C);

/** The input as a record, or an empty record when it is not an object. */
export function asRecord(input: unknown): Readonly<Record<string, unknown>> {
	return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
}

/** The member name in AWS validation messages: lower camel case (`UserName` → `userName`). */
export function wireName(member: string): string {
	return member.charAt(0).toLowerCase() + member.slice(1);
}

/** The longest value a validation message quotes; longer values are cut with an ellipsis. */
const PRINTABLE_LIMIT = 100;

/**
 * A value as an error message quotes it: strings, numbers and booleans as they are, anything else
 * as JSON (cut to a readable length), so a learner sees what was sent rather than `[object Object]`.
 */
export function printable(value: unknown): string {
	let text: string;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		text = String(value);
	else if (value === undefined || typeof value === 'function' || typeof value === 'symbol') text = typeof value;
	else {
		try {
			text = JSON.stringify(value);
		} catch {
			text = typeof value;
		}
	}
	return text.length > PRINTABLE_LIMIT ? `${text.slice(0, PRINTABLE_LIMIT - 1)}…` : text;
}

/**
 * AWS's standard validation message:
 * `1 validation error detected: Value '<v>' at '<member>' failed to satisfy constraint: <constraint>`.
 */
export function validationMessage(member: string, value: unknown, constraint: string): string {
	const shown = value === undefined || value === null ? 'null' : `'${printable(value)}'`;
	return `1 validation error detected: Value ${shown} at '${wireName(member)}' failed to satisfy constraint: ${constraint}`;
}

export interface StringRule<C extends string = 'ValidationError'> {
	readonly min?: number;
	readonly max?: number;
	readonly pattern?: RegExp;
	/** The pattern as AWS prints it in the message. */
	readonly patternText?: string;
	/** Hide the value in the message (passwords, codes). */
	readonly secret?: boolean;
	/** Error code for violations (default `ValidationError`). */
	readonly code?: C;
}

function checkString<C extends string>(member: string, value: string, rule: StringRule<C>): SimError<C> | undefined {
	const code = codeOf(rule.code);
	const shown = rule.secret ? '********' : value;
	if (rule.min !== undefined && value.length < rule.min) {
		return fail(code, validationMessage(member, shown, `Member must have length greater than or equal to ${rule.min}`))
			.error;
	}
	if (rule.max !== undefined && value.length > rule.max) {
		return fail(code, validationMessage(member, shown, `Member must have length less than or equal to ${rule.max}`))
			.error;
	}
	if (rule.pattern && !rule.pattern.test(value)) {
		return fail(
			code,
			validationMessage(
				member,
				shown,
				`Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern.source}`,
			),
		).error;
	}
	return undefined;
}

/** A required string member. */
export function requiredString<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	rule: StringRule<C> = {},
): Read<string, C> {
	const value = asRecord(input)[member];
	if (typeof value !== 'string') {
		return fail(
			codeOf(rule.code),
			validationMessage(member, typeof value === 'object' ? null : value, 'Member must not be null'),
		);
	}
	const error = checkString(member, value, rule);
	return error ? { ok: false, error } : ok(value);
}

/** An optional string member (absent → `undefined`; present but not a string → error). */
export function optionalString<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	rule: StringRule<C> = {},
): Read<string | undefined, C> {
	const value = asRecord(input)[member];
	if (value === undefined) return ok(undefined);
	if (typeof value !== 'string') {
		return fail(
			codeOf(rule.code),
			validationMessage(member, typeof value === 'object' ? null : value, 'Member must be a string'),
		);
	}
	const error = checkString(member, value, rule);
	return error ? { ok: false, error } : ok(value);
}

/** An optional boolean member. */
export function optionalBoolean<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	code?: C,
): Read<boolean | undefined, C> {
	const value = asRecord(input)[member];
	if (value === undefined) return ok(undefined);
	if (typeof value !== 'boolean')
		return fail(codeOf(code), validationMessage(member, value, 'Member must be a boolean'));
	return ok(value);
}

/** A required boolean member. */
export function requiredBoolean<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	code?: C,
): Read<boolean, C> {
	const value = asRecord(input)[member];
	if (typeof value !== 'boolean') {
		return fail(
			codeOf(code),
			validationMessage(member, typeof value === 'object' ? null : value, 'Member must not be null'),
		);
	}
	return ok(value);
}

/** A required finite number member. */
export function requiredNumber<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	code?: C,
): Read<number, C> {
	const value = asRecord(input)[member];
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return fail(
			codeOf(code),
			validationMessage(member, typeof value === 'object' ? null : value, 'Member must not be null'),
		);
	}
	// Adding +0 turns -0 into 0, so stored numbers survive a JSON round trip unchanged.
	return ok(value + 0);
}

/** An optional finite number member. */
export function optionalNumber<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	code?: C,
): Read<number | undefined, C> {
	const value = asRecord(input)[member];
	if (value === undefined) return ok(undefined);
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return fail(codeOf(code), validationMessage(member, value, 'Member must be a number'));
	}
	return ok(value + 0);
}

/** An optional list of strings. */
export function optionalStringList<C extends string = 'ValidationError'>(
	input: unknown,
	member: string,
	max: number,
	code?: C,
): Read<readonly string[] | undefined, C> {
	const value = asRecord(input)[member];
	if (value === undefined) return ok(undefined);
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
		return fail(codeOf(code), validationMessage(member, null, 'Member must be a list of strings'));
	}
	if (value.length > max) {
		return fail(
			codeOf(code),
			validationMessage(member, `[${value.join(', ')}]`, `Member must have length less than or equal to ${max}`),
		);
	}
	return ok(value);
}

/** IAM path rule: `/` or `/segments/`. */
export const IAM_PATH_RULE: StringRule = {
	min: 1,
	max: 512,
	pattern: /^(?:\u002F|\u002F[\u0021-\u007E]+\u002F)$/,
	patternText: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
};

/** IAM user and group names: letters, digits and `+=,.@_-`. */
export const IAM_NAME_PATTERN = /^[\w+=,.@-]+$/;
export const IAM_NAME_PATTERN_TEXT = '[\\w+=,.@-]+';
