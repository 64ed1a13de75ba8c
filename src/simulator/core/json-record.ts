import * as z from 'zod/v4-mini';

/**
 * A record schema for data loaded from JSON, keyed by names the learner chooses.
 *
 * zod's own `record()` first checks for a "plain object" by looking at `input.constructor`, so a
 * record with an own key "constructor" is refused as a whole. "constructor" is a valid IAM user
 * name (and any id could be), so a learner who created such a user would find the saved account
 * treated as damaged. This schema checks each key and value itself and keeps every entry as data.
 */
export function jsonRecord<Value extends z.ZodMiniType>(key: z.ZodMiniType<string, string>, value: Value) {
	return z.pipe(
		z.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), {
			message: 'Expected an object',
		}),
		z.transform((input, ctx) => {
			const entries: Record<string, z.output<Value>> = {};
			for (const [name, item] of Object.entries(input)) {
				const keyResult = key.safeParse(name);
				if (!keyResult.success) {
					ctx.issues.push({ code: 'custom', message: keyResult.error.issues[0]?.message ?? 'Invalid key', input: name, path: [name] });
					continue;
				}
				const result = value.safeParse(item);
				if (!result.success) {
					for (const issue of result.error.issues) {
						ctx.issues.push({ code: 'custom', message: issue.message, input: item, path: [name, ...issue.path] });
					}
					continue;
				}
				// defineProperty keeps even "__proto__" as an ordinary entry instead of a prototype.
				Object.defineProperty(entries, name, { value: result.data, enumerable: true, writable: true, configurable: true });
			}
			return entries;
		}),
	);
}
