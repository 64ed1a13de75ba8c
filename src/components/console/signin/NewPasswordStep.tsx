import { useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { focusFirstFieldWithError } from '../ui/focus';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { StepForm, useStepFailure } from './StepForm';
import { useSignInResult } from './use-sign-in-result';

const ERROR_ID = 'new-password-error';
type FieldName = 'oldPassword' | 'newPassword' | 'retypePassword';

/**
 * The page an IAM user sees after signing in with a password that must be changed (the
 * "Users must create a new password at next sign-in" option).
 */
// SIMPLIFIED: AWS does not document this page's labels; it uses the commonly reported
// "Old password", "New password", "Retype new password" and "Confirm password change".
export function NewPasswordStep() {
	const { state, call, whenReady, navigate } = useConsole();
	const finish = useSignInResult();
	const [values, setValues] = useState<Record<FieldName, string>>({
		oldPassword: '',
		newPassword: '',
		retypePassword: '',
	});
	const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
	const { failure, report } = useStepFailure();
	const principal = state.pendingSignIn?.principal;
	const userName = principal?.type === 'IAMUser' ? principal.userName : '';

	const set = (name: FieldName) => (event: Event) =>
		setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value });

	const onSubmit = (event: Event) => {
		event.preventDefault();
		const errors: Partial<Record<FieldName, string>> = {};
		if (!values.oldPassword) errors.oldPassword = 'Enter the password you just signed in with.';
		if (!values.newPassword) errors.newPassword = 'Enter a new password.';
		if (values.retypePassword !== values.newPassword)
			errors.retypePassword = 'The passwords do not match. Type the new password again.';
		setFieldErrors(errors);
		if (
			focusFirstFieldWithError(
				event.currentTarget as HTMLFormElement,
				['oldPassword', 'newPassword', 'retypePassword'],
				errors,
			)
		)
			return;
		whenReady(() => {
			const error = finish(
				call({
					op: 'ChangeExpiredPassword',
					input: { OldPassword: values.oldPassword, NewPassword: values.newPassword },
				}),
			);
			if (error) report(error);
		});
	};

	const input = (name: FieldName, autocomplete: string) => (control: object) => (
		<input
			{...control}
			name={name}
			type="password"
			autocomplete={autocomplete}
			value={values[name]}
			onInput={set(name)}
		/>
	);

	return (
		<section class="c-screen c-signin" aria-labelledby="new-password-title">
			<div class="c-signin__card">
				<ScreenHeading id="new-password-title">Change password</ScreenHeading>
				<p>
					You must change the password of <strong>{userName}</strong> before you continue. Your administrator chose this
					when creating the user.
				</p>
				<StepForm
					label="Change password"
					errorId={ERROR_ID}
					title="Password not changed"
					failure={failure}
					onSubmit={onSubmit}
				>
					<Field label="Old password" error={fieldErrors.oldPassword}>
						{input('oldPassword', 'current-password')}
					</Field>
					<Field
						label="New password"
						error={fieldErrors.newPassword}
						hint="At least 8 characters, with at least three of: uppercase letters, lowercase letters, numbers and symbols."
					>
						{input('newPassword', 'new-password')}
					</Field>
					<Field label="Retype new password" error={fieldErrors.retypePassword}>
						{input('retypePassword', 'new-password')}
					</Field>
					<div class="c-toolbar">
						<Button type="submit" variant="primary">
							Confirm password change
						</Button>
						<Button
							onClick={() =>
								whenReady(() => {
									call({ op: 'CancelSignIn', input: {} });
									navigate({ screen: 'sign-in', mode: 'iam-user' });
								})
							}
						>
							Cancel
						</Button>
					</div>
				</StepForm>
			</div>
		</section>
	);
}
