import { useState } from 'preact/hooks';
import { findManagedPolicy, type RootUserView, type SimError, type UserView, selectUser } from '@/simulator';
import { useConsole } from '../console-context';
import { SecurityCredentialsScreen } from '../security/SecurityCredentialsScreen';
import { useRead } from '../use-read';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { Table } from '../ui/Table';
import { Tabs } from '../ui/Tabs';
import { IamLayout, RouteLink } from './IamLayout';
import { formatUtc } from './iam-times';
import { policyType } from './policy-type';

type TabId = 'permissions' | 'security-credentials';

/** A user's page: summary, then **Permissions** and **Security credentials** tabs. */
export function UserDetails({ userName, tab }: { userName: string; tab: TabId }) {
	const { state, navigate } = useConsole();
	const [selected, setSelected] = useState<TabId>(tab);
	const user = useRead({ op: 'GetUser', input: { UserName: userName } });
	const crumbs = [
		{ label: 'IAM', route: { screen: 'iam-dashboard' } as const },
		{ label: 'Users', route: { screen: 'iam-users' } as const },
		{ label: userName },
	];
	const view = user.ok ? asUserView(user.output.User) : null;
	if (!user.ok || !view) {
		return (
			<IamLayout title={userName} titleId="iam-user-title" current="users" crumbs={crumbs}>
				{!user.ok && <CallErrorAlert error={user.error} focusOnShow={false} />}
			</IamLayout>
		);
	}
	const record = selectUser(state, view.UserName);
	return (
		<IamLayout title={view.UserName} titleId="iam-user-title" current="users" crumbs={crumbs}>
			<section class="c-panel" aria-labelledby="user-summary-title">
				<h3 id="user-summary-title">Summary</h3>
				<dl class="c-kv">
					<dt>ARN</dt>
					<dd class="c-mono">{view.Arn}</dd>
					<dt>Created</dt>
					<dd>{formatUtc(view.CreateDate)}</dd>
					<dt>Console access</dt>
					<dd>
						{record?.loginProfile
							? record.loginProfile.PasswordResetRequired
								? 'Enabled (new password required at next sign-in)'
								: 'Enabled'
							: 'Disabled'}
					</dd>
					<dt>Last console sign-in</dt>
					<dd>{view.PasswordLastUsed === undefined ? 'Never' : formatUtc(view.PasswordLastUsed)}</dd>
				</dl>
			</section>
			<Tabs<TabId>
				label={`${view.UserName} details`}
				selected={selected}
				onSelect={(id) => {
					setSelected(id);
					navigate({ screen: 'iam-user', userName: view.UserName, tab: id });
				}}
				tabs={[
					{ id: 'permissions', label: 'Permissions', content: () => <PermissionsTab userName={view.UserName} /> },
					{
						id: 'security-credentials',
						label: 'Security credentials',
						content: () => <SecurityCredentialsScreen userName={view.UserName} />,
					},
				]}
			/>
		</IamLayout>
	);
}

/** GetUser with a UserName always returns an IAM user, never the root user's view. */
function asUserView(view: UserView | RootUserView): UserView | null {
	return 'UserName' in view && 'CreateDate' in view ? view : null;
}

function PermissionsTab({ userName }: { userName: string }) {
	const { call, announce } = useConsole();
	const attached = useRead({ op: 'ListAttachedUserPolicies', input: { UserName: userName } });
	const all = useRead({ op: 'ListPolicies', input: { Scope: 'All' } });
	const [error, setError] = useState<SimError | null>(null);
	const [adding, setAdding] = useState(false);
	const [choice, setChoice] = useState('');
	if (!attached.ok) return <CallErrorAlert error={attached.error} focusOnShow={false} />;
	const policies = attached.output.AttachedPolicies;
	const attachable = all.ok ? all.output.Policies.filter((p) => !policies.some((a) => a.PolicyArn === p.Arn)) : [];

	const run = (response: ReturnType<typeof call>, message: string) => {
		if (response.ok) {
			setError(null);
			announce(message);
		} else setError(response.error);
	};

	return (
		<>
			<h3>Permissions policies ({policies.length})</h3>
			<p>Permissions are defined by policies attached to the user directly or through groups.</p>
			{error && <CallErrorAlert error={error} />}
			<div class="c-toolbar">
				<Button
					variant="primary"
					onClick={() => {
						setChoice(attachable[0]?.Arn ?? '');
						setAdding(true);
					}}
				>
					Add permissions
				</Button>
			</div>
			<Table
				caption={`Policies attached to ${userName}`}
				captionHidden
				columns={[
					{
						id: 'name',
						header: 'Policy name',
						rowHeader: true,
						cell: (policy) => (
							<RouteLink route={{ screen: 'iam-policy', policyArn: policy.PolicyArn }}>{policy.PolicyName}</RouteLink>
						),
					},
					{
						id: 'type',
						header: 'Type',
						cell: (policy) =>
							policyType({ Arn: policy.PolicyArn, Path: findManagedPolicy(policy.PolicyArn)?.Path ?? '/' }),
					},
					{ id: 'via', header: 'Attached via', cell: () => 'Directly' },
					{
						id: 'remove',
						header: <span class="c-visually-hidden">Actions</span>,
						cell: (policy) => (
							<Button
								onClick={() =>
									run(
										call({ op: 'DetachUserPolicy', input: { UserName: userName, PolicyArn: policy.PolicyArn } }),
										`${policy.PolicyName} removed from ${userName}.`,
									)
								}
							>
								Remove {policy.PolicyName}
							</Button>
						),
					},
				]}
				rows={policies}
				rowKey={(policy) => policy.PolicyArn}
			/>
			<Modal
				open={adding}
				title="Add permissions"
				onClose={() => setAdding(false)}
				footer={
					<>
						<Button onClick={() => setAdding(false)}>Cancel</Button>
						<Button
							variant="primary"
							disabled={!choice}
							onClick={() => {
								setAdding(false);
								const name = findManagedPolicy(choice)?.PolicyName ?? choice;
								run(
									call({ op: 'AttachUserPolicy', input: { UserName: userName, PolicyArn: choice } }),
									`${name} attached to ${userName}.`,
								);
							}}
						>
							Add permissions
						</Button>
					</>
				}
			>
				<Field label="Policy to attach directly">
					{(control) => (
						<select {...control} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
							{attachable.map((policy) => (
								<option key={policy.Arn} value={policy.Arn}>
									{policy.PolicyName}
								</option>
							))}
						</select>
					)}
				</Field>
			</Modal>
		</>
	);
}
