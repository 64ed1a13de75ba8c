import { selectSignInUrls, selectUser, type SimState } from '@/simulator';
import { formatDateTime } from '../format';

/** The root user's **Account details**: the email it signs in with, the account ID, the password's age. */
export function AccountDetails(props: { state: SimState }) {
	const { state } = props;
	return (
		<section class="sec-section" aria-labelledby="sec-account">
			<h3 id="sec-account">Account details</h3>
			<dl class="sec-details">
				<dt>Email address</dt>
				<dd>{state.root.email}</dd>
				<dt>AWS account ID</dt>
				<dd class="c-mono">{state.account.accountId}</dd>
				<dt>Password last changed</dt>
				<dd>{formatDateTime(state.root.passwordLastChanged)}</dd>
			</dl>
		</section>
	);
}

/** An IAM user's **Console sign-in** details: the sign-in link, the password, the last sign-in. */
export function ConsoleSignIn(props: { state: SimState; userName: string }) {
	const { state, userName } = props;
	const user = selectUser(state, userName);
	const urls = selectSignInUrls(state);
	const signInUrl = urls.aliasUrl ?? urls.accountIdUrl;
	return (
		<section class="sec-section" aria-labelledby="sec-console">
			<h3 id="sec-console">Console sign-in</h3>
			<dl class="sec-details">
				<dt>Console sign-in link</dt>
				<dd class="c-mono">{signInUrl}</dd>
				<dt>Console password</dt>
				<dd>
					{user?.loginProfile
						? `Enabled, last changed ${formatDateTime(user.loginProfile.passwordLastChanged)}`
						: 'Not enabled'}
				</dd>
				{user?.loginProfile?.PasswordResetRequired && (
					<>
						<dt>Password reset</dt>
						<dd>Must be changed at the next sign-in</dd>
					</>
				)}
				<dt>Last console sign-in</dt>
				<dd>{user?.lastSignIn ? formatDateTime(user.lastSignIn) : 'Never'}</dd>
			</dl>
		</section>
	);
}
