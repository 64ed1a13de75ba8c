import { useState } from 'preact/hooks';
import { selectUsersTable, type SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { useReadAccess } from '../use-read-access';
import { ScreenLoading } from '../shell/lazy-screen';
import { CallErrorAlertOnDemand } from '../ui/CallErrorAlertOnDemand';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { ConfirmDialog } from '../ui/Modal';
import { Table } from '../ui/Table';
import { ColumnChooser } from './ColumnChooser';
import { IamLayout } from './IamLayout';
import { DEFAULT_USER_COLUMNS, userColumns, type UserColumnId } from './users-columns';

/**
 * The IAM Users list: a real table with every column the console offers, the settings button to
 * choose them, search, create and delete. `ListUsers` decides who may see the list (an identity
 * without permission gets AWS's AccessDenied); the rows come from the Users table selector, so the
 * root user's list shows before the simulator's operations download.
 */
export function UsersList() {
	const { state, perform, whenReady, navigate, announce, now } = useConsole();
	const access = useReadAccess({ op: 'ListUsers', input: {} });
	const [query, setQuery] = useState('');
	const [selected, setSelected] = useState<string[]>([]);
	const [visible, setVisible] = useState<readonly UserColumnId[]>(DEFAULT_USER_COLUMNS);
	const [confirmDelete, setConfirmDelete] = useState(false);
	const [typedConfirmation, setTypedConfirmation] = useState('');
	const [deleteError, setDeleteError] = useState<SimError | null>(null);
	const [deleted, setDeleted] = useState<string | null>(null);

	const allColumns = userColumns(now());
	const users = access !== 'checking' && access.ok ? selectUsersTable(state, now()) : [];
	const rows = users.filter((row) => row.userName.toLowerCase().includes(query.trim().toLowerCase()));
	const selectedNames = selected.filter((name) => users.some((user) => user.userName === name));
	// SIMPLIFIED: the console asks for a typed confirmation before deleting users; the exact wording
	// of its field is unconfirmed. One user: type the user name; several: type "delete".
	const confirmationWord = selectedNames.length === 1 ? (selectedNames[0] ?? '') : 'delete';

	const deleteSelected = () => {
		setConfirmDelete(false);
		// The list may show before the simulator's operations have downloaded; deleting waits for them.
		whenReady(() => deleteUsers(selectedNames));
	};

	const deleteUsers = (names: readonly string[]) => {
		for (const userName of names) {
			// The console removes the password, keys, MFA devices, policies and groups first.
			const result = perform((current, ctx, simulator) => {
				const outcome = simulator.deleteUserAsConsoleDoes(current, { UserName: userName }, ctx);
				return { state: outcome.state, result: outcome };
			});
			const failed = result.failedStep?.response;
			if (failed && !failed.ok) {
				setDeleteError(failed.error);
				setDeleted(null);
				return;
			}
		}
		const text = names.length === 1 ? `User ${names[0]} deleted.` : `${names.length} users deleted.`;
		setDeleteError(null);
		setDeleted(text);
		setSelected([]);
		announce(text);
	};

	if (access === 'checking') return <ScreenLoading />;
	return (
		<IamLayout
			title={`Users (${users.length})`}
			titleId="iam-users-title"
			current="users"
			crumbs={[{ label: 'IAM', route: { screen: 'iam-dashboard' } }, { label: 'Users' }]}
		>
			<p>An IAM user is an identity with long-term credentials that is used to interact with AWS in an account.</p>
			{!access.ok && <CallErrorAlertOnDemand error={access.error} focusOnShow={false} />}
			{deleteError && <CallErrorAlertOnDemand error={deleteError} />}
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
				<ColumnChooser
					columns={allColumns}
					visible={visible}
					onConfirm={(next) => {
						setVisible(next);
						announce('Visible columns updated.');
					}}
				/>
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
				rowKey={(row) => row.userName}
				selection={{
					mode: 'multiple',
					selectedKeys: selectedNames,
					onChange: setSelected,
					label: (row) => `Select ${row.userName}`,
				}}
				empty={query ? `No users match “${query}”.` : 'No resources to display'}
			/>

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
