/**
 * Shapes: small, dependency-free checkers for data read back from JSON (saved accounts, saved
 * progress). A shape checks a value and returns a clean copy that holds only the fields it
 * declares, or says what is wrong and where ("iam.users.alice.Path: Expected string, received
 * number").
 *
 * Why not a general validation library: the saves only ever hold JSON (strings, numbers,
 * booleans, null, arrays, plain objects), and every page with the practice console or a quiz
 * loads this code first. A general library costs several times the bytes and builds its schemas
 * at start-up; these checkers are plain functions. The API borrows zod's names (`object`,
 * `optional`, `safeParse`, `Infer`) so the schemas read the same.
 *
 * Records keep every key as data: "constructor", "__proto__" and "toString" are valid IAM names,
 * so a record never consults the prototype and defines each entry as an own property.
 */

/** One thing wrong with the input: where (keys and indexes from the top) and what. */
export interface Issue {
	readonly path: ReadonlyArray<string | number>;
	readonly message: string;
}

/** The result of {@link Shape.safeParse}; never throws. */
export type ParseResult<T> =
	| { readonly success: true; readonly data: T }
	| { readonly success: false; readonly error: { readonly issues: readonly Issue[] } };

/** Checks `input` at `path`, records issues, and returns the clean copy (meaningless once an issue is recorded). */
type Check<T> = (input: unknown, path: Array<string | number>, issues: Issue[]) => T;

/** A description of JSON data that checks it and returns a clean copy. */
export interface Shape<T> {
	/** Checks `input`; on success `data` is a copy holding only the declared fields. */
	safeParse(input: unknown): ParseResult<T>;
	/** @internal Used by enclosing shapes. */
	readonly check: Check<T>;
	/** @internal Set by {@link optional}: the field may be missing. */
	readonly isOptional?: true;
}

/** A shape whose field may be missing from an object; see {@link optional}. */
export type OptionalShape<T> = Shape<T | undefined> & { readonly isOptional: true };

/** The type of the data a shape accepts. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

function shapeOf<T>(check: Check<T>, isOptional?: true): Shape<T> {
	return {
		check,
		...(isOptional ? { isOptional } : {}),
		safeParse(input) {
			const issues: Issue[] = [];
			const data = check(input, [], issues);
			return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
		},
	};
}

/** "string", "number", "array", "null"… as a learner would read it in a message. */
function kindOf(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'array';
	if (typeof input === 'number' && !Number.isFinite(input)) return Number.isNaN(input) ? 'NaN' : 'Infinity';
	return typeof input;
}

function fail<T>(issues: Issue[], path: ReadonlyArray<string | number>, message: string, placeholder: T): T {
	issues.push({ path: [...path], message });
	return placeholder;
}

function expected(what: string, input: unknown): string {
	return `Expected ${what}, received ${kindOf(input)}`;
}

/** Options shared by {@link string}. */
export interface StringOptions {
	readonly minLength?: number;
	/** The whole string must match. */
	readonly pattern?: RegExp;
	/** Message when `pattern` does not match. */
	readonly patternMessage?: string;
}

/** A string, optionally with a minimum length or a pattern. */
export function string(options: StringOptions = {}): Shape<string> {
	return shapeOf((input, path, issues) => {
		if (typeof input !== 'string') return fail(issues, path, expected('string', input), '');
		if (options.minLength !== undefined && input.length < options.minLength) {
			return fail(
				issues,
				path,
				`Expected at least ${options.minLength} character${options.minLength === 1 ? '' : 's'}`,
				input,
			);
		}
		if (options.pattern && !options.pattern.test(input)) {
			return fail(issues, path, options.patternMessage ?? `Expected a string matching ${options.pattern}`, input);
		}
		return input;
	});
}

/** Options shared by {@link number} and {@link int}. */
export interface NumberOptions {
	/** Smallest allowed value (inclusive). */
	readonly min?: number;
	/** Largest allowed value (inclusive). */
	readonly max?: number;
}

function numeric(whole: boolean, options: NumberOptions): Shape<number> {
	return shapeOf((input, path, issues) => {
		// JSON has no NaN or Infinity; a value that is one did not come from a save we wrote.
		if (typeof input !== 'number' || !Number.isFinite(input)) return fail(issues, path, expected('number', input), 0);
		if (whole && !Number.isInteger(input)) return fail(issues, path, 'Expected a whole number', input);
		if (options.min !== undefined && input < options.min)
			return fail(issues, path, `Expected a number of at least ${options.min}`, input);
		if (options.max !== undefined && input > options.max)
			return fail(issues, path, `Expected a number of at most ${options.max}`, input);
		return input;
	});
}

/** A finite number. */
export const number = (options: NumberOptions = {}): Shape<number> => numeric(false, options);

/** A whole number. */
export const int = (options: NumberOptions = {}): Shape<number> => numeric(true, options);

/** `true` or `false`. */
export function boolean(): Shape<boolean> {
	return shapeOf((input, path, issues) =>
		typeof input === 'boolean' ? input : fail(issues, path, expected('boolean', input), false),
	);
}

/** Issues raised by a literal that did not match: in a union, they mark an option as the wrong kind. */
const wrongKind = new WeakSet<Issue>();

/** Exactly `value`. */
export function literal<const T extends string | number | boolean>(value: T): Shape<T> {
	return shapeOf((input, path, issues) => {
		if (input === value) return value;
		const issue = { path: [...path], message: `Expected ${JSON.stringify(value)}` };
		wrongKind.add(issue);
		issues.push(issue);
		return value;
	});
}

