import { idChars } from '../../core/ids.ts';
import type { MfaOwner } from '../../state.ts';

/**
 * A FIDO device's serial number as AWS shows it: `…:u2f/root/<name>-<id>` or
 * `…:u2f/user/<user>/<name>-<id>`, the id 26 base32 characters (from the state counter here).
 */
export function fidoSerialNumber(accountId: string, owner: MfaOwner, name: string, seq: number): string {
	const who = owner.type === 'Root' ? 'root' : `user/${owner.userName}`;
	return `arn:aws:iam::${accountId}:u2f/${who}/${name}-${idChars(seq, 26, 5)}`;
}

/** True for the serial number of a passkey or security key. */
export function isFidoSerial(serial: string): boolean {
	return /^arn:aws:iam::\d{12}:u2f\//.test(serial);
}
