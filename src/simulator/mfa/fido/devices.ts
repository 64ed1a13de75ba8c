/**
 * Passkeys and security keys (FIDO2) as MFA devices: the console's **Assign MFA device** →
 * **Passkey or security key**. IAM's public API has no operation to register one (the console uses
 * its own), so both steps here are console-only operations.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { done, nextSeq, type Handler } from '../../core/handler.ts';
import { idChars } from '../../core/ids.ts';
import { fail } from '../../core/result.ts';
import { IAM_NAME_PATTERN, IAM_NAME_PATTERN_TEXT, requiredString, type Read } from '../../core/validate.ts';
import { readSubject } from '../../iam/subject.ts';
import { ownerOf, serialsOf, setSerials } from '../subject-devices.ts';
import type { FidoCreationOptions } from '../../operations.ts';
import { afterRootMfaEnabled } from '../../signin/mfa-registration.ts';
import type { FidoMfaDevice, MfaOwner, SimState } from '../../state.ts';
import { MFA_DEVICES_PER_IDENTITY } from '../virtual-devices.ts';
import {
	CEREMONY_TIMEOUT_MS,
	endCeremony,
	ES256,
	expectationOf,
	fidoDevicesOf,
	putFidoDevice,
	readWebAuthnSetup,
	sameOwner,
	startCeremony,
} from './ceremony.ts';
import { toBase64Url } from './encoding.ts';
import { registrationRefused } from './messages.ts';
import type { AttestationResponse } from './types.ts';

/** What the sites' passkey lists show for this relying party: never AWS, so nobody mistakes it. */
const PRACTICE_RP_NAME = 'AWS practice console (not AWS)';

/** UNCONFIRMED wording (ours): no registration is waiting for this identity. */
export const NO_REGISTRATION_UNDER_WAY =
	'No passkey or security key registration is under way. Choose Next to start again.';
/** UNCONFIRMED wording (ours): the credential is already one of the account's MFA devices. */
export const ALREADY_REGISTERED = 'This passkey or security key is already assigned as an MFA device.';

const NAME_RULE = { min: 1, max: 128, pattern: IAM_NAME_PATTERN, patternText: IAM_NAME_PATTERN_TEXT };
// base64url, as long as a credential ID (up to 1,023 bytes) or the client data may be.
const BASE64URL_RULE = { min: 1, max: 8192, pattern: /^[A-Za-z0-9_-]+$/, patternText: '[A-Za-z0-9_-]+' };

/**
 * A FIDO device's serial number as AWS shows it: `…:u2f/root/<name>-<id>` or
 * `…:u2f/user/<user>/<name>-<id>`, the id 26 base32 characters (from the state counter here).
 * @see https://docs.aws.amazon.com/cli/latest/reference/iam/get-mfa-device.html
 */
function fidoSerialNumber(accountId: string, owner: MfaOwner, name: string, seq: number): string {
	const who = owner.type === 'Root' ? 'root' : `user/${owner.userName}`;
	return `arn:aws:iam::${accountId}:u2f/${who}/${name}-${idChars(seq, 26, 5)}`;
}

/**
 * WebAuthn's user handle for an identity: not personal data, and the same at every registration,
 * so an authenticator keeps one passkey per identity rather than one per attempt.
 */
function userHandleOf(accountId: string, owner: MfaOwner): string {
	const who = owner.type === 'Root' ? 'root' : `user/${owner.userName}`;
	return toBase64Url(sha256(utf8ToBytes(`${accountId}:${who}`)).slice(0, 16));
}

function userNameOf(state: SimState, owner: MfaOwner): string {
	const account = state.account.alias ?? state.account.accountId;
	return owner.type === 'Root' ? `root @ ${account}` : `${owner.userName} @ ${account}`;
}

function readAttestation(input: unknown): Read<AttestationResponse> {
	const CredentialId = requiredString(input, 'CredentialId', BASE64URL_RULE);
	if (!CredentialId.ok) return CredentialId;
	const ClientDataJSON = requiredString(input, 'ClientDataJSON', BASE64URL_RULE);
	if (!ClientDataJSON.ok) return ClientDataJSON;
	const AttestationObject = requiredString(input, 'AttestationObject', BASE64URL_RULE);
	if (!AttestationObject.ok) return AttestationObject;
	return {
		ok: true,
		value: {
			CredentialId: CredentialId.value,
			ClientDataJSON: ClientDataJSON.value,
			AttestationObject: AttestationObject.value,
		},
	};
}

