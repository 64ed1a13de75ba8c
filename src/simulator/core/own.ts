/**
 * Reads an entry of a record keyed by a name the learner typed. IAM allows names such as
 * "constructor" or "__proto__", which a plain `record[name]` would resolve to Object.prototype's
 * members; only the record's own entries count.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Sets `record[key]` as an own, enumerable entry, whatever the key: plain assignment with a key such
 * as `__proto__` (which `JSON.parse` produces from a save or a request) would replace the object's
 * prototype instead of adding an entry.
 */
export function putOwn<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
