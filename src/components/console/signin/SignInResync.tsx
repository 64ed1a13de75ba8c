import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { MfaCodeFields, useMfaCodePair } from '../security/MfaCodeFields';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';

const FORM_ID = 'sign-in-resync';

/**
 * **Resync MFA device** on the sign-in page's MFA step: two consecutive codes bring a device that is
 * out of sync back in step without signing in first (AWS lets the root user resync "with or without
 * completing the sign-in process", and prompts IAM users to resync when a device is out of sync).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html
 */
// SIMPLIFIED: AWS's exact labels on this part of the sign-in page are not documented.
export function SignInResync({ onResynced }: { onResynced: () => void }) {
	const { call, whenReady } = useConsole();
	const [open, setOpen] = useState(false);
	const codes = useMfaCodePair();
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);

	function close() {
		codes.clear();
		setFailure(null);
		setOpen(false);
	}

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
				close();
				onResynced();
				return;
			}
			setAttempt((n) => n + 1);
			if (response.error.code === 'InvalidAuthenticationCode') codes.rejectPair(response.error.message);
			else setFailure(response.error);
		});
	}

	return (
		<div class="c-signin__resync">
			<p>
				Codes not accepted? Your device may be out of sync: its clock drifted, or it was set up with codes typed in too
				late.{' '}
				<Button
					variant="link"
					aria-expanded={open}
					aria-controls={FORM_ID}
					onClick={() => (open ? close() : setOpen(true))}
				>
					Resync MFA device
				</Button>
			</p>
			{open && (
				<form id={FORM_ID} onSubmit={submit} noValidate aria-labelledby={`${FORM_ID}-title`}>
					<h3 id={`${FORM_ID}-title`}>Resync MFA device</h3>
					<p>
						Type the code your authenticator app shows now in MFA code 1. Wait for the code to change, then type the new
						one in MFA code 2.
					</p>
					<MfaCodeFields pair={codes} idPrefix={`${FORM_ID}-code`} attempt={attempt} />
					{failure && <ErrorAlert title="Not resynchronized" message={failure.message} focusKey={attempt} />}
					<div class="c-toolbar">
						<Button type="submit" variant="primary">
							Resync
						</Button>
						<Button onClick={close}>Cancel</Button>
					</div>
				</form>
			)}
		</div>
	);
}
