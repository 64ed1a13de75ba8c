import { useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { focusFirstFieldWithError } from '../ui/focus';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { StepForm, useStepFailure } from './StepForm';
import { useSignInResult } from './use-sign-in-result';

const ERROR_ID = 'iam-sign-in-error';

interface Props {
	initialAccount: string;
	onUseRoot: () => void;
}

type FieldName = 'account' | 'userName' | 'password';

/** The IAM user form: account ID or alias, user name and password on one page. */
export function IamUserSignIn({ initialAccount, onUseRoot }: Props) {
	const { call, whenReady } = useConsole();
	const finish = useSignInResult();
	const [account, setAccount] = useState(initialAccount);
	const [userName, setUserName] = useState('');
	const [password, setPassword] = useState('');
	const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
	const { failure, report } = useStepFailure();

	const onSubmit = (event: Event) => {
		event.preventDefault();
		const errors: Partial<Record<FieldName, string>> = {};
		if (!account.trim()) errors.account = 'Enter your account ID or account alias.';
		if (!userName.trim()) errors.userName = 'Enter your IAM user name.';
		if (!password) errors.password = 'Enter your password.';
		setFieldErrors(errors);
		if (focusFirstFieldWithError(event.currentTarget as HTMLFormElement, ['account', 'userName', 'password'], errors))
			return;
		whenReady(() => {
			const error = finish(
				call({
					op: 'ConsoleLogin',
					input: {
						LoginType: 'IAMUser',
						Account: account.trim().replaceAll('-', ''),
						UserName: userName.trim(),
						Password: password,
					},
				}),
			);
			if (error) {
				setPassword('');
				report(error);
			}
		});
	};

	return (
		<StepForm
			label="IAM user sign-in"
			errorId={ERROR_ID}
			title="Authentication failed"
			failure={failure}
			onSubmit={onSubmit}
		>
			<Field label="Account ID (12 digits) or account alias" error={fieldErrors.account}>
				{(control) => (
					<input
						{...control}
						name="account"
						type="text"
						autocomplete="off"
						spellcheck={false}
						value={account}
						onInput={(event) => setAccount(event.currentTarget.value)}
					/>
				)}
			</Field>
			<Field label="IAM user name" error={fieldErrors.userName}>
				{(control) => (
					<input
						{...control}
						name="userName"
						type="text"
						autocomplete="off"
						spellcheck={false}
						value={userName}
						onInput={(event) => setUserName(event.currentTarget.value)}
					/>
				)}
			</Field>
			<Field label="Password" error={fieldErrors.password}>
				{(control) => (
					<input
						{...control}
						name="password"
						type="password"
						autocomplete="off"
						value={password}
						onInput={(event) => setPassword(event.currentTarget.value)}
					/>
				)}
			</Field>
			<div class="c-toolbar">
				<Button type="submit" variant="primary">
					Sign in
				</Button>
			</div>
			<p>
				<Button variant="link" onClick={onUseRoot}>
					Sign in using root user email
				</Button>
			</p>
		</StepForm>
	);
}
