import { useEffect, useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { callWithWebAuthn, CHECKS_NOT_LOADED } from '../security/fido/fido-call';
import {
	type Authenticator,
	browserSupportsPasskeys,
	ceremonyMessage,
	getAssertion,
	loadWebAuthnContext,
} from '../security/fido/webauthn-client';
import { useSignInResult } from './use-sign-in-result';

const ERROR_ID = 'passkey-sign-in-error';

/**
 * The MFA step's **Passkey or security key**: the model issues a challenge, the browser (or the
 * practice security key) signs it, and the model checks the signature before signing in.
 */
export function PasskeySignIn() {
	const { perform, whenReady } = useConsole();
	const finish = useSignInResult();
	const [waiting, setWaiting] = useState<Authenticator | null>(null);
	const [failure, setFailure] = useState<{ title: string; message: string; attempt: number } | null>(null);
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);

	function fail(title: string, message: string) {
		if (mounted.current) setFailure((previous) => ({ title, message, attempt: (previous?.attempt ?? 0) + 1 }));
	}

	function refused(error: SimError) {
		fail('Authentication failed', error.message);
	}

	async function signIn(via: Authenticator) {
		setFailure(null);
		setWaiting(via);
		try {
			const [webAuthn] = await Promise.all([loadWebAuthnContext(), new Promise<void>((resolve) => whenReady(resolve))]);
			const started = callWithWebAuthn(perform, webAuthn, { op: 'StartFIDOSignIn', input: {} });
			if (!started.ok) return refused(started.error);
			const answer = await getAssertion(via, started.output.RequestOptions);
			if (!answer.ok) return fail('Not signed in', ceremonyMessage(answer.failure, 'get'));
			const error = finish(callWithWebAuthn(perform, webAuthn, { op: 'ConsoleLoginFIDO', input: answer.value }));
			if (error) refused(error);
		} catch {
			fail('Not signed in', CHECKS_NOT_LOADED);
		} finally {
			if (mounted.current) setWaiting(null);
		}
	}

	return (
		<section
			class="c-signin__passkey"
			aria-labelledby="passkey-sign-in"
			aria-describedby={failure ? ERROR_ID : undefined}
		>
			<h3 id="passkey-sign-in" class="c-signin__subheading">
				Passkey or security key
			</h3>
			{failure && (
				<ErrorAlert id={ERROR_ID} title={failure.title} message={failure.message} focusKey={failure.attempt} />
			)}
			<div class="c-toolbar">
				<Button
					variant="primary"
					disabled={waiting !== null || !browserSupportsPasskeys()}
					onClick={() => void signIn('browser')}
				>
					Use a passkey or security key
				</Button>
				<Button disabled={waiting !== null} onClick={() => void signIn('practice-key')}>
					Use the practice security key
				</Button>
			</div>
			<p role="status" class="c-signin__note">
				{waiting === 'browser' && 'Waiting for your passkey or security key. Follow your browser’s instructions.'}
				{waiting === 'practice-key' &&
					'Waiting for the practice security key: touch it in the Practice security key panel.'}
			</p>
		</section>
	);
}
