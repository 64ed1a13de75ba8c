/**
 * Reads an entry of a record keyed by a name the learner typed. IAM allows names such as
 * "constructor" or "__proto__", which a plain `record[name]` would resolve to Object.prototype's
 * members; only the record's own entries count.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
