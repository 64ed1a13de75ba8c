import { useState } from 'preact/hooks';
import { deleteUserAsConsoleDoes, type IamUser, type SimError, type UserView, selectUser } from '@/simulator';
import { useConsole } from '../console-context';
import { useRead } from '../use-read';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Choice, Field, Fieldset } from '../ui/Field';
import { ConfirmDialog, Modal } from '../ui/Modal';
import { Table, type TableColumn } from '../ui/Table';
import { IamLayout, RouteLink } from './IamLayout';
import { ageInDays, formatUtc, timeAgo } from './format';

interface UserRow {
	view: UserView;
	user: IamUser | undefined;
}

type ColumnId =
	| 'userName'
	| 'path'
	| 'groups'
	| 'lastActivity'
	| 'mfa'
	| 'passwordAge'
	| 'consoleLastSignIn'
	| 'accessKeyId'
	| 'activeKeyAge'
	| 'creationTime'
	| 'arn'
	| 'consoleAccess';

const DEFAULT_COLUMNS: readonly ColumnId[] = [
	'userName',
	'path',
	'groups',
	'lastActivity',
	'mfa',
	'passwordAge',
	'consoleLastSignIn',
	'accessKeyId',
	'activeKeyAge',
	'creationTime',
];

function columns(now: number): readonly (TableColumn<UserRow> & { id: ColumnId; title: string })[] {
	const activeKey = (row: UserRow) => row.user?.accessKeys.find((key) => key.Status === 'Active');
	return [
		{
			id: 'userName',
			title: 'User name',
			header: 'User name',
			rowHeader: true,
			cell: (row) => (
				<RouteLink route={{ screen: 'iam-user', userName: row.view.UserName }}>{row.view.UserName}</RouteLink>
			),
		},
		{ id: 'path', title: 'Path', header: 'Path', cell: (row) => row.view.Path },
		{ id: 'groups', title: 'Groups', header: 'Groups', cell: (row) => String(row.user?.groupNames.length ?? 0) },
		{
			id: 'lastActivity',
			title: 'Last activity',
			header: 'Last activity',
			cell: (row) => (row.user?.lastActivity === undefined ? 'Never' : timeAgo(row.user.lastActivity, now)),
		},
		{
			id: 'mfa',
			title: 'MFA',
			header: 'MFA',
			cell: (row) => ((row.user?.mfaSerials.length ?? 0) > 0 ? 'Virtual' : '-'),
		},
		{
			id: 'passwordAge',
			title: 'Password age',
			header: 'Password age',
			cell: (row) => (row.user?.loginProfile ? ageInDays(row.user.loginProfile.passwordLastChanged, now) : 'None'),
		},
		{
			id: 'consoleLastSignIn',
			title: 'Console last sign-in',
			header: 'Console last sign-in',
			cell: (row) =>
				!row.user?.loginProfile
					? 'None'
					: row.view.PasswordLastUsed === undefined
						? 'Never'
						: formatUtc(row.view.PasswordLastUsed),
		},
		{
			id: 'accessKeyId',
			title: 'Access key ID',
			header: 'Access key ID',
			cell: (row) => {
				const key = activeKey(row);
				return key ? <span class="c-mono">{key.AccessKeyId}</span> : '-';
			},
		},
		{
			id: 'activeKeyAge',
			title: 'Active key age',
			header: 'Active key age',
			cell: (row) => {
				const key = activeKey(row);
				return key ? ageInDays(key.CreateDate, now) : '-';
			},
		},
		{
			id: 'creationTime',
			title: 'Creation time',
			header: 'Creation time',
			cell: (row) => timeAgo(row.view.CreateDate, now),
		},
		{ id: 'arn', title: 'ARN', header: 'ARN', cell: (row) => <span class="c-mono">{row.view.Arn}</span> },
		{
			id: 'consoleAccess',
			title: 'Console access',
			header: 'Console access',
			cell: (row) => (row.user?.loginProfile ? 'Enabled' : 'Disabled'),
		},
	];
}

