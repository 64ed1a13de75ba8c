import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { Modal } from '../ui/Modal';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { MfaCodeFields, useMfaCodePair } from './MfaCodeFields';
import { type MfaTarget, userNameInput } from './mfa-target';

/** **Resync**: two consecutive codes bring a device whose clock drifted back in step. */
export function ResyncDialog(props: {
	open: boolean;
	target: MfaTarget;
	serialNumber: string;
	deviceName: string;
	onClose: () => void;
	onDone: () => void;
}) {
	const { call, announce } = useConsole();
	const codes = useMfaCodePair();
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);

	function close() {
		codes.clear();
		setFailure(null);
		props.onClose();
	}

	function submit(event: Event) {
		event.preventDefault();
		const valid = codes.validate();
		setFailure(null);
		if (!valid) return;
		const response = call({
			op: 'ResyncMFADevice',
			input: {
				...userNameInput(props.target),
				SerialNumber: props.serialNumber,
				AuthenticationCode1: codes.codes[0],
				AuthenticationCode2: codes.codes[1],
			},
		});
		if (response.ok) {
			announce(`MFA device ${props.deviceName} resynchronized.`);
			codes.clear();
			props.onDone();
		} else {
			setAttempt((n) => n + 1);
			setFailure(response.error);
		}
	}

	return (
		<Modal open={props.open} title={`Resync ${props.deviceName}`} onClose={close}>
			<form onSubmit={submit} noValidate>
				<p>Type two consecutive codes from the device: the one it shows now, then the next one after it changes.</p>
				<MfaCodeFields pair={codes} idPrefix="resync-code" attempt={attempt} />
				{failure && <CallErrorAlert error={failure} focusKey={attempt} />}
				<div class="wizard-actions">
					<Button onClick={close}>Cancel</Button>
					<Button type="submit" variant="primary">
						Resync
					</Button>
				</div>
			</form>
		</Modal>
	);
}
