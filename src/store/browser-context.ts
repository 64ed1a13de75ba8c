/** Where each simulator call gets its time and randomness from. */
export interface ContextSource {
	/** Epoch ms now. */
	now: () => number;
	randomBytes: (length: number) => Uint8Array;
}

/** The browser's real clock and its cryptographic random number generator. */
export function browserContext(): ContextSource {
	return {
		now: () => Date.now(),
		randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
	};
}
