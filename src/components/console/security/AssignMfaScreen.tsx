import { useEffect, useRef, useState } from 'preact/hooks';
import {
	buildOtpauthUri,
	MFA_REGISTRATION_GRACE_DAYS,
	selectMfaRegistrationRequired,
	type SimError,
} from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Choice, Field, Fieldset } from '../ui/Field';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { setSetupOffer } from '../side/authenticator-signals';
import { setFlash } from '../side/flash';
import { type CreatedDevice, SetUpDevice } from './SetUpDevice';
import { SetUpPasskey } from './fido/SetUpPasskey';
import {
	accountLabel,
	describeTarget,
	resolveMfaTarget,
	securityCredentialsRoute,
	validateDeviceName,
} from './mfa-target';
import './security.css';

type DeviceKind = 'passkey' | 'authenticator' | 'hardware';

// SIMPLIFIED: a hardware TOTP token needs a real token, so choosing it explains how it works
// instead. Passkeys and security keys are set up for real (see fido/SetUpPasskey.tsx).
const DEVICE_CHOICES: readonly { value: DeviceKind; label: string; hint: string }[] = [
	{
		value: 'passkey',
		label: 'Passkey or security key',
		hint: 'Sign in with a fingerprint, face or screen lock, or with a physical FIDO security key.',
	},
	{
		value: 'authenticator',
		label: 'Authenticator app',
		hint: 'Sign in with a six-digit code from an app on your phone or computer.',
	},
	{
		value: 'hardware',
		label: 'Hardware TOTP token',
		hint: 'Sign in with a six-digit code from a small physical token.',
	},
];

/**
 * The **Assign MFA device** wizard: name the device and pick **Authenticator app**, then scan the QR
 * code (or type the secret key) and prove it works with two consecutive codes. When the root user
 * signed in after the 35 days to register MFA, this is the only screen, and it cannot be cancelled.
 */
