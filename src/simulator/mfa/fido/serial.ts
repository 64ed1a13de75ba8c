import type { SimState } from '../../state.ts';

/**
 * True for the serial number of a passkey or security key (`arn:aws:iam::<account>:u2f/…`).
 * @see https://docs.aws.amazon.com/cli/latest/reference/iam/list-mfa-devices.html
 */
export function isFidoSerial(serial: string): boolean {
	return /^arn:aws:iam::\d{12}:u2f\//.test(serial);
}

/**
 * The state without a passkey or security key (DeactivateMFADevice removes it entirely).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeactivateMFADevice.html
 */
export function removeFidoDevice(state: SimState, serial: string): SimState {
	const { [serial]: _removed, ...fidoDevices } = state.iam.fidoDevices;
	return { ...state, iam: { ...state.iam, fidoDevices } };
}
