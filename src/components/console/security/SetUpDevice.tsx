import { useState } from 'preact/hooks';
import { selectMfaDevice, type ApiResponse, type SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { MfaCodeFields, useMfaCodePair } from './MfaCodeFields';
import { SecretKey } from './SecretKey';
import { QrCode } from './QrCode';
import { type MfaTarget, userNameInput } from './mfa-target';

/** The device the wizard's first step created. */
export interface CreatedDevice {
	readonly serialNumber: string;
	readonly secret: string;
	readonly uri: string;
	readonly deviceName: string;
}

/**
 * The wizard's **Set up device** step: show the QR code or the secret key, then two consecutive
 * codes and **Add MFA**. Tells the caller whether the device was assigned out of sync (codes typed
 * too late still assign it).
 */
export function SetUpDevice(props: {
	device: CreatedDevice;
	target: MfaTarget;
	headingRef: preact.RefObject<HTMLHeadingElement>;
	onBack: () => void;
	onCancel: () => void;
	/** The root user must register MFA: no Cancel, only Previous. */
	required: boolean;
	onAssigned: (outOfSync: boolean) => void;
}) {
	const { perform } = useConsole();
	const { device, target } = props;
	const [shown, setShown] = useState<'qr' | 'secret' | null>(null);
	const codes = useMfaCodePair();
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);

	function submit(event: Event) {
		event.preventDefault();
		const valid = codes.validate();
		setFailure(null);
		if (!valid) return;
		// One step that also reads the device afterwards: codes typed too late still assign it, out of sync.
		const { response, outOfSync } = perform((before, ctx, simulator) => {
			const executed = simulator.execute(
				before,
				{
					op: 'EnableMFADevice',
					input: {
						...userNameInput(target),
						SerialNumber: device.serialNumber,
						AuthenticationCode1: codes.codes[0],
						AuthenticationCode2: codes.codes[1],
					},
				},
				ctx,
			);
			const enabled = selectMfaDevice(executed.state, device.serialNumber);
			const result: { response: ApiResponse; outOfSync: boolean } = {
				response: executed.response,
				outOfSync: (enabled?.clockOffsetSteps ?? 0) !== 0,
			};
			return { state: executed.state, result };
		});
		if (response.ok) {
			props.onAssigned(outOfSync);
			return;
		}
		setAttempt((n) => n + 1);
		if (response.error.code === 'InvalidAuthenticationCode') {
			// The message applies to the pair of codes, so both fields point at it.
			codes.rejectPair(response.error.message);
		} else {
			setFailure(response.error);
		}
	}

	return (
		<form onSubmit={submit} noValidate aria-labelledby="mfa-step-2">
			<h3 id="mfa-step-2" ref={props.headingRef} tabIndex={-1} class="wizard-heading">
				Set up device
			</h3>
			<ol class="setup-steps">
				<li>
					<h4>Install a compatible application</h4>
					<p>
						Use an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator), or the
						practice authenticator beside this console.
					</p>
				</li>
				<li>
					<h4>Open your authenticator app, then add this device</h4>
					<p>
						Choose <strong>Show QR code</strong> and scan it with the app. If you cannot scan, choose{' '}
						<strong>Show secret key</strong> and type the key into the app.
					</p>
					<div class="setup-reveal">
						<Button aria-expanded={shown === 'qr'} onClick={() => setShown(shown === 'qr' ? null : 'qr')}>
							Show QR code
						</Button>
						<Button aria-expanded={shown === 'secret'} onClick={() => setShown(shown === 'secret' ? null : 'secret')}>
							Show secret key
						</Button>
					</div>
					{shown === 'qr' && <QrCode uri={device.uri} deviceName={device.deviceName} />}
					{shown === 'secret' && <SecretKey secret={device.secret} />}
					<p class="setup-note">
						This QR code and secret key belong to this account only. Keep a safe backup of them, or register a second
						device, so a lost phone does not lock you out.
					</p>
				</li>
				<li>
					<h4>Type two consecutive MFA codes</h4>
					<Alert type="warning" title="Submit right away">
						<p>
							Choose <strong>Add MFA</strong> as soon as you have typed both codes. If you wait too long, the device is
							still assigned but falls out of sync, and you would have to resync it before it works.
						</p>
					</Alert>
					<MfaCodeFields
						pair={codes}
						idPrefix="mfa-code"
						hints={[
							'The six-digit code the app shows now.',
							'Wait until the code changes (up to 30 seconds), then type the new code.',
						]}
						attempt={attempt}
					/>
				</li>
			</ol>
			{failure && <CallErrorAlert error={failure} focusKey={attempt} />}
			<div class="wizard-actions">
				{!props.required && <Button onClick={props.onCancel}>Cancel</Button>}
				<Button onClick={props.onBack}>Previous</Button>
				<Button type="submit" variant="primary">
					Add MFA
				</Button>
			</div>
		</form>
	);
}
