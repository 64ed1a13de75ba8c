import { base32Decode } from './base32.ts';
import { totpCodeAtStep, totpStep } from './totp.ts';

/**
 * How far from the current 30-second step a pair of codes may end when a device is enabled:
 * up to 2 steps either side (a minute of clock drift or typing time).
 */
export const ENABLE_WINDOW_STEPS = 2;
/** How far a single sign-in code may be from the current step: 1 step either side. */
export const SIGN_IN_WINDOW_STEPS = 1;
/** Resynchronisation searches a wider window: 20 steps (10 minutes) either side. */
export const RESYNC_WINDOW_STEPS = 20;
/** How far back codes are recognised as "too old" (rather than simply wrong): 1 hour. */
const STALE_SEARCH_STEPS = 120;

/** AWS's base message for a code that was not accepted. */
export const CODE_NOT_VALID = 'Authentication code for device is not valid.';

/** Outcome of checking two consecutive codes. */
export type PairCheck =
	{ readonly ok: true; readonly lastStep: number } | { readonly ok: false; readonly message: string };

function stepsMatching(key: Uint8Array, code: string, from: number, to: number): number[] {
	const steps: number[] = [];
	for (let step = from; step <= to; step++) if (totpCodeAtStep(key, step) === code) steps.push(step);
	return steps;
}

/**
 * Checks MFA code 1 and MFA code 2: they must be the codes of two consecutive 30-second steps,
 * the second ending within `window` steps of now, and newer than any code used before. Each
 * rejection has its own message so the learner knows what to fix.
 */
export function checkConsecutiveCodes(
	seedBase32: string,
	code1: string,
	code2: string,
	nowMs: number,
	window: number,
	lastUsedStep: number | undefined,
): PairCheck {
	const key = base32Decode(seedBase32);
	if (!key) return { ok: false, message: CODE_NOT_VALID };
	if (code1 === code2) {
		return {
			ok: false,
			message: `${CODE_NOT_VALID} MFA code 1 and MFA code 2 are the same. Wait for the app to show a new code, then enter it as MFA code 2.`,
		};
	}
	const current = totpStep(nowMs);
	for (let end = current - window; end <= current + window; end++) {
		if (totpCodeAtStep(key, end - 1) === code1 && totpCodeAtStep(key, end) === code2) {
			if (lastUsedStep !== undefined && end - 1 <= lastUsedStep) {
				return {
					ok: false,
					message: `${CODE_NOT_VALID} These codes were already used. Wait for the app to show new codes.`,
				};
			}
			return { ok: true, lastStep: end };
		}
	}
	const steps1 = stepsMatching(key, code1, current - STALE_SEARCH_STEPS, current + window);
	const steps2 = stepsMatching(key, code2, current - STALE_SEARCH_STEPS, current + window);
	if (steps1.some((s) => steps2.includes(s + 1))) {
		return {
			ok: false,
			message: `${CODE_NOT_VALID} These codes are too old. Enter the two most recent codes and choose Add MFA right after the second one appears.`,
		};
	}
	if (steps1.length > 0 && steps2.length > 0) {
		return {
			ok: false,
			message: `${CODE_NOT_VALID} The codes are not consecutive. Enter a code as MFA code 1, wait for the next one, and enter that as MFA code 2.`,
		};
	}
	return { ok: false, message: CODE_NOT_VALID };
}

/** Checks one sign-in code; returns the accepted step or `undefined`. A used step is refused. */
export function checkSingleCode(
	seedBase32: string,
	code: string,
	nowMs: number,
	lastUsedStep: number | undefined,
): number | undefined {
	const key = base32Decode(seedBase32);
	if (!key) return undefined;
	const current = totpStep(nowMs);
	for (let step = current - SIGN_IN_WINDOW_STEPS; step <= current + SIGN_IN_WINDOW_STEPS; step++) {
		if ((lastUsedStep === undefined || step > lastUsedStep) && totpCodeAtStep(key, step) === code) return step;
	}
	return undefined;
}
