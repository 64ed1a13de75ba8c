/**
 * Whether the browser holds something saved under `key` (readable or not), for a practice tool to
 * decide whether to download its working part. Storage that is blocked holds nothing to show.
 */
export function storageHolds(key: string): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(key) !== null;
	} catch {
		return false;
	}
}
