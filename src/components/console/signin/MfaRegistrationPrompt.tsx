import { useState } from 'preact/hooks';
import { MFA_REGISTRATION_GRACE_DAYS, selectMfaRegistrationPrompt, type SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert, ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';

const ERROR_ID = 'mfa-prompt-error';

/** "1 day" or "12 days". */
function daysText(days: number): string {
	return days === 1 ? '1 day' : `${days} days`;
}

/**
 * The page a root user without MFA sees after the password (AWS has asked since 2024): register
 * an MFA device now, or skip for up to 35 days counted from the first time the page appeared.
 * After that there is no skip: signing in leads to **Assign MFA device** and nothing else.
 */
// SIMPLIFIED: AWS does not document this page's wording; the heading, the "Register MFA device"
// and "Skip for now (N days left)" buttons are our choice (listed in docs/simulator-coverage.md).
export function MfaRegistrationPrompt() {
	const { state, call, whenReady, navigate, announce } = useConsole();
	const [failure, setFailure] = useState<{ error: SimError; attempt: number } | null>(null);
	const { daysLeft, canSkip } = selectMfaRegistrationPrompt(state);

	const fail = (error: SimError) => setFailure({ error, attempt: (failure?.attempt ?? 0) + 1 });

	const register = () =>
		whenReady(() => {
			const response = call({ op: 'StartMFARegistration', input: {} });
			if (!response.ok) {
				fail(response.error);
				return;
			}
			announce('Signed in. Assign an MFA device to the root user.');
			navigate({ screen: 'assign-mfa' });
		});

	const skip = () =>
		whenReady(() => {
			const response = call({ op: 'SkipMFARegistration', input: {} });
			if (!response.ok) {
				fail(response.error);
				return;
			}
			announce('Signed in without MFA.');
			navigate({ screen: 'console-home' });
		});

	const cancel = () =>
		whenReady(() => {
			call({ op: 'CancelSignIn', input: {} });
			navigate({ screen: 'sign-in' });
		});

	return (
		<section class="c-screen c-signin" aria-labelledby="mfa-prompt-title">
			<div class="c-signin__card">
				<ScreenHeading id="mfa-prompt-title">Register MFA for the root user</ScreenHeading>
				{failure && (
					<ErrorAlert
						id={ERROR_ID}
						title="Could not continue"
						message={failure.error.message}
						focusKey={failure.attempt}
					/>
				)}
				<p>
					Your password was correct. The root user can do anything in this account, so AWS asks it to add multi-factor
					authentication (MFA): after the password, a code from a device only you hold.
				</p>
				{canSkip ? (
					<p>
						You can skip this for now, for up to {MFA_REGISTRATION_GRACE_DAYS} days from the first time you saw this
						page. You have <strong>{daysText(daysLeft)}</strong> left; after that, signing in requires registering a
						device first.
					</p>
				) : (
					<Alert type="warning" title="Registering MFA is now required">
						<p>
							The {MFA_REGISTRATION_GRACE_DAYS} days to skip this have passed. Register an MFA device to sign in: until
							you do, the console offers nothing else.
						</p>
					</Alert>
				)}
				<div class="c-toolbar">
					<Button variant="primary" onClick={register}>
						Register MFA device
					</Button>
					{canSkip && <Button onClick={skip}>Skip for now ({daysText(daysLeft)} left)</Button>}
					<Button variant="link" onClick={cancel}>
						Cancel
					</Button>
				</div>
			</div>
		</section>
	);
}
