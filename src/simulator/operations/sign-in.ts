/** Console sign-in and passkey operations: the sign-in page and Assign MFA device have no public API. */
import type { CommonError, Empty } from './common.ts';

/** Input of the console's password sign-in (the sign-in page has no public API). */
export type ConsoleLoginInput =
	| { readonly LoginType: 'Root'; readonly Email: string; readonly Password: string }
	| {
			readonly LoginType: 'IAMUser';
			/** The 12-digit account ID or the account alias. */
			readonly Account: string;
			/** Matched ignoring case, as the sign-in page does. */
			readonly UserName: string;
			readonly Password: string;
	  };

/** What follows a sign-in step. `MFARegistrationPrompt`: a root user without MFA is asked to register it. */
export type SignInResult = 'Success' | 'MFARequired' | 'PasswordResetRequired' | 'MFARegistrationPrompt';

/**
 * WebAuthn's `PublicKeyCredentialCreationOptionsJSON` for registering a passkey or security key,
 * binary members as base64url.
 * @see https://www.w3.org/TR/webauthn-3/#dictdef-publickeycredentialcreationoptionsjson
 */
export interface FidoCreationOptions {
	readonly challenge: string;
	readonly rp: { readonly id: string; readonly name: string };
	readonly user: { readonly id: string; readonly name: string; readonly displayName: string };
	readonly pubKeyCredParams: readonly { readonly type: 'public-key'; readonly alg: number }[];
	readonly timeout: number;
	readonly excludeCredentials: readonly { readonly type: 'public-key'; readonly id: string }[];
	readonly authenticatorSelection: { readonly residentKey: 'preferred'; readonly userVerification: 'preferred' };
	readonly attestation: 'none';
}

/**
 * WebAuthn's `PublicKeyCredentialRequestOptionsJSON` for signing in with a passkey or security key.
 * @see https://www.w3.org/TR/webauthn-3/#dictdef-publickeycredentialrequestoptionsjson
 */
export interface FidoRequestOptions {
	readonly challenge: string;
	readonly rpId: string;
	readonly timeout: number;
	readonly allowCredentials: readonly { readonly type: 'public-key'; readonly id: string }[];
	readonly userVerification: 'preferred';
}

/** `navigator.credentials.create()`'s answer, each binary member as base64url. */
export interface FidoAttestationInput {
	readonly CredentialId: string;
	readonly ClientDataJSON: string;
	readonly AttestationObject: string;
}

/** `navigator.credentials.get()`'s answer, each binary member as base64url. */
export interface FidoAssertionInput {
	readonly CredentialId: string;
	readonly ClientDataJSON: string;
	readonly AuthenticatorData: string;
	readonly Signature: string;
}

/** The console sign-in page and passkey ceremonies. */
export interface SignInOperations {
	// ---------- Console sign-in (no public API) ----------
	/** The console sign-in page's password step. Recorded as `ConsoleLogin` (or `CheckMfa`). */
	ConsoleLogin: {
		input: ConsoleLoginInput;
		output: { Result: SignInResult };
		errors: 'AuthenticationFailed' | 'ValidationError';
	};
	/** The sign-in page's MFA step. */
	ConsoleLoginMFA: {
		input: { AuthenticationCode: string };
		output: { Result: Exclude<SignInResult, 'MFARequired' | 'MFARegistrationPrompt'> };
		errors: 'AuthenticationFailed' | 'NoPendingSignIn' | 'ValidationError';
	};
	/** The forced "change your password" step after signing in with a temporary password. */
	ChangeExpiredPassword: {
		input: { OldPassword: string; NewPassword: string };
		output: { Result: 'Success' };
		errors: 'NoPendingSignIn' | 'InvalidInput' | 'PasswordPolicyViolation' | 'ValidationError' | 'NoSuchEntity';
	};
	/** Abandons a sign-in that waits for MFA or a new password. */
	CancelSignIn: { input: Empty; output: Empty; errors: never };
	/** Signs out of the console. */
	ConsoleLogout: { input: Empty; output: Empty; errors: 'MissingAuthenticationToken' };
	/**
	 * The root user's prompt to register MFA: skips it and signs in, while days are left
	 * (`DaysLeft` counts today). Console only, no public API.
	 */
	SkipMFARegistration: {
		input: Empty;
		output: { Result: 'Success'; DaysLeft: number };
		errors: 'NoPendingSignIn' | 'MFARegistrationRequired';
	};
	/**
	 * The root user's prompt to register MFA: signs in to go to **Assign MFA device**; after the
	 * 35 days the session can do nothing else until a device is assigned. Console only, no public API.
	 */
	StartMFARegistration: {
		input: Empty;
		output: { Result: 'Success'; MFARegistrationRequired: boolean };
		errors: 'NoPendingSignIn';
	};
	/**
	 * The sign-in page's MFA step: resynchronizes the identity's device with two consecutive codes,
	 * without a session. Console only, no public API.
	 */
	ResyncMFADeviceAtSignIn: {
		input: { AuthenticationCode1: string; AuthenticationCode2: string };
		output: { SerialNumber: string };
		errors: 'NoPendingSignIn' | 'InvalidAuthenticationCode' | 'ValidationError';
	};

	// ---------- Passkeys and security keys (console only: IAM's public API cannot register one) ----------
	/**
	 * **Assign MFA device** → **Passkey or security key**: the options for
	 * `navigator.credentials.create()`, with a fresh challenge. Needs `CallContext.webAuthn`.
	 * Console only, no public API.
	 */
	StartFIDORegistration: {
		input: { UserName?: string; DeviceName: string };
		output: { CreationOptions: FidoCreationOptions };
		errors: CommonError | 'NoSuchEntity' | 'LimitExceeded';
	};
	/**
	 * The browser's answer to the registration: checked, then the passkey or security key is
	 * assigned. Recorded as `EnableMFADevice`. Console only, no public API.
	 */
	CompleteFIDORegistration: {
		input: { UserName?: string } & FidoAttestationInput;
		output: { SerialNumber: string; BackupEligible: boolean };
		errors: CommonError | 'NoSuchEntity' | 'EntityAlreadyExists' | 'LimitExceeded' | 'InvalidAuthenticationCode';
	};
	/** The sign-in page's MFA step with a passkey or security key: the options for `navigator.credentials.get()`. */
	StartFIDOSignIn: {
		input: Empty;
		output: { RequestOptions: FidoRequestOptions };
		errors: 'NoPendingSignIn' | 'NoSuchEntity' | 'ValidationError';
	};
	/** The sign-in page's MFA step: the authenticator's signed answer. Recorded as `ConsoleLogin`. */
	ConsoleLoginFIDO: {
		input: FidoAssertionInput;
		output: { Result: Exclude<SignInResult, 'MFARequired' | 'MFARegistrationPrompt'> };
		errors: 'AuthenticationFailed' | 'NoPendingSignIn' | 'ValidationError';
	};
}
