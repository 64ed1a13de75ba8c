/** MFA devices: virtual (authenticator app) devices, passkeys and security keys, and WebAuthn ceremonies under way. */

/** Who an MFA device is enabled for. */
export type MfaOwner = { readonly type: 'Root' } | { readonly type: 'IAMUser'; readonly userName: string };

/** A virtual (authenticator app) MFA device, keyed by its serial number (an ARN). */
export interface VirtualMfaDevice {
	readonly SerialNumber: string;
	readonly Base32StringSeed: string;
	readonly createDate: number;
	readonly enabledFor?: MfaOwner;
	readonly EnableDate?: number;
	/** The last 30-second TOTP step accepted, so a code can never be used twice. */
	readonly lastUsedStep?: number;
	/**
	 * How many 30-second steps behind real time the device's codes are believed to be. Absent for a
	 * device in sync; a device enabled with late codes (submitted too long after they were generated)
	 * is that many steps out of sync, and sign-in expects codes from then, until it is resynchronized.
	 */
	readonly clockOffsetSteps?: number;
}

/**
 * A passkey or security key (a FIDO2 authenticator) assigned as an MFA device, keyed by its serial
 * number: `arn:aws:iam::<account>:u2f/root/<name>-<id>` for the root user,
 * `arn:aws:iam::<account>:u2f/user/<user>/<name>-<id>` for an IAM user. Everything here is public
 * by design: the credential ID and the public key are what the authenticator hands out, and the
 * private key never leaves it, so storing them in the browser reveals nothing that signs in.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html
 */
export interface FidoMfaDevice {
	readonly SerialNumber: string;
	readonly enabledFor: MfaOwner;
	readonly EnableDate: number;
	/** The credential ID the authenticator chose, base64url (public). */
	readonly credentialId: string;
	/** The credential's ES256 public key, an uncompressed P-256 point, base64url (public). */
	readonly publicKey: string;
	/** The relying party ID the credential belongs to: the host name of the site it was made on. */
	readonly rpId: string;
	/** The authenticator's signature counter at its last use; 0 for authenticators that keep none. */
	readonly signCount: number;
	/** The authenticator said the credential may be synced to the owner's other devices (a synced passkey). */
	readonly backupEligible: boolean;
}

/** WebAuthn ceremonies the model can wait for. */
export const FIDO_CEREMONY_KINDS = ['registration', 'authentication'] as const;

/**
 * A WebAuthn ceremony under way: the model issued a challenge and waits for the browser's answer.
 * A new ceremony replaces the previous one, so a challenge can be answered once at most.
 */
export interface FidoCeremony {
	readonly kind: (typeof FIDO_CEREMONY_KINDS)[number];
	/** Registration: whom the device is for. Authentication: who is signing in. */
	readonly owner: MfaOwner;
	/** Registration only: the device name the learner chose. */
	readonly deviceName?: string;
	/** The random challenge, base64url. */
	readonly challenge: string;
	/** The page's origin, which the response's client data must name. */
	readonly origin: string;
	/** The relying party ID (the origin's host name). */
	readonly rpId: string;
	readonly startedAt: number;
}
