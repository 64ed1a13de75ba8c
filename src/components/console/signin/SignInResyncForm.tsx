import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { MfaCodeFields, useMfaCodePair } from '../security/MfaCodeFields';
import { Alert, ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';

/**
 * The sign-in page's resync form: **MFA code 1** and **MFA code 2** from the device, then "Resync";
 * once done, it says to sign in with a new code. Downloaded the first time it opens, as few
 * sign-ins need it.
 */
export function SignInResyncForm({
	id,
	onClose,
	onResynced,
}: {
	id: string;
	onClose: () => void;
	onResynced: () => void;
}) {
	const { call, whenReady } = useConsole();
	const codes = useMfaCodePair();
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);
	const [done, setDone] = useState(false);

	function submit(event: Event) {
		event.preventDefault();
		setFailure(null);
		if (!codes.validate()) return;
		whenReady(() => {
			const response = call({
				op: 'ResyncMFADeviceAtSignIn',
				input: { AuthenticationCode1: codes.codes[0], AuthenticationCode2: codes.codes[1] },
			});
			if (response.ok) {
				setDone(true);
				onResynced();
				return;
			}
			setAttempt((n) => n + 1);
			if (response.error.code === 'InvalidAuthenticationCode') codes.rejectPair(response.error.message);
			else setFailure(response.error);
		});
	}

	if (done) {
		return (
			<Alert type="success" title="MFA device resynchronized" live="status">
				<p>Wait for your authenticator app to show a new code, then enter it in MFA code.</p>
			</Alert>
		);
	}

	return (
		<form id={id} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
			<h3 id={`${id}-title`}>Resync MFA device</h3>
			<p>
				Type the code your authenticator app shows now in MFA code 1. Wait for the code to change, then type the new one
				in MFA code 2.
			</p>
			<MfaCodeFields pair={codes} idPrefix={`${id}-code`} attempt={attempt} />
			{failure && <ErrorAlert title="Not resynchronized" message={failure.message} focusKey={attempt} />}
			<div class="c-toolbar">
				<Button type="submit" variant="primary">
					Resync
				</Button>
				<Button onClick={onClose}>Cancel</Button>
			</div>
		</form>
	);
}
