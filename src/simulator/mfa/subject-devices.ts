import { own } from '../core/own.ts';
import { putUser } from '../iam/lookup.ts';
import type { Subject } from '../iam/subject.ts';
import type { MfaOwner, SimState } from '../state.ts';

/**
 * The MFA device serial numbers of an identity, whichever kind of device (virtual, passkey or
 * security key): they share one list per identity, as AWS's limit of 8 devices does.
 */
export function serialsOf(state: SimState, target: Subject): readonly string[] {
	return target.kind === 'root' ? state.root.mfaSerials : target.user.mfaSerials;
}

/** The account with `target`'s list of MFA serial numbers replaced. */
export function setSerials(state: SimState, target: Subject, serials: readonly string[]): SimState {
	if (target.kind === 'root') return { ...state, root: { ...state.root, mfaSerials: serials } };
	const user = own(state.iam.users, target.user.UserName);
	return user ? putUser(state, { ...user, mfaSerials: serials }) : state;
}

/** Whom a device is enabled for, as the device records it. */
export function ownerOf(target: Subject): MfaOwner {
	return target.kind === 'root' ? { type: 'Root' } : { type: 'IAMUser', userName: target.user.UserName };
}
