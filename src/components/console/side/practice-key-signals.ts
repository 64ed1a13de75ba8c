/**
 * What the console's passkey steps and the practice security key's panel tell each other, kept
 * tiny because the panel is on every console's first screen: the request the console waits on
 * ("touch the key to create a passkey" or "… to sign in"), so the panel can show it and the learner
 * can touch or refuse, and a signal when the key's saved credentials change. Islands share ES
 * modules, so module-level values are enough, as for the practice authenticator's setup offer.
 */
import { storageHolds } from './storage-holds';

/** Where the key's credentials are saved (see `practice-key-store.ts`). */
export const PRACTICE_KEY_STORAGE_KEY = 'course:practice-key';

type Listener = () => void;

/** True when the browser holds the practice key's saved credentials (readable or not). */
export function keyHoldsSomething(): boolean {
	return storageHolds(PRACTICE_KEY_STORAGE_KEY);
}

/** What the console is asking the key to do. */
export interface TouchRequest {
	readonly kind: 'create' | 'get';
	/** The site the key would answer for (the relying party ID). */
	readonly rpId: string;
	/** Registration: the account name the key is made for, e.g. "root @ 111122223333". */
	readonly userName?: string;
}

interface Waiting {
	readonly request: TouchRequest;
	readonly answer: (touched: boolean) => void;
}

let waiting: Waiting | null = null;
const listeners = new Set<Listener>();

function notify(): void {
	for (const listener of listeners) listener();
}

/**
 * Asks the learner to touch the practice key. Resolves true when they touch it, false when they
 * refuse or another request replaces this one (as a real key's prompt is cancelled).
 */
export function requestTouch(request: TouchRequest): Promise<boolean> {
	waiting?.answer(false);
	return new Promise((resolve) => {
		const entry: Waiting = {
			request,
			answer: (touched) => {
				if (waiting === entry) {
					waiting = null;
					notify();
				}
				resolve(touched);
			},
		};
		waiting = entry;
		notify();
	});
}

/** The request waiting for a touch, or null. */
export function getTouchRequest(): TouchRequest | null {
	return waiting?.request ?? null;
}

/** The panel's **Touch the key** (true) or **Don't allow** (false). */
export function answerTouchRequest(touched: boolean): void {
	waiting?.answer(touched);
}

/** Calls `listener` whenever the waiting request changes; returns the unsubscribe function. */
export function subscribeTouchRequest(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

const changeListeners = new Set<Listener>();

/** Tells the panel that the saved credentials changed (a new one, a signature counted). */
export function notifyCredentialsChanged(): void {
	for (const listener of changeListeners) listener();
}

/** Calls `listener` when the saved credentials change; returns the unsubscribe function. */
export function subscribeCredentials(listener: Listener): () => void {
	changeListeners.add(listener);
	return () => changeListeners.delete(listener);
}
