import { useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
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
	const [failure, setFailure] = useState<{ error: SimError; attempt: number } | null>(null);
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
				setFailure({ error, attempt: (failure?.attempt ?? 0) + 1 });
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
		<form
			onSubmit={onSignIn}
			noValidate
			aria-label="Root user sign-in"
			aria-describedby={failure ? ERROR_ID : undefined}
		>
			{failure && (
				<ErrorAlert
					id={ERROR_ID}
					title="Authentication failed"
					message={failure.error.message}
					focusKey={failure.attempt}
				/>
			)}
			<p>
				Email: <strong>{email}</strong>{' '}
				<Button
					variant="link"
					onClick={() => {
						setStep('email');
						setFailure(null);
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
		</form>
	);
}
