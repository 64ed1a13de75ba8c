import { base32Decode } from './base32.ts';
import { totpCodeAtStep } from './totp.ts';
import { totpStep } from './totp-step.ts';

/**
 * How far from the current 30-second step a pair of codes may end when a device is enabled and
 * still count as in sync: up to 2 steps either side (a minute of clock drift or typing time).
 */
export const ENABLE_WINDOW_STEPS = 2;
/** How far a single sign-in code may be from the step the device is believed to be at: 1 step either side. */
export const SIGN_IN_WINDOW_STEPS = 1;
/** Resynchronisation searches a wider window: 20 steps (10 minutes) either side. */
export const RESYNC_WINDOW_STEPS = 20;
/**
 * How far back a late pair of codes is still recognised: 1 hour. When enabling a device, a late
 * pair within this window associates the device out of sync; older pairs are simply not valid.
 */
export const LATE_SEARCH_STEPS = 120;

/** AWS's base message for a code that was not accepted. */
export const CODE_NOT_VALID = 'Authentication code for device is not valid.';

/**
 * Outcome of checking two consecutive codes: the step of MFA code 2 and, for a pair accepted late,
 * how many steps behind the current step it ended (0 when in sync).
 */
export type PairCheck =
	| { readonly ok: true; readonly lastStep: number; readonly stepsBehind: number }
	| { readonly ok: false; readonly message: string };

/** Options of {@link checkConsecutiveCodes}. */
export interface PairCheckOptions {
	/** Steps either side of now in which a pair ends in sync. */
	readonly window: number;
	/** Accept a pair that ended earlier than the window (up to {@link LATE_SEARCH_STEPS} back), out of sync. */
	readonly acceptLate: boolean;
}

function stepsMatching(key: Uint8Array, code: string, from: number, to: number): number[] {
	const steps: number[] = [];
	for (let step = from; step <= to; step++) if (totpCodeAtStep(key, step) === code) steps.push(step);
	return steps;
}

/** The newest step from `to` down to `from` whose code is `code2` and whose previous code is `code1`. */
function newestPairEnd(key: Uint8Array, code1: string, code2: string, from: number, to: number): number | undefined {
	for (let end = to; end >= from; end--) {
		if (totpCodeAtStep(key, end) === code2 && totpCodeAtStep(key, end - 1) === code1) return end;
	}
	return undefined;
}

/**
 * Checks MFA code 1 and MFA code 2: they must be the codes of two consecutive 30-second steps,
 * newer than any code used before, the second ending within `window` steps of now (or, with
 * `acceptLate`, up to an hour earlier: the device is then associated out of sync, as AWS does when
 * the codes are submitted too long after they were generated). Each rejection has its own message
 * so the learner knows what to fix.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html
 */
export function checkConsecutiveCodes(
	seedBase32: string,
	code1: string,
	code2: string,
	nowMs: number,
	options: PairCheckOptions,
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
	const { window } = options;
	const inSync = newestPairEnd(key, code1, code2, current - window, current + window);
	const late =
		inSync === undefined && options.acceptLate
			? newestPairEnd(key, code1, code2, current - LATE_SEARCH_STEPS, current - window - 1)
			: undefined;
	const end = inSync ?? late;
	if (end !== undefined) {
		if (lastUsedStep !== undefined && end - 1 <= lastUsedStep) {
			return {
				ok: false,
				message: `${CODE_NOT_VALID} These codes were already used. Wait for the app to show new codes.`,
			};
		}
		return { ok: true, lastStep: end, stepsBehind: late === undefined ? 0 : current - end };
	}
	const steps1 = stepsMatching(key, code1, current - LATE_SEARCH_STEPS, current + window);
	const steps2 = stepsMatching(key, code2, current - LATE_SEARCH_STEPS, current + window);
	if (steps1.some((s) => steps2.includes(s + 1))) {
		return {
			ok: false,
			message: `${CODE_NOT_VALID} These codes are too old. Enter the two most recent codes and submit them right after the second one appears.`,
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

/**
 * Checks one sign-in code; returns the accepted step or `undefined`. The code must be within
 * 1 step of where the device's clock is believed to be (`stepsBehind` steps behind now, for a
 * device out of sync), and newer than the last code used.
 */
export function checkSingleCode(
	seedBase32: string,
	code: string,
	nowMs: number,
	lastUsedStep: number | undefined,
	stepsBehind = 0,
): number | undefined {
	const key = base32Decode(seedBase32);
	if (!key) return undefined;
	const expected = totpStep(nowMs) - stepsBehind;
	for (let step = expected - SIGN_IN_WINDOW_STEPS; step <= expected + SIGN_IN_WINDOW_STEPS; step++) {
		if ((lastUsedStep === undefined || step > lastUsedStep) && totpCodeAtStep(key, step) === code) return step;
	}
	return undefined;
}
