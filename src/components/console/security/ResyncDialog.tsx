import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { type MfaTarget, userNameInput, validateMfaCode } from './mfa-target';

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
	const [code1, setCode1] = useState('');
	const [code2, setCode2] = useState('');
	const [errors, setErrors] = useState<{ code1?: string | null; code2?: string | null }>({});
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);

	function close() {
		setCode1('');
		setCode2('');
		setErrors({});
		setFailure(null);
		props.onClose();
	}

	function submit(event: Event) {
		event.preventDefault();
		const next = { code1: validateMfaCode(code1, 'MFA code 1'), code2: validateMfaCode(code2, 'MFA code 2') };
		setErrors(next);
		setFailure(null);
		if (next.code1 ?? next.code2) {
			document.getElementById(next.code1 ? 'resync-code-1' : 'resync-code-2')?.focus();
			return;
		}
		const response = call({
			op: 'ResyncMFADevice',
			input: { ...userNameInput(props.target), SerialNumber: props.serialNumber, AuthenticationCode1: code1, AuthenticationCode2: code2 },
		});
		if (response.ok) {
			announce(`MFA device ${props.deviceName} resynchronized.`);
			setCode1('');
			setCode2('');
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
				<Field label="MFA code 1" error={errors.code1} id="resync-code-1">
					{(control) => (
						<input
							{...control}
							class="mfa-code"
							value={code1}
							inputMode="numeric"
							autocomplete="one-time-code"
							maxLength={6}
							onInput={(e) => setCode1(e.currentTarget.value.replace(/\s/g, ''))}
						/>
					)}
				</Field>
				<Field label="MFA code 2" error={errors.code2} id="resync-code-2">
					{(control) => (
						<input
							{...control}
							class="mfa-code"
							value={code2}
							inputMode="numeric"
							autocomplete="one-time-code"
							maxLength={6}
							onInput={(e) => setCode2(e.currentTarget.value.replace(/\s/g, ''))}
						/>
					)}
				</Field>
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
