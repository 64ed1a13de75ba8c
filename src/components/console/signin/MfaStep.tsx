import { useRef, useState } from 'preact/hooks';
import { selectSignInMfaOptions } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { PasskeySignIn } from './PasskeySignIn';
import { SignInResync } from './SignInResync';
import { StepForm, useStepFailure } from './StepForm';
import { useSignInResult } from './use-sign-in-result';

const ERROR_ID = 'mfa-sign-in-error';

/**
 * The second sign-in page when the identity has an MFA device: a passkey or security key, or one
 * code from the authenticator. A device out of sync can be resynchronized from here, without
 * signing in first.
 */
// SIMPLIFIED: AWS's exact heading and button text on this page are not documented; the page uses
// "Multi-factor authentication", the documented "MFA code" label and a "Submit" button.
export function MfaStep() {
	const { state, call, whenReady, navigate } = useConsole();
	// AWS lets a user with several kinds of device choose which one to use.
	const options = selectSignInMfaOptions(state);
	const finish = useSignInResult();
	const [code, setCode] = useState('');
	const [fieldError, setFieldError] = useState<string | null>(null);
	const { failure, report, clear } = useStepFailure();
	const codeRef = useRef<HTMLInputElement>(null);

	const onSubmit = (event: Event) => {
		event.preventDefault();
		const trimmed = code.replace(/\s+/g, '');
		if (!/^\d{6}$/.test(trimmed)) {
			setFieldError('Enter the 6-digit code shown in your authenticator app.');
			(event.currentTarget as HTMLFormElement).querySelector('input')?.focus();
			return;
		}
		setFieldError(null);
		whenReady(() => {
			const error = finish(call({ op: 'ConsoleLoginMFA', input: { AuthenticationCode: trimmed } }));
			if (error) {
				setCode('');
				report(error);
			}
		});
	};

	const cancel = () =>
		whenReady(() => {
			call({ op: 'CancelSignIn', input: {} });
			navigate({ screen: 'sign-in' });
		});

	return (
		<section class="c-screen c-signin" aria-labelledby="mfa-title">
			<div class="c-signin__card">
				<ScreenHeading id="mfa-title">Multi-factor authentication</ScreenHeading>
				<p>
					Your account is protected with multi-factor authentication (MFA).{' '}
					{options.fido && options.code
						? 'Use your passkey or security key, or enter the code your authenticator app shows now.'
						: options.fido
							? 'Use your passkey or security key.'
							: 'Open your authenticator app and enter the code it shows now.'}
				</p>
				{options.fido && <PasskeySignIn />}
				{options.fido && !options.code && (
					<div class="c-toolbar">
						<Button onClick={cancel}>Cancel</Button>
					</div>
				)}
				{options.code && (
					<StepForm
						label="MFA code"
						errorId={ERROR_ID}
						title="Authentication failed"
						failure={failure}
						onSubmit={onSubmit}
					>
						<Field label="MFA code" error={fieldError} hint="6 digits. A new code appears every 30 seconds.">
							{(control) => (
								<input
									{...control}
									ref={codeRef}
									type="text"
									inputMode="numeric"
									autocomplete="one-time-code"
									maxLength={6}
									value={code}
									onInput={(event) => setCode(event.currentTarget.value)}
								/>
							)}
						</Field>
						<div class="c-toolbar">
							<Button type="submit" variant="primary">
								Submit
							</Button>
							<Button onClick={cancel}>Cancel</Button>
						</div>
					</StepForm>
				)}
				{options.code && (
					<SignInResync
						onResynced={() => {
							clear();
							codeRef.current?.focus();
						}}
					/>
				)}
			</div>
		</section>
	);
}
