import { useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Choice, Fieldset } from '../ui/Field';
import { IamUserSignIn } from './IamUserSignIn';
import { lazyScreen } from '../shell/lazy-screen';
import { RootSignIn } from './RootSignIn';
import './signin.css';

// The steps after the password download when a sign-in reaches them: the MFA code, the forced new
// password, and the prompt that asks a root user without MFA to register it. Many sign-ins need none.
const MfaStep = lazyScreen(() => import('./MfaStep').then((m) => m.MfaStep));
const NewPasswordStep = lazyScreen(() => import('./NewPasswordStep').then((m) => m.NewPasswordStep));
const MfaRegistrationPrompt = lazyScreen(() => import('./MfaRegistrationPrompt').then((m) => m.MfaRegistrationPrompt));

export interface SignInScreenProps {
	mode?: 'root' | 'iam-user' | undefined;
	/** Account ID or alias, prefilled when the learner follows an account's sign-in URL. */
	account?: string | undefined;
}

/**
 * The sign-in page. A sign-in that passed the password step and waits for an MFA code, a new
 * password or the root user's answer to the prompt to register MFA (state.pendingSignIn) shows
 * that step instead of the form.
 */
export function SignInScreen({ mode, account }: SignInScreenProps) {
	const { state } = useConsole();
	const [choice, setChoice] = useState<'root' | 'iam-user'>(mode ?? 'root');
	const pending = state.pendingSignIn;
	if (pending?.step === 'mfa') return <MfaStep />;
	if (pending?.step === 'passwordReset') return <NewPasswordStep />;
	if (pending?.step === 'mfaRegistration') return <MfaRegistrationPrompt />;

	return (
		<section class="c-screen c-signin" aria-labelledby="sign-in-title">
			<div class="c-signin__card">
				<ScreenHeading id="sign-in-title">Sign in</ScreenHeading>
				{choice === 'root' || !account ? (
					<Fieldset legend="Sign in as">
						<Choice
							type="radio"
							name="sign-in-type"
							label="Root user"
							hint="Account owner that performs tasks requiring unrestricted access."
							checked={choice === 'root'}
							onChange={() => setChoice('root')}
						/>
						<Choice
							type="radio"
							name="sign-in-type"
							label="IAM user"
							hint="User within an account that performs daily tasks."
							checked={choice === 'iam-user'}
							onChange={() => setChoice('iam-user')}
						/>
					</Fieldset>
				) : null}
				{choice === 'root' ? (
					<RootSignIn />
				) : (
					<IamUserSignIn initialAccount={account ?? ''} onUseRoot={() => setChoice('root')} />
				)}
			</div>
		</section>
	);
}