export function AssignMfaScreen(props: { userName?: string }) {
	const { state, call, navigate, announce } = useConsole();
	const target = resolveMfaTarget(state, props.userName);
	const required = selectMfaRegistrationRequired(state);
	const returnRoute = securityCredentialsRoute(props.userName);
	const [step, setStep] = useState<1 | 2>(1);
	const [deviceName, setDeviceName] = useState('');
	const [kind, setKind] = useState<DeviceKind | null>(null);
	const [nameError, setNameError] = useState<string | null>(null);
	const [kindError, setKindError] = useState<string | null>(null);
	const [stepError, setStepError] = useState<SimError | null>(null);
	const [created, setCreated] = useState<CreatedDevice | null>(null);
	const [passkeyName, setPasskeyName] = useState<string | null>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const nameRef = useRef<HTMLInputElement>(null);
	const firstRender = useRef(true);

	// SIMPLIFIED: closing the browser tab mid-wizard leaves the unassigned device in the saved account.
	// The device exists in IAM from the Set up device step on. If the learner leaves without
	// finishing, delete it as the real console does, so no unassigned device is left behind.
	const pendingSerial = useRef<string | null>(null);
	const callRef = useRef(call);
	callRef.current = call;
	useEffect(
		() => () => {
			setSetupOffer(null);
			const serial = pendingSerial.current;
			if (serial) callRef.current({ op: 'DeleteVirtualMFADevice', input: { SerialNumber: serial } });
		},
		[],
	);

	useEffect(() => {
		if (firstRender.current) {
			firstRender.current = false;
			return;
		}
		headingRef.current?.focus();
	}, [step]);

	function discardDevice() {
		const serial = pendingSerial.current;
		pendingSerial.current = null;
		setSetupOffer(null);
		if (serial) call({ op: 'DeleteVirtualMFADevice', input: { SerialNumber: serial } });
		setCreated(null);
	}

	function next(event: Event) {
		event.preventDefault();
		const name = deviceName.trim();
		const problem = validateDeviceName(name);
		setNameError(problem);
		setKindError(kind === null ? 'Choose an MFA device.' : null);
		setStepError(null);
		if (problem) {
			nameRef.current?.focus();
			return;
		}
		if (kind === null) {
			document.getElementById('mfa-kind-authenticator')?.focus();
			return;
		}
		if (kind === 'passkey') {
			setPasskeyName(name);
			setStep(2);
			return;
		}
		if (kind !== 'authenticator') {
			announce('This practice console cannot set up a hardware TOTP token. Choose another kind of MFA device.');
			document.getElementById(`mfa-kind-${kind}`)?.focus();
			return;
		}
		const response = call({ op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: name } });
		if (!response.ok) {
			if (response.error.code === 'EntityAlreadyExists' || response.error.code === 'ValidationError') {
				setNameError(response.error.message);
				nameRef.current?.focus();
			} else {
				setStepError(response.error);
			}
			return;
		}
		const device = response.output.VirtualMFADevice;
		const uri = buildOtpauthUri({
			deviceName: name,
			accountLabel: accountLabel(state),
			secretBase32: device.Base32StringSeed,
		});
		pendingSerial.current = device.SerialNumber;
		setCreated({ serialNumber: device.SerialNumber, secret: device.Base32StringSeed, uri, deviceName: name });
		setSetupOffer({ uri });
		setStep(2);
	}

	function back() {
		discardDevice();
		setPasskeyName(null);
		setStep(1);
	}

	function cancel() {
		discardDevice();
		navigate(returnRoute);
	}

	function assigned(device: CreatedDevice, outOfSync: boolean) {
		pendingSerial.current = null;
		setSetupOffer(null);
		setFlash('security-credentials', {
			type: 'success',
			title: 'MFA device assigned',
			body: outOfSync
				? `${device.deviceName} is now assigned to ${describeTarget(target)}, but it is out of sync: the codes were already old when you chose Add MFA. Sign-in will not accept its codes until you resync it: select the device below, choose Resync and type two consecutive codes.`
				: `${device.deviceName} is now assigned to ${describeTarget(target)}. From the next sign-in, a code from it is needed.`,
		});
		announce(
			outOfSync
				? 'MFA device assigned, but out of sync. Resync it before you sign in with it.'
				: 'MFA device assigned.',
		);
		navigate(returnRoute);
	}

	function passkeyAssigned(name: string, backupEligible: boolean) {
		setFlash('security-credentials', {
			type: 'success',
			title: 'MFA device assigned',
			body: `${name} is now assigned to ${describeTarget(target)}${backupEligible ? ' (a passkey that can sync between your devices)' : ''}. From the next sign-in, the console asks for it after the password.`,
		});
		announce('MFA device assigned.');
		navigate(returnRoute);
	}

	return (
		<div class="mfa-wizard">
			<ScreenHeading>Assign MFA device</ScreenHeading>
			{required && (
				<Alert type="warning" title="Register an MFA device to continue">
					<p>
						The {MFA_REGISTRATION_GRACE_DAYS} days to skip registering MFA have passed. Until you assign a device to the
						root user, the console offers nothing else. You can still sign out from the account menu.
					</p>
				</Alert>
			)}
			<ol class="wizard-steps" aria-label="Steps">
				<li aria-current={step === 1 ? 'step' : undefined}>
					<span class="wizard-steps__n">Step 1</span> Select MFA device
				</li>
				<li aria-current={step === 2 ? 'step' : undefined}>
					<span class="wizard-steps__n">Step 2</span> Set up device
				</li>
			</ol>
			{step === 1 ? (
				<form onSubmit={next} noValidate aria-labelledby="mfa-step-1">
					<h3 id="mfa-step-1" ref={headingRef} tabIndex={-1} class="wizard-heading">
						Select MFA device
					</h3>
					<p>
						For {describeTarget(target)}. Each user can have up to 8 MFA devices; any one of them is enough to sign in.
					</p>
					<Field
						label="Device name"
						hint="A name that tells you which device this is, for example root-phone. Letters, digits and + = , . @ - _ only, no spaces."
						error={nameError}
					>
						{(control) => (
							<input
								{...control}
								ref={nameRef}
								value={deviceName}
								maxLength={128}
								autocomplete="off"
								spellcheck={false}
								onInput={(e) => setDeviceName(e.currentTarget.value)}
							/>
						)}
					</Field>
					<Fieldset legend="MFA device" error={kindError}>
						{DEVICE_CHOICES.map((choice) => (
							<Choice
								key={choice.value}
								id={`mfa-kind-${choice.value}`}
								type="radio"
								name="mfa-device"
								value={choice.value}
								label={choice.label}
								hint={choice.hint}
								checked={kind === choice.value}
								onChange={() => {
									setKind(choice.value);
									setKindError(null);
								}}
							/>
						))}
					</Fieldset>
					{kind === 'passkey' && (
						<p class="setup-note" role="status">
							Next explains what your browser will create before it asks you for anything.
						</p>
					)}
					{kind === 'hardware' && (
						<Alert type="info" title="Practise this one with a real token" live="status">
							<p>
								A hardware TOTP token comes with a serial number and its secret is built in, so you type the serial
								number and two codes from the token's display. Without a real token there is nothing to practise with
								here. Choose <strong>Authenticator app</strong>; the codes work the same way.
							</p>
						</Alert>
					)}
					{stepError && <CallErrorAlert error={stepError} />}
					<div class="wizard-actions">
						{!required && <Button onClick={cancel}>Cancel</Button>}
						<Button type="submit" variant="primary">
							Next
						</Button>
					</div>
				</form>
			) : passkeyName !== null ? (
				<SetUpPasskey
					deviceName={passkeyName}
					target={target}
					headingRef={headingRef}
					onBack={back}
					onCancel={cancel}
					required={required}
					onAssigned={(backupEligible) => passkeyAssigned(passkeyName, backupEligible)}
				/>
			) : (
				created && (
					<SetUpDevice
						device={created}
						target={target}
						headingRef={headingRef}
						onBack={back}
						onCancel={cancel}
						required={required}
						onAssigned={(outOfSync) => assigned(created, outOfSync)}
					/>
				)
			)}
		</div>
	);
}
