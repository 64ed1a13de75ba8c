import { useEffect, useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../../console-context';
import { Alert, ErrorAlert } from '../../ui/Alert';
import { CallErrorAlert } from '../../ui/ApiErrorAlert';
import { Button } from '../../ui/Button';
import { type MfaTarget, userNameInput } from '../mfa-target';
import { callWithWebAuthn, CHECKS_NOT_LOADED } from './fido-call';
import {
	type Authenticator,
	browserSupportsPasskeys,
	ceremonyMessage,
	createCredential,
	loadWebAuthnContext,
} from './webauthn-client';

type Failure = { readonly message: string } | { readonly error: SimError };

/**
 * The wizard's **Set up device** step for **Passkey or security key**. Before the browser's own
 * dialog opens, it says what will be created (a passkey for this practice site only, where it is
 * kept, how to delete it); then the browser (or the practice security key) creates the credential
 * and the model checks it.
 */
// SIMPLIFIED: on AWS, Next opens the browser's dialog at once; here a step explains it first.
export function SetUpPasskey(props: {
	deviceName: string;
	target: MfaTarget;
	headingRef: preact.RefObject<HTMLHeadingElement>;
	onBack: () => void;
	onCancel: () => void;
	/** The root user must register MFA: no Cancel, only Previous. */
	required: boolean;
	onAssigned: (backupEligible: boolean) => void;
}) {
	const { perform } = useConsole();
	const [waiting, setWaiting] = useState<Authenticator | null>(null);
	const [failure, setFailure] = useState<Failure | null>(null);
	const [attempt, setAttempt] = useState(0);
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);
	const host = location.hostname;
	const supported = browserSupportsPasskeys();

	function fail(next: Failure) {
		if (!mounted.current) return;
		setFailure(next);
		setAttempt((n) => n + 1);
	}

	async function register(via: Authenticator) {
		setFailure(null);
		setWaiting(via);
		try {
			const webAuthn = await loadWebAuthnContext();
			const input = userNameInput(props.target);
			const started = callWithWebAuthn(perform, webAuthn, {
				op: 'StartFIDORegistration',
				input: { ...input, DeviceName: props.deviceName },
			});
			if (!started.ok) return fail({ error: started.error });
			const answer = await createCredential(via, started.output.CreationOptions);
			if (!answer.ok) return fail({ message: ceremonyMessage(answer.failure, 'create') });
			const completed = callWithWebAuthn(perform, webAuthn, {
				op: 'CompleteFIDORegistration',
				input: { ...input, ...answer.value },
			});
			if (!completed.ok) return fail({ error: completed.error });
			props.onAssigned(completed.output.BackupEligible);
		} catch {
			fail({ message: CHECKS_NOT_LOADED });
		} finally {
			if (mounted.current) setWaiting(null);
		}
	}

	return (
		<div>
			<h3 id="mfa-step-2" ref={props.headingRef} tabIndex={-1} class="wizard-heading">
				Set up device
			</h3>
			<p>
				Device name: <strong>{props.deviceName}</strong>.
			</p>
			<Alert type="info" title="What your browser is about to create">
				<ul class="passkey-facts">
					<li>
						A real passkey for this practice site, <span class="c-mono">{host}</span>, and for nothing else. It can
						never sign in to AWS or any other site.
					</li>
					<li>
						Kept by your device or password manager (for example iCloud Keychain, Google Password Manager, or your phone
						when you scan a QR code), or by a security key you plug in or tap.
					</li>
					<li>
						To delete it afterwards: remove this MFA device here, then delete the passkey for{' '}
						<span class="c-mono">{host}</span> in your password manager or your device’s passkey settings (for a
						security key, in its manager app).
					</li>
				</ul>
				<p>
					Rather not create one? The <strong>practice security key</strong> beside the console works the same way and
					lives only in this browser.
				</p>
			</Alert>
			<div class="setup-reveal">
				<Button variant="primary" disabled={waiting !== null || !supported} onClick={() => void register('browser')}>
					Use a passkey or security key
				</Button>
				<Button disabled={waiting !== null} onClick={() => void register('practice-key')}>
					Use the practice security key
				</Button>
			</div>
			{!supported && <p class="setup-note">This browser does not support passkeys: use the practice security key.</p>}
			<p role="status" class="setup-note">
				{waiting === 'browser' && 'Waiting for your passkey or security key. Follow your browser’s instructions.'}
				{waiting === 'practice-key' &&
					'Waiting for the practice security key: touch it in the Practice security key panel.'}
			</p>
			{failure &&
				('error' in failure ? (
					<CallErrorAlert error={failure.error} focusKey={attempt} />
				) : (
					<ErrorAlert title="No passkey was registered" message={failure.message} focusKey={attempt} />
				))}
			<div class="wizard-actions">
				{!props.required && <Button onClick={props.onCancel}>Cancel</Button>}
				<Button onClick={props.onBack}>Previous</Button>
			</div>
		</div>
	);
}
