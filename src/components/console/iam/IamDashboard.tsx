import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { formatAccountId } from '../shell/identity';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Modal';
import { AccountAliasDialog } from './AccountAliasDialog';
import { IamLayout, RouteLink } from './IamLayout';
import { signInUrl } from './sign-in-url';

/** The IAM dashboard: security recommendations, the account ID, alias and IAM sign-in URL. */
export function IamDashboard() {
	const { state, call, navigate, announce } = useConsole();
	const [aliasOpen, setAliasOpen] = useState(false);
	const [deleteOpen, setDeleteOpen] = useState(false);
	const [error, setError] = useState<SimError | null>(null);
	const alias = state.account.alias;
	const rootHasMfa = state.root.mfaSerials.length > 0;
	const rootActiveKeys = state.root.accessKeys.filter((key) => key.Status === 'Active').length;
	const url = signInUrl(state);
	const isRoot = state.session?.principal.type === 'Root';

	const deleteAlias = () => {
		setDeleteOpen(false);
		if (!alias) return;
		const response = call({ op: 'DeleteAccountAlias', input: { AccountAlias: alias } });
		if (response.ok) {
			setError(null);
			announce(`Account alias ${alias} deleted.`);
		} else setError(response.error);
	};

	return (
		<IamLayout title="IAM Dashboard" titleId="iam-dashboard-title" current="dashboard">
			{error && <CallErrorAlert error={error} />}
			<section class="c-panel" aria-labelledby="recs-title">
				<h3 id="recs-title">Security recommendations</h3>
				<ul class="c-recs">
					<li>
						{rootHasMfa ? (
							<span class="c-badge c-badge--ok">Done</span>
						) : (
							<span class="c-badge c-badge--warn">Action needed</span>
						)}
						<span>{rootHasMfa ? 'Root user has MFA' : 'Add MFA for root user'}</span>
						{!rootHasMfa && isRoot && <Button onClick={() => navigate({ screen: 'assign-mfa' })}>Add MFA</Button>}
					</li>
					<li>
						{rootActiveKeys === 0 ? (
							<span class="c-badge c-badge--ok">Done</span>
						) : (
							<span class="c-badge c-badge--warn">Action needed</span>
						)}
						<span>
							{rootActiveKeys === 0
								? 'Root user has no active access keys'
								: `Root user has ${rootActiveKeys} active access key${rootActiveKeys === 1 ? '' : 's'}: delete them`}
						</span>
					</li>
				</ul>
			</section>

			<section class="c-panel" aria-labelledby="account-title">
				<h3 id="account-title">AWS Account</h3>
				<dl class="c-kv">
					<dt>Account ID</dt>
					<dd class="c-mono">{formatAccountId(state.account.accountId)}</dd>
					<dt>Account Alias</dt>
					<dd>
						{alias ?? 'None'}
						<div class="c-toolbar">
							{alias ? (
								<>
									<Button onClick={() => setAliasOpen(true)}>Edit</Button>
									<Button variant="danger" onClick={() => setDeleteOpen(true)}>
										Delete
									</Button>
								</>
							) : (
								<Button onClick={() => setAliasOpen(true)}>Create</Button>
							)}
						</div>
					</dd>
					<dt>Sign-in URL for IAM users in this account</dt>
					<dd>
						<a
							class="c-mono"
							href={url}
							aria-describedby="sign-in-url-note"
							onClick={(event) => {
								event.preventDefault();
								call({ op: 'ConsoleLogout', input: {} });
								announce('You signed out. The IAM user sign-in page is open.');
								navigate({ screen: 'sign-in', mode: 'iam-user', account: alias ?? state.account.accountId });
							}}
						>
							{url}
						</a>
						<p id="sign-in-url-note" class="c-field__hint">
							Following this link signs you out of the practice console and opens the IAM user sign-in page with the
							account filled in.
						</p>
					</dd>
				</dl>
			</section>

			<section class="c-panel" aria-labelledby="resources-title">
				<h3 id="resources-title">IAM resources</h3>
				<dl class="c-kv">
					<dt>
						<RouteLink route={{ screen: 'iam-users' }}>Users</RouteLink>
					</dt>
					<dd>{Object.keys(state.iam.users).length}</dd>
					<dt>User groups</dt>
					<dd>{Object.keys(state.iam.groups).length}</dd>
				</dl>
			</section>

			{aliasOpen && <AccountAliasDialog open current={alias} onClose={() => setAliasOpen(false)} />}
			<ConfirmDialog
				open={deleteOpen}
				title="Delete account alias?"
				confirmLabel="Delete"
				danger
				onConfirm={deleteAlias}
				onCancel={() => setDeleteOpen(false)}
			>
				<p>
					The sign-in URL <span class="c-mono">https://{alias}.signin.aws.amazon.com/console</span> will stop working.
					IAM users then sign in with the account ID.
				</p>
			</ConfirmDialog>
		</IamLayout>
	);
}
