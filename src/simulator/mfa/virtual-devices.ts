import { readSubject, type Subject } from '../iam/subject.ts';
import { ownerOf, serialsOf, setSerials } from './subject-devices.ts';
import { own } from '../core/own.ts';
import { mfaArn, rootArn } from '../core/arn.ts';
import { done, type Handler, type HandlerEnv } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import {
	asRecord,
	IAM_NAME_PATTERN,
	IAM_NAME_PATTERN_TEXT,
	IAM_PATH_RULE,
	optionalString,
	requiredString,
	validationMessage,
	type Read,
} from '../core/validate.ts';
import type { MfaDeviceView, VirtualMfaDeviceListItem } from '../operations.ts';
import type { SimState, VirtualMfaDevice } from '../state.ts';
import { base32Encode } from './base32.ts';
import { checkConsecutiveCodes, ENABLE_WINDOW_STEPS, RESYNC_WINDOW_STEPS } from './codes.ts';
import { afterRootMfaEnabled } from '../signin/mfa-registration.ts';
import { removeFidoDevice } from './fido/serial.ts';

/** MFA devices in use by one identity (root user or IAM user). */
export const MFA_DEVICES_PER_IDENTITY = 8;
/** SIMPLIFIED: the user name reported for the root user in MFA listings, borrowed from the credential report. */
export const ROOT_USER_LABEL = '<root_account>';

const SERIAL_RULE = { min: 9, max: 256, pattern: /^[\w+=/:,.@-]+$/, patternText: '[\\w+=/:,.@-]+' };
const CODE_RULE = { min: 6, max: 6, pattern: /^[\d]+$/, patternText: '[\\d]+', secret: true };

function putDevice(state: SimState, device: VirtualMfaDevice): SimState {
	return { ...state, iam: { ...state.iam, mfaDevices: { ...state.iam.mfaDevices, [device.SerialNumber]: device } } };
}

function readCode(input: unknown, member: string): Read<string> {
	return requiredString(input, member, CODE_RULE);
}

/**
 * CreateVirtualMFADevice: a new virtual device with a 40-byte secret, returned once as a 64-character
 * base32 seed. The serial number is the device's ARN; names are unique in the account.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html
 */
export const createVirtualMfaDevice: Handler<'CreateVirtualMFADevice'> = (state, input, env) => {
	const name = requiredString(input, 'VirtualMFADeviceName', {
		min: 1,
		max: 226,
		pattern: IAM_NAME_PATTERN,
		patternText: IAM_NAME_PATTERN_TEXT,
	});
	if (!name.ok) return name;
	const path = optionalString(input, 'Path', IAM_PATH_RULE);
	if (!path.ok) return path;
	const SerialNumber = mfaArn(state.account.accountId, path.value ?? '/', name.value);
	const lowered = SerialNumber.toLowerCase();
	if (Object.keys(state.iam.mfaDevices).some((serial) => serial.toLowerCase() === lowered)) {
		// UNCONFIRMED wording (moto's text); see coverage doc.
		return fail('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.');
	}
	const Base32StringSeed = base32Encode(env.ctx.randomBytes(40));
	const device: VirtualMfaDevice = { SerialNumber, Base32StringSeed, createDate: env.now };
	return done(putDevice(state, device), { VirtualMFADevice: { SerialNumber, Base32StringSeed } });
};

/**
 * EnableMFADevice: associates a virtual device with a user (or, without `UserName` while signed in
 * as root, the root user) after two consecutive codes. From then on sign-in asks for a code.
 * Codes submitted too long after they were generated still associate the device, but out of sync:
 * sign-in then expects codes as far behind as these were, until the device is resynchronized.
 * Enabling the root user's device ends a session restricted to registering MFA.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html
 */
