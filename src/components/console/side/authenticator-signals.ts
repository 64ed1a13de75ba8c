/**
 * What the console shell needs to know about the practice authenticator before its panel's code
 * has downloaded: the QR code the MFA wizard is showing (islands share ES modules, so a
 * module-level value is enough; no store library needed) and whether the learner has saved
 * accounts. Kept apart from `authenticator-store.ts` so that knowing these costs a few hundred
 * bytes, not the TOTP code and the save checks.
 */
import { storageHolds } from './storage-holds';

/** What the console's QR code holds right now: an `otpauth://totp/…` URI. */
export interface SetupOffer {
	readonly uri: string;
}

type Listener = () => void;

/** Where the practice authenticator's accounts are saved in the browser. */
export const AUTHENTICATOR_STORAGE_KEY = 'course:authenticator';

let currentOffer: SetupOffer | null = null;
const offerListeners = new Set<Listener>();

/** The QR code the console is showing, or null when no MFA setup is open. */
export function getSetupOffer(): SetupOffer | null {
	return currentOffer;
}

/** The MFA wizard calls this when it shows a device's QR code, and with null when it closes. */
export function setSetupOffer(offer: SetupOffer | null): void {
	currentOffer = offer;
	for (const listener of offerListeners) listener();
}

/** Calls `listener` whenever the setup offer changes; returns the unsubscribe function. */
export function subscribeSetupOffer(listener: Listener): () => void {
	offerListeners.add(listener);
	return () => offerListeners.delete(listener);
}

/** True when the browser holds a saved practice authenticator (readable or not). */
export function authenticatorHoldsSomething(): boolean {
	return storageHolds(AUTHENTICATOR_STORAGE_KEY);
}
