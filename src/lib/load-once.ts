/** A download that happens once however often it is asked for, and can be tried again. */
export interface LoadOnce<T> {
	/** Starts the download, or joins the one under way; a failed download is forgotten, so the next call retries. */
	load: () => Promise<T>;
	/** What the download gave, once it has arrived. */
	loaded: () => T | undefined;
}

/** Wraps a download (usually a dynamic `import()`) so that it runs once and can be retried after a failure. */
export function loadOnce<T>(download: () => Promise<T>): LoadOnce<T> {
	let value: T | undefined;
	let inFlight: Promise<T> | undefined;
	return {
		load() {
			inFlight ??= download().then(
				(result) => (value = result),
				(error: unknown) => {
					inFlight = undefined;
					throw error;
				},
			);
			return inFlight;
		},
		loaded: () => value,
	};
}