export const enableMfaDevice: Handler<'EnableMFADevice'> = (state, input, env) => {
	const request = readDeviceCodes(state, input, env);
	if (!request.ok) return request;
	const { target, serial, codes } = request.value;
	const device = own(state.iam.mfaDevices, serial);
	// UNCONFIRMED wording; see coverage doc.
	if (!device) return fail('NoSuchEntity', `VirtualMFADevice with serial number ${serial} doesn't exist.`);
	if (device.enabledFor) return fail('EntityAlreadyExists', 'MFA Device is already in use.');
	const serials = serialsOf(state, target);
	if (serials.length >= MFA_DEVICES_PER_IDENTITY) {
		return fail('LimitExceeded', `Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_IDENTITY}`);
	}
	const check = checkConsecutiveCodes(
		device.Base32StringSeed,
		codes[0],
		codes[1],
		env.ctx.now,
		{ window: ENABLE_WINDOW_STEPS, acceptLate: true },
		device.lastUsedStep,
	);
	if (!check.ok) return fail('InvalidAuthenticationCode', check.message);
	const { clockOffsetSteps: _previous, ...rest } = device;
	const enabled: VirtualMfaDevice = {
		...rest,
		enabledFor: ownerOf(target),
		EnableDate: env.now,
		lastUsedStep: check.lastStep,
		...(check.stepsBehind > 0 ? { clockOffsetSteps: check.stepsBehind } : {}),
	};
	const next = setSerials(putDevice(state, enabled), target, [...serials, device.SerialNumber]);
	return done(target.kind === 'root' ? afterRootMfaEnabled(next) : next, {});
};

function enabledDeviceOf(state: SimState, target: Subject, serial: string): VirtualMfaDevice | undefined {
	return serialsOf(state, target).includes(serial) ? own(state.iam.mfaDevices, serial) : undefined;
}

/** UNCONFIRMED wording; see coverage doc. */
const noEnabledDevice = (serial: string): string => `MFA Device with serial number ${serial} does not exist.`;

/**
 * DeactivateMFADevice: disassociates a device from its user; the virtual device itself remains
 * until DeleteVirtualMFADevice. A passkey or security key is gone once deactivated (nothing of
 * it is left in IAM but its public key, which is deleted with it).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeactivateMFADevice.html
 */
export const deactivateMfaDevice: Handler<'DeactivateMFADevice'> = (state, input, env) => {
	const target = readSubject(state, input, env);
	if (!target.ok) return target;
	const serial = requiredString(input, 'SerialNumber', SERIAL_RULE);
	if (!serial.ok) return serial;
	const assigned = serialsOf(state, target.value);
	if (assigned.includes(serial.value) && own(state.iam.fidoDevices, serial.value)) {
		const remaining = assigned.filter((s) => s !== serial.value);
		return done(setSerials(removeFidoDevice(state, serial.value), target.value, remaining), {});
	}
	const device = enabledDeviceOf(state, target.value, serial.value);
	if (!device) return fail('NoSuchEntity', noEnabledDevice(serial.value));
	const { enabledFor: _owner, EnableDate: _date, ...unassigned } = device;
	const serials = serialsOf(state, target.value).filter((s) => s !== serial.value);
	return done(setSerials(putDevice(state, unassigned), target.value, serials), {});
};

/**
 * DeleteVirtualMFADevice: deletes an unassigned virtual device; an enabled one must be
 * deactivated first.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteVirtualMFADevice.html
 */
export const deleteVirtualMfaDevice: Handler<'DeleteVirtualMFADevice'> = (state, input) => {
	const serial = requiredString(input, 'SerialNumber', SERIAL_RULE);
	if (!serial.ok) return serial;
	const device = own(state.iam.mfaDevices, serial.value);
	if (!device) return fail('NoSuchEntity', `VirtualMFADevice with serial number ${serial.value} doesn't exist.`);
	if (device.enabledFor) return fail('DeleteConflict', 'MFA VirtualDevice in use. Must deactivate first.');
	const { [serial.value]: _deleted, ...mfaDevices } = state.iam.mfaDevices;
	return done({ ...state, iam: { ...state.iam, mfaDevices } }, {});
};

/**
 * Brings an enabled device back in sync with two consecutive codes from a wider window than sign-in
 * accepts: the device is then believed to be on time again. Returns the new state, or the message
 * that says why the codes were refused.
 */
export function resyncDevice(
	state: SimState,
	device: VirtualMfaDevice,
	code1: string,
	code2: string,
	nowMs: number,
): { readonly ok: true; readonly state: SimState } | { readonly ok: false; readonly message: string } {
	const check = checkConsecutiveCodes(
		device.Base32StringSeed,
		code1,
		code2,
		nowMs,
		{ window: RESYNC_WINDOW_STEPS, acceptLate: false },
		device.lastUsedStep,
	);
	if (!check.ok) return check;
	const { clockOffsetSteps: _offset, ...inSync } = device;
	return { ok: true, state: putDevice(state, { ...inSync, lastUsedStep: check.lastStep }) };
}