/** The IAM Users list: a real table with the console's columns, a column chooser, search, create and delete. */
export function UsersList() {
	const { state, perform, navigate, announce, now } = useConsole();
	const list = useRead({ op: 'ListUsers', input: {} });
	const [query, setQuery] = useState('');
	const [selected, setSelected] = useState<string[]>([]);
	const [visible, setVisible] = useState<readonly ColumnId[]>(DEFAULT_COLUMNS);
	const [chooserOpen, setChooserOpen] = useState(false);
	const [draft, setDraft] = useState<readonly ColumnId[]>(DEFAULT_COLUMNS);
	const [confirmDelete, setConfirmDelete] = useState(false);
	const [typedConfirmation, setTypedConfirmation] = useState('');
	const [deleteError, setDeleteError] = useState<SimError | null>(null);
	const [deleted, setDeleted] = useState<string | null>(null);

	const allColumns = columns(now());
	const users = list.ok ? list.output.Users : [];
	const rows: UserRow[] = users
		.filter((view) => view.UserName.toLowerCase().includes(query.trim().toLowerCase()))
		.map((view) => ({ view, user: selectUser(state, view.UserName) }));
	const selectedNames = selected.filter((name) => users.some((user) => user.UserName === name));
	// SIMPLIFIED: the console asks for a typed confirmation before deleting users; the exact wording
	// of its field is unconfirmed. One user: type the user name; several: type "delete".
	const confirmationWord = selectedNames.length === 1 ? (selectedNames[0] ?? '') : 'delete';

	const deleteSelected = () => {
		setConfirmDelete(false);
		for (const userName of selectedNames) {
			// The console removes the password, keys, MFA devices, policies and groups first.
			const result = perform((current, ctx) => {
				const outcome = deleteUserAsConsoleDoes(current, { UserName: userName }, ctx);
				return { state: outcome.state, result: outcome };
			});
			const failed = result.failedStep?.response;
			if (failed && !failed.ok) {
				setDeleteError(failed.error);
				setDeleted(null);
				return;
			}
		}
		const text =
			selectedNames.length === 1 ? `User ${selectedNames[0]} deleted.` : `${selectedNames.length} users deleted.`;
		setDeleteError(null);
		setDeleted(text);
		setSelected([]);
		announce(text);
	};

	return (
		<IamLayout
			title={`Users (${users.length})`}
			titleId="iam-users-title"
			current="users"
			crumbs={[{ label: 'IAM', route: { screen: 'iam-dashboard' } }, { label: 'Users' }]}
		>
			<p>An IAM user is an identity with long-term credentials that is used to interact with AWS in an account.</p>
			{!list.ok && <CallErrorAlert error={list.error} focusOnShow={false} />}
			{deleteError && <CallErrorAlert error={deleteError} />}
			{deleted && (
				<Alert type="success" onDismiss={() => setDeleted(null)}>
					<p>{deleted}</p>
				</Alert>
			)}
			<div class="c-toolbar">
				<Button
					variant="danger"
					disabled={selectedNames.length === 0}
					onClick={() => {
						setTypedConfirmation('');
						setConfirmDelete(true);
					}}
				>
					Delete
				</Button>
				<Button variant="primary" onClick={() => navigate({ screen: 'iam-create-user' })}>
					Create user
				</Button>
				<span class="c-toolbar__spacer" />
				<Button
					onClick={() => {
						setDraft(visible);
						setChooserOpen(true);
					}}
				>
					Preferences
				</Button>
			</div>
			<Field label="Search users by name">
				{(control) => (
					<input {...control} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
				)}
			</Field>
			<Table
				caption="Users"
				captionHidden
				columns={allColumns.filter((column) => visible.includes(column.id))}
				rows={rows}
				rowKey={(row) => row.view.UserName}
				selection={{
					mode: 'multiple',
					selectedKeys: selectedNames,
					onChange: setSelected,
					label: (row) => `Select ${row.view.UserName}`,
				}}
				empty={query ? `No users match “${query}”.` : 'No resources to display'}
			/>

			<Modal
				open={chooserOpen}
				title="Preferences"
				onClose={() => setChooserOpen(false)}
				footer={
					<>
						<Button onClick={() => setChooserOpen(false)}>Cancel</Button>
						<Button
							variant="primary"
							onClick={() => {
								setVisible(draft.includes('userName') ? draft : ['userName', ...draft]);
								setChooserOpen(false);
								announce('Visible columns updated.');
							}}
						>
							Confirm
						</Button>
					</>
				}
			>
				<Fieldset legend="Select visible columns">
					{allColumns.map((column) => (
						<Choice
							key={column.id}
							type="checkbox"
							label={column.title}
							checked={draft.includes(column.id)}
							disabled={column.id === 'userName'}
							onChange={(event) =>
								setDraft(
									event.currentTarget.checked
										? allColumns.map((c) => c.id).filter((id) => id === column.id || draft.includes(id))
										: draft.filter((id) => id !== column.id),
								)
							}
						/>
					))}
				</Fieldset>
			</Modal>

			<ConfirmDialog
				open={confirmDelete}
				title={selectedNames.length === 1 ? `Delete ${selectedNames[0]}?` : `Delete ${selectedNames.length} users?`}
				confirmLabel="Delete"
				danger
				confirmDisabled={typedConfirmation.trim() !== confirmationWord}
				onConfirm={deleteSelected}
				onCancel={() => setConfirmDelete(false)}
			>
				<p>
					Deleting removes the user’s password, access keys and MFA devices, and detaches its policies. It cannot be
					undone in AWS (in this practice console, Undo can bring it back).
				</p>
				<ul>
					{selectedNames.map((name) => (
						<li key={name}>{name}</li>
					))}
				</ul>
				<Field label={`To confirm deletion, enter ${confirmationWord} in the field.`}>
					{(control) => (
						<input
							{...control}
							type="text"
							autocomplete="off"
							spellcheck={false}
							value={typedConfirmation}
							onInput={(event) => setTypedConfirmation(event.currentTarget.value)}
						/>
					)}
				</Field>
			</ConfirmDialog>
		</IamLayout>
	);
}
