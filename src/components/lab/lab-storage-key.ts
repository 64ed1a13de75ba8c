/**
 * Where a lab's (or the challenge's) practice account is saved. Its own module: the island needs
 * the key to look for a save before it has downloaded the store.
 */
export function labStorageKey(labId: string): string {
	return `course:sim:${labId}`;
}