/** Reads MFA code 1 and MFA code 2 as ResyncMFADevice and EnableMFADevice require them. */
export function readCodePair(input: unknown): Read<readonly [string, string]> {
	const code1 = readCode(input, 'AuthenticationCode1');
	if (!code1.ok) return code1;
	const code2 = readCode(input, 'AuthenticationCode2');
	if (!code2.ok) return code2;
	return { ok: true, value: [code1.value, code2.value] };
}

/**
 * What EnableMFADevice and ResyncMFADevice both read first: whose device (`UserName`, or the
 * caller), which one (`SerialNumber`), and the two consecutive codes.
 */
function readDeviceCodes(
	state: SimState,
	input: unknown,
	env: HandlerEnv,
): Read<{ target: Subject; serial: string; codes: readonly [string, string] }, 'ValidationError' | 'NoSuchEntity'> {
	const target = readSubject(state, input, env);
	if (!target.ok) return target;
	const serial = requiredString(input, 'SerialNumber', SERIAL_RULE);
	if (!serial.ok) return serial;
	const codes = readCodePair(input);
	if (!codes.ok) return codes;
	return { ok: true, value: { target: target.value, serial: serial.value, codes: codes.value } };
}

/**
 * ResyncMFADevice: brings an out-of-sync device back by accepting two consecutive codes from a
 * wider window than sign-in does.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResyncMFADevice.html
 */
export const resyncMfaDevice: Handler<'ResyncMFADevice'> = (state, input, env) => {
	const request = readDeviceCodes(state, input, env);
	if (!request.ok) return request;
	const { target, serial, codes } = request.value;
	const device = enabledDeviceOf(state, target, serial);
	if (!device) return fail('NoSuchEntity', noEnabledDevice(serial));
	const resynced = resyncDevice(state, device, codes[0], codes[1], env.ctx.now);
	if (!resynced.ok) return fail('InvalidAuthenticationCode', resynced.message);
	return done(resynced.state, {});
};

/**
 * ListMFADevices: the devices enabled for a user (or the caller), passkeys and security keys
 * (`…:u2f/…` serial numbers) included.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADevices.html
 */
export const listMfaDevices: Handler<'ListMFADevices'> = (state, input, env) => {
	const target = readSubject(state, input, env);
	if (!target.ok) return target;
	const userName = target.value.kind === 'root' ? ROOT_USER_LABEL : target.value.user.UserName;
	const MFADevices: MfaDeviceView[] = serialsOf(state, target.value).map((SerialNumber) => ({
		UserName: userName,
		SerialNumber,
		EnableDate:
			own(state.iam.mfaDevices, SerialNumber)?.EnableDate ?? own(state.iam.fidoDevices, SerialNumber)?.EnableDate ?? 0,
	}));
	return done(state, { MFADevices, IsTruncated: false });
};

const ASSIGNMENT = ['Assigned', 'Unassigned', 'Any'] as const;

/**
 * ListVirtualMFADevices: every virtual device in the account, with the user it is assigned to.
 * Seeds are never listed.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html
 */
export const listVirtualMfaDevices: Handler<'ListVirtualMFADevices'> = (state, input) => {
	const status = asRecord(input)['AssignmentStatus'] ?? 'Any';
	if (typeof status !== 'string' || !(ASSIGNMENT as readonly string[]).includes(status)) {
		return fail(
			'ValidationError',
			validationMessage('AssignmentStatus', status, `Member must satisfy enum value set: [${ASSIGNMENT.join(', ')}]`),
		);
	}
	const items: VirtualMfaDeviceListItem[] = [];
	for (const device of Object.values(state.iam.mfaDevices)) {
		const assigned = device.enabledFor !== undefined;
		if ((status === 'Assigned' && !assigned) || (status === 'Unassigned' && assigned)) continue;
		const owner = device.enabledFor;
		if (!owner) {
			items.push({ SerialNumber: device.SerialNumber });
			continue;
		}
		const User =
			owner.type === 'Root'
				? { UserName: ROOT_USER_LABEL, Arn: rootArn(state.account.accountId) }
				: { UserName: owner.userName, Arn: own(state.iam.users, owner.userName)?.Arn ?? '' };
		items.push(
			device.EnableDate === undefined
				? { SerialNumber: device.SerialNumber, User }
				: { SerialNumber: device.SerialNumber, EnableDate: device.EnableDate, User },
		);
	}
	return done(state, { VirtualMFADevices: items, IsTruncated: false });
};
