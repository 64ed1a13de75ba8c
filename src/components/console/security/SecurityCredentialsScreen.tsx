import { useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Tabs } from '../ui/Tabs';
import { FlashAlert } from '../ui/FlashAlert';
import { RootAccessKeys, UserAccessKeys } from './AccessKeysSection';
import { MfaSection } from './MfaSection';
import { resolveMfaTarget } from './mfa-target';
import { AccountDetails, ConsoleSignIn } from './SignInDetails';
import './security.css';

/**
 * Security credentials. Without a user name: the signed-in identity's own page (**My security
 * credentials** for the root user; the **AWS IAM credentials** tab for an IAM user). With a user
 * name: the content of that IAM user's **Security credentials** tab.
 */
export function SecurityCredentialsScreen(props: { userName?: string }) {
	const { state } = useConsole();
	const target = resolveMfaTarget(state, props.userName);
	const [tab, setTab] = useState<'iam' | 'codecommit'>('iam');
	const embedded = props.userName !== undefined;

	const content = (
		<>
			<FlashAlert target="security-credentials" />
			{target.kind === 'user' && <ConsoleSignIn state={state} userName={target.userName} />}
			<MfaSection target={target} userNameProp={props.userName} />
			{target.kind === 'root' ? (
				<RootAccessKeys state={state} />
			) : (
				<UserAccessKeys state={state} userName={target.userName} />
			)}
		</>
	);

	if (embedded) return <div class="sec-page sec-page--embedded">{content}</div>;
	if (target.kind === 'root') {
		return (
			<div class="sec-page">
				<ScreenHeading>My security credentials</ScreenHeading>
				<p class="sec-lead">
					The root user's password, MFA devices and access keys. The root user can do anything in the account, so
					protect it well and use it rarely.
				</p>
				<AccountDetails state={state} />
				{content}
			</div>
		);
	}
	return (
		<div class="sec-page">
			<ScreenHeading>My security credentials</ScreenHeading>
			<Tabs
				label="Credential types"
				selected={tab}
				onSelect={setTab}
				tabs={[
					{ id: 'iam', label: 'AWS IAM credentials', content: () => content },
					{
						id: 'codecommit',
						label: 'AWS CodeCommit credentials',
						content: () => <p>CodeCommit Git credentials are not part of this practice console.</p>,
					},
				]}
			/>
		</div>
	);
}