const limitMessage = `Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_IDENTITY}`;

/**
 * **Assign MFA device** → **Passkey or security key** → **Next**: issues the options for
 * `navigator.credentials.create()` with a fresh challenge (ES256 only, no attestation, the
 * identity's passkeys excluded) and waits for the answer. Console only (no public API).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html
 */
export const startFidoRegistration: Handler<'StartFIDORegistration'> = (state, input, env) => {
	const target = readSubject(state, input, env);
	if (!target.ok) return target;
	const name = requiredString(input, 'DeviceName', NAME_RULE);
	if (!name.ok) return name;
	const setup = readWebAuthnSetup(env);
	if (!setup.ok) return setup;
	const serials = serialsOf(state, target.value);
	if (serials.length >= MFA_DEVICES_PER_IDENTITY) return fail('LimitExceeded', limitMessage);
	const owner = ownerOf(target.value);
	const started = startCeremony(state, env, setup.value, 'registration', owner, name.value);
	const options: FidoCreationOptions = {
		challenge: started.ceremony.challenge,
		rp: { id: setup.value.rpId, name: PRACTICE_RP_NAME },
		user: {
			id: userHandleOf(state.account.accountId, owner),
			name: userNameOf(state, owner),
			displayName: userNameOf(state, owner),
		},
		pubKeyCredParams: [{ type: 'public-key', alg: ES256 }],
		timeout: CEREMONY_TIMEOUT_MS,
		excludeCredentials: fidoDevicesOf(state, serials).map((device) => ({
			type: 'public-key' as const,
			id: device.credentialId,
		})),
		authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
		attestation: 'none',
	};
	return done(started.state, { CreationOptions: options });
};

/**
 * The browser's answer to the registration: checks the attestation (client data type, challenge
 * and origin; RP ID hash, user presence and the new ES256 key in the authenticator data; a `none`
 * or `packed` self-attestation statement) and assigns the passkey or security key. Console only
 * (no public API); CloudTrail knows it as `EnableMFADevice`.
 * @see https://www.w3.org/TR/webauthn-3/#sctn-registering-a-new-credential
 */
export const completeFidoRegistration: Handler<'CompleteFIDORegistration'> = (state, input, env) => {
	const target = readSubject(state, input, env);
	if (!target.ok) return target;
	const response = readAttestation(input);
	if (!response.ok) return response;
	const setup = readWebAuthnSetup(env);
	if (!setup.ok) return setup;
	const owner = ownerOf(target.value);
	const ceremony = state.fidoCeremony;
	if (ceremony?.kind !== 'registration' || !sameOwner(ceremony.owner, owner) || ceremony.deviceName === undefined)
		return fail('InvalidAuthenticationCode', NO_REGISTRATION_UNDER_WAY);
	const verdict = setup.value.verifier.verifyRegistration(expectationOf(ceremony), response.value);
	if (!verdict.ok) return fail('InvalidAuthenticationCode', registrationRefused(verdict.reason));
	const credential = verdict.value;
	if (Object.values(state.iam.fidoDevices).some((device) => device.credentialId === credential.credentialId))
		return fail('EntityAlreadyExists', ALREADY_REGISTERED);
	const serials = serialsOf(state, target.value);
	if (serials.length >= MFA_DEVICES_PER_IDENTITY) return fail('LimitExceeded', limitMessage);
	const [seq, counted] = nextSeq(state);
	const device: FidoMfaDevice = {
		SerialNumber: fidoSerialNumber(state.account.accountId, owner, ceremony.deviceName, seq),
		enabledFor: owner,
		EnableDate: env.now,
		credentialId: credential.credentialId,
		publicKey: credential.publicKey,
		rpId: ceremony.rpId,
		signCount: credential.signCount,
		backupEligible: credential.backupEligible,
	};
	const next = setSerials(endCeremony(putFidoDevice(counted, device)), target.value, [...serials, device.SerialNumber]);
	return done(target.value.kind === 'root' ? afterRootMfaEnabled(next) : next, {
		SerialNumber: device.SerialNumber,
		BackupEligible: device.backupEligible,
	});
};
