import type { Route } from '../routes';
import { selectAccountLabel, type SimState, selectUser } from '@/simulator';

/** Whose MFA devices a screen manages: the root user or a named IAM user. */
export type MfaTarget = { readonly kind: 'root' } | { readonly kind: 'user'; readonly userName: string };

/**
 * With a user name, that IAM user; without one, the signed-in identity (the root user, or the IAM
 * user managing their own credentials).
 */
export function resolveMfaTarget(state: SimState, userName: string | undefined): MfaTarget {
	if (userName !== undefined) return { kind: 'user', userName };
	const principal = state.session?.principal;
	if (principal?.type === 'IAMUser') return { kind: 'user', userName: principal.userName };
	return { kind: 'root' };
}

/** The `UserName` member for IAM calls: omitted for the root user. */
export function userNameInput(target: MfaTarget): { UserName?: string } {
	return target.kind === 'user' ? { UserName: target.userName } : {};
}

/** Serial numbers of the devices enabled for the target. */
export function targetMfaSerials(state: SimState, target: MfaTarget): readonly string[] {
	if (target.kind === 'root') return state.root.mfaSerials;
	return selectUser(state, target.userName)?.mfaSerials ?? [];
}

/** Where the wizard returns to: the IAM user's page when opened from it, else Security credentials. */
export function securityCredentialsRoute(userNameProp: string | undefined): Route {
	if (userNameProp !== undefined) return { screen: 'iam-user', userName: userNameProp, tab: 'security-credentials' };
	return { screen: 'security-credentials' };
}

/** "the root user" or "iam-admin", for sentences. */
export function describeTarget(target: MfaTarget): string {
	return target.kind === 'root' ? 'the root user' : target.userName;
}

/** The account part of the QR code's label: the account alias if there is one, else the account ID. */
export function accountLabel(state: SimState): string {
	return selectAccountLabel(state);
}

/** Device name rules of CreateVirtualMFADevice (aws-facts §2.3). */
export const DEVICE_NAME_PATTERN = /^[\w+=,.@-]+$/;
// SIMPLIFIED: the console's maximum Device name length is not documented; 128 matches the other
// IAM name limits the console shows.
export const DEVICE_NAME_MAX = 128;

/** The console's message for a device name that breaks the rules, or null when it is fine. */
export function validateDeviceName(name: string): string | null {
	if (name.length === 0) return 'Enter a device name.';
	if (name.length > DEVICE_NAME_MAX) return `The device name can have at most ${DEVICE_NAME_MAX} characters.`;
	if (!DEVICE_NAME_PATTERN.test(name))
		return 'The device name can contain only letters, digits and these characters: + = , . @ - _ (no spaces).';
	return null;
}

/** Six digits exactly, as EnableMFADevice and ResyncMFADevice require. */
export function validateMfaCode(code: string, which: 'MFA code 1' | 'MFA code 2'): string | null {
	if (code.length === 0) return `Enter ${which}: the six-digit code your authenticator app shows.`;
	if (!/^\d{6}$/.test(code)) return `${which} must be exactly six digits.`;
	return null;
}
