/**
 * The model's side of WebAuthn's two-step ceremonies: it issues a challenge (random bytes from the
 * call context) and remembers it with the origin and RP ID; the browser's answer is checked against
 * them by the next call. Nothing here decodes CBOR or checks signatures (see `types.ts`).
 */
import type { HandlerEnv } from '../../core/handler.ts';
import { own } from '../../core/own.ts';
import { fail } from '../../core/result.ts';
import type { Read } from '../../core/validate.ts';
import type { FidoCeremony, FidoMfaDevice, MfaOwner, SimState } from '../../state.ts';
import { toBase64Url } from './encoding.ts';
import type { CeremonyExpectation, WebAuthnVerifier } from './types.ts';

/** Bytes of randomness in a challenge (WebAuthn asks for at least 16). */
const CHALLENGE_BYTES = 32;
/** How long the browser waits for the learner, in ms (passed to `navigator.credentials`). */
export const CEREMONY_TIMEOUT_MS = 120_000;
/** The only algorithm offered: ES256 (COSE -7). */
export const ES256 = -7;

/** A domain name (not an IP address): browsers refuse WebAuthn on IP-address origins. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const ORIGIN = /^(https?):\/\/([^/:?#]+)(?::(\d{1,5}))?$/;

import { NO_WEBAUTHN_CONTEXT } from './without-code.ts';

/** What a ceremony needs from the context: the origin, its RP ID, and the checks. */
export interface WebAuthnSetup {
	readonly origin: string;
	readonly rpId: string;
	readonly verifier: WebAuthnVerifier;
}

/**
 * The origin and RP ID for this call, from `CallContext.webAuthn`. WebAuthn works on `https:`
 * sites and on `http://localhost`, named by a domain (never an IP address).
 */
export function readWebAuthnSetup(env: HandlerEnv): Read<WebAuthnSetup> {
	const context: unknown = env.ctx.webAuthn;
	if (typeof context !== 'object' || context === null) return fail('ValidationError', NO_WEBAUTHN_CONTEXT);
	const { origin, code } = context as { origin?: unknown; code?: { verifier?: unknown } | null };
	const verifier = typeof code === 'object' && code !== null ? code.verifier : undefined;
	if (typeof origin !== 'string' || typeof verifier !== 'object' || verifier === null)
		return fail('ValidationError', NO_WEBAUTHN_CONTEXT);
	const match = ORIGIN.exec(origin);
	const scheme = match?.[1];
	const host = match?.[2] ?? '';
	const secure = scheme === 'https' || (scheme === 'http' && (host === 'localhost' || host.endsWith('.localhost')));
	if (!match || !secure || !HOST.test(host) || /^[\d.]+$/.test(host)) {
		return fail(
			'ValidationError',
			`Passkeys and security keys work only on a site opened by its name over https (or on localhost), not on ${origin}.`,
		);
	}
	return { ok: true, value: { origin, rpId: host, verifier: verifier as WebAuthnVerifier } };
}

/** A new ceremony with a fresh challenge; it replaces any ceremony under way. */
export function startCeremony(
	state: SimState,
	env: HandlerEnv,
	setup: WebAuthnSetup,
	kind: FidoCeremony['kind'],
	owner: MfaOwner,
	deviceName?: string,
): { readonly state: SimState; readonly ceremony: FidoCeremony } {
	const ceremony: FidoCeremony = {
		kind,
		owner,
		...(deviceName === undefined ? {} : { deviceName }),
		challenge: toBase64Url(env.ctx.randomBytes(CHALLENGE_BYTES).slice(0, CHALLENGE_BYTES)),
		origin: setup.origin,
		rpId: setup.rpId,
		startedAt: env.now,
	};
	return { state: { ...state, fidoCeremony: ceremony }, ceremony };
}

/** What the browser's answer must match. */
export function expectationOf(ceremony: FidoCeremony): CeremonyExpectation {
	return { challenge: ceremony.challenge, origin: ceremony.origin, rpId: ceremony.rpId };
}

export function sameOwner(a: MfaOwner, b: MfaOwner): boolean {
	return a.type === 'Root' ? b.type === 'Root' : b.type === 'IAMUser' && b.userName === a.userName;
}

/** The passkeys and security keys enabled for an identity, in the order they were assigned. */
export function fidoDevicesOf(state: SimState, serials: readonly string[]): FidoMfaDevice[] {
	const devices: FidoMfaDevice[] = [];
	for (const serial of serials) {
		const device = own(state.iam.fidoDevices, serial);
		if (device) devices.push(device);
	}
	return devices;
}

/** The state without the ceremony under way. */
export function endCeremony(state: SimState): SimState {
	return state.fidoCeremony === null ? state : { ...state, fidoCeremony: null };
}

/** The state with one passkey or security key added or replaced. */
export function putFidoDevice(state: SimState, device: FidoMfaDevice): SimState {
	return {
		...state,
		iam: { ...state.iam, fidoDevices: { ...state.iam.fidoDevices, [device.SerialNumber]: device } },
	};
}