/** One of `values`. */
export function oneOf<const T extends string>(values: readonly T[]): Shape<T> {
	return shapeOf((input, path, issues) =>
		typeof input === 'string' && (values as readonly string[]).includes(input)
			? (input as T)
			: fail(
					issues,
					path,
					`Expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
					values[0] as T,
				),
	);
}

/** Any value, kept as it is (for free-form fields such as a trail event's request parameters). */
export function unknown(): Shape<unknown> {
	return shapeOf((input) => input);
}

/** The field may be missing (or `undefined`). */
export function optional<T>(inner: Shape<T>): OptionalShape<T> {
	return shapeOf<T | undefined>(
		(input, path, issues) => (input === undefined ? undefined : inner.check(input, path, issues)),
		true,
	) as OptionalShape<T>;
}

/** `null`, or what `inner` accepts. */
export function nullable<T>(inner: Shape<T>): Shape<T | null> {
	return shapeOf((input, path, issues) => (input === null ? null : inner.check(input, path, issues)));
}

/** How near an attempt came: an option of the right kind (its literals matched) first, then fewer issues. */
function distance(attempt: readonly Issue[]): [number, number] {
	return [attempt.filter((issue) => wrongKind.has(issue)).length, attempt.length];
}

/**
 * The first of `options` that accepts the input. When none does, the issues of the closest one:
 * for `{ type: 'IAMUser' }` that is the option whose `type` matched and that is missing a field.
 */
export function union<const Options extends readonly Shape<unknown>[]>(
	options: Options,
): Shape<Infer<Options[number]>> {
	return shapeOf((input, path, issues) => {
		let closest: Issue[] | undefined;
		for (const option of options) {
			const attempt: Issue[] = [];
			const data = option.check(input, path, attempt);
			if (attempt.length === 0) return data as Infer<Options[number]>;
			if (!closest || isNearer(distance(attempt), distance(closest))) closest = attempt;
		}
		issues.push(...(closest ?? [{ path: [...path], message: 'No option matched' }]));
		return undefined as Infer<Options[number]>;
	});
}

function isNearer([wrong, count]: [number, number], [bestWrong, bestCount]: [number, number]): boolean {
	return wrong < bestWrong || (wrong === bestWrong && count < bestCount);
}

/** An array whose items all match `item`. */
export function array<T>(item: Shape<T>): Shape<T[]> {
	return shapeOf((input, path, issues) => {
		if (!Array.isArray(input)) return fail(issues, path, expected('array', input), []);
		return input.map((value, index) => {
			path.push(index);
			const data = item.check(value, path, issues);
			path.pop();
			return data;
		});
	});
}

function isPlainData(input: unknown): input is Record<string, unknown> {
	return typeof input === 'object' && input !== null && !Array.isArray(input);
}

type ObjectData<Fields extends Record<string, Shape<unknown>>> = {
	-readonly [Key in keyof Fields as Fields[Key] extends { isOptional: true } ? never : Key]: Infer<Fields[Key]>;
} & {
	// A missing optional field is left out of the copy, never set to undefined.
	-readonly [Key in keyof Fields as Fields[Key] extends { isOptional: true } ? Key : never]?: Exclude<
		Infer<Fields[Key]>,
		undefined
	>;
};

/** Flattens an intersection so editors show one object type. */
type Flatten<T> = { [Key in keyof T]: T[Key] } & {};

/** An object with these fields; fields it does not declare are dropped from the copy. */
export function object<const Fields extends Record<string, Shape<unknown>>>(
	fields: Fields,
): Shape<Flatten<ObjectData<Fields>>> {
	const entries = Object.entries(fields);
	return shapeOf((input, path, issues) => {
		const data: Record<string, unknown> = {};
		if (!isPlainData(input)) return fail(issues, path, expected('object', input), data as Flatten<ObjectData<Fields>>);
		for (const [key, field] of entries) {
			const value = Object.hasOwn(input, key) ? input[key] : undefined;
			if (value === undefined && field.isOptional) continue;
			path.push(key);
			data[key] = field.check(value, path, issues);
			path.pop();
		}
		return data as Flatten<ObjectData<Fields>>;
	});
}

/**
 * An object used as a map from names to values. Every key is checked by `key` and kept as an own
 * entry, whatever its name.
 */
export function record<T>(key: Shape<string>, value: Shape<T>): Shape<Record<string, T>> {
	return shapeOf((input, path, issues) => {
		const data: Record<string, T> = {};
		if (!isPlainData(input)) return fail(issues, path, expected('object', input), data);
		for (const name of Object.keys(input)) {
			path.push(name);
			key.check(name, path, issues);
			const item = value.check(input[name], path, issues);
			path.pop();
			// defineProperty keeps even "__proto__" as an ordinary entry instead of a prototype.
			Object.defineProperty(data, name, { value: item, enumerable: true, writable: true, configurable: true });
		}
		return data;
	});
}

/** What `inner` accepts, provided `test` also holds; otherwise `message`. */
export function refine<T>(inner: Shape<T>, test: (value: T) => boolean, message: string): Shape<T> {
	return shapeOf((input, path, issues) => {
		const before = issues.length;
		const data = inner.check(input, path, issues);
		if (issues.length === before && !test(data)) issues.push({ path: [...path], message });
		return data;
	});
}
