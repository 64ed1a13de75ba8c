import { simError, type SimError } from './errors.ts';

/** A handler's outcome: a value, or an AWS error. */
export type Result<T, E = SimError> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A failed result with an AWS code and message; the code's type is kept, so handlers are checked against their operation's errors. */
export function fail<C extends string>(code: C, message: string): { readonly ok: false; readonly error: SimError<C> } {
	return { ok: false, error: simError(code, message) };
}
