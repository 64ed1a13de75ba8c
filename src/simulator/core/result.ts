import { simError, type SimError } from './errors.ts';

/** A handler's outcome: a value, or an AWS error. */
export type Result<T, E = SimError> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A failed result with an AWS code and message. */
export function fail(code: string, message: string): { readonly ok: false; readonly error: SimError } {
	return { ok: false, error: simError(code, message) };
}
