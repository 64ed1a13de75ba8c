import { useRef, useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { StepForm, useStepFailure } from './StepForm';
import { useSignInResult } from './use-sign-in-result';

const ERROR_ID = 'root-sign-in-error';

/** Root sign-in in two steps, as AWS does it: the email address, then the password. */
export function RootSignIn() {
	const { call, whenReady } = useConsole();
	const finish = useSignInResult();
	const [step, setStep] = useState<'email' | 'password'>('email');
	const [email, setEmail] = useState('');
	const [password, setPassword] = useState('');
	const [fieldError, setFieldError] = useState<string | null>(null);
	const { failure, report, clear } = useStepFailure();
	const passwordRef = useRef<HTMLInputElement>(null);
	const emailRef = useRef<HTMLInputElement>(null);

	const onNext = (event: Event) => {
		event.preventDefault();
		if (!email.trim()) {
			setFieldError('Enter your root user email address.');
			emailRef.current?.focus();
			return;
		}
		setFieldError(null);
		setStep('password');
		// The password field replaces the email field; put the cursor in it.
		setTimeout(() => passwordRef.current?.focus(), 0);
	};

	const onSignIn = (event: Event) => {
		event.preventDefault();
		if (!password) {
			setFieldError('Enter your password.');
			passwordRef.current?.focus();
			return;
		}
		setFieldError(null);
		whenReady(() => {
			const error = finish(
				call({ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: email.trim(), Password: password } }),
			);
			if (error) {
				setPassword('');
				report(error);
			}
		});
	};

	if (step === 'email') {
		return (
			<form onSubmit={onNext} noValidate aria-label="Root user sign-in">
				<Field label="Root user email address" error={fieldError}>
					{(control) => (
						<input
							{...control}
							ref={emailRef}
							type="email"
							autocomplete="off"
							spellcheck={false}
							value={email}
							onInput={(event) => setEmail(event.currentTarget.value)}
						/>
					)}
				</Field>
				<Button type="submit" variant="primary">
					Next
				</Button>
			</form>
		);
	}

	return (
		<StepForm
			label="Root user sign-in"
			errorId={ERROR_ID}
			title="Authentication failed"
			failure={failure}
			onSubmit={onSignIn}
		>
			<p>
				Email: <strong>{email}</strong>{' '}
				<Button
					variant="link"
					onClick={() => {
						setStep('email');
						clear();
						setPassword('');
					}}
				>
					Use a different email
				</Button>
			</p>
			<Field label="Password" error={fieldError}>
				{(control) => (
					<input
						{...control}
						ref={passwordRef}
						type="password"
						autocomplete="off"
						value={password}
						onInput={(event) => setPassword(event.currentTarget.value)}
					/>
				)}
			</Field>
			<Button type="submit" variant="primary">
				Sign in
			</Button>
		</StepForm>
	);
}
