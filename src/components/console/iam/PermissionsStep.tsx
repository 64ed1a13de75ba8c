import { useState } from 'preact/hooks';
import type { PolicyView } from '@/simulator';
import { useConsole } from '../console-context';
import { useRead } from '../use-read';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Field, Fieldset, RadioChoices, type RadioOption } from '../ui/Field';
import { Table } from '../ui/Table';
import { policyType } from './policy-type';
import type { CreateUserDraft } from './wizard-model';

interface Props {
	draft: CreateUserDraft;
	onChange: (patch: Partial<CreateUserDraft>) => void;
}

const PERMISSIONS_OPTIONS: readonly RadioOption<CreateUserDraft['permissionsOption']>[] = [
	{
		value: 'group',
		label: 'Add user to group',
		hint: 'Add the user to an existing group. Groups are the recommended way to manage permissions by job function.',
	},
	{
		value: 'copy',
		label: 'Copy permissions',
		hint: 'Copy all group memberships and attached managed policies from an existing user.',
	},
	{
		value: 'policies',
		label: 'Attach policies directly',
		hint: 'Attach a managed policy directly to the user. As a best practice, attach policies to a group instead.',
	},
];

/** Step 2, **Set permissions**: a group, another user's permissions, or policies attached directly. */
export function PermissionsStep({ draft, onChange }: Props) {
	const { state } = useConsole();
	const groups = Object.values(state.iam.groups);
	const users = Object.values(state.iam.users);
	return (
		<>
			<Fieldset legend="Permissions options">
				<div class="c-tiles-choice">
					<RadioChoices
						name="permissions-option"
						options={PERMISSIONS_OPTIONS}
						value={draft.permissionsOption}
						onChange={(permissionsOption) => onChange({ permissionsOption })}
					/>
				</div>
			</Fieldset>
			{draft.permissionsOption === 'group' && (
				<section class="c-panel" aria-labelledby="groups-title">
					<h3 id="groups-title">User groups ({groups.length})</h3>
					{groups.length === 0 ? (
						<p>This account has no user groups yet. Choose another option, or create the user without permissions.</p>
					) : (
						<Table
							caption="User groups"
							captionHidden
							columns={[{ id: 'name', header: 'Group name', rowHeader: true, cell: (group) => group.GroupName }]}
							rows={groups}
							rowKey={(group) => group.GroupName}
							selection={{
								mode: 'multiple',
								selectedKeys: draft.groupNames,
								onChange: (groupNames) => onChange({ groupNames }),
								label: (group) => `Select ${group.GroupName}`,
							}}
						/>
					)}
				</section>
			)}
			{draft.permissionsOption === 'copy' && (
				<section class="c-panel" aria-labelledby="copy-title">
					<h3 id="copy-title">Copy permissions from a user ({users.length})</h3>
					{users.length === 0 ? (
						<p>There are no other users to copy permissions from.</p>
					) : (
						<Table
							caption="Users"
							captionHidden
							columns={[{ id: 'name', header: 'User name', rowHeader: true, cell: (user) => user.UserName }]}
							rows={users}
							rowKey={(user) => user.UserName}
							selection={{
								mode: 'single',
								selectedKeys: draft.copyFromUser ? [draft.copyFromUser] : [],
								onChange: (keys) => onChange({ copyFromUser: keys[0] ?? null }),
								label: (user) => `Copy from ${user.UserName}`,
							}}
						/>
					)}
				</section>
			)}
			{draft.permissionsOption === 'policies' && (
				<PolicyPicker selected={draft.policyArns} onChange={(policyArns) => onChange({ policyArns })} />
			)}
		</>
	);
}

/** The searchable **Permissions policies** table with a checkbox per policy and a type filter. */
function PolicyPicker({ selected, onChange }: { selected: string[]; onChange: (arns: string[]) => void }) {
	const list = useRead({ op: 'ListPolicies', input: { Scope: 'All' } });
	const [query, setQuery] = useState('');
	const [type, setType] = useState<'all' | 'aws' | 'job'>('all');
	if (!list.ok) return <CallErrorAlert error={list.error} focusOnShow={false} />;
	const policies = list.output.Policies;
	const needle = query.trim().toLowerCase();
	const rows = policies.filter(
		(policy) =>
			(needle === '' || policy.PolicyName.toLowerCase().includes(needle)) &&
			(type === 'all' || (type === 'job') === (policyType(policy) === 'AWS managed - job function')),
	);
	return (
		<section class="c-panel" aria-labelledby="policies-title">
			<h3 id="policies-title">
				Permissions policies ({selected.length}/{policies.length})
			</h3>
			<div class="c-filter-row">
				<Field label="Search policies">
					{(control) => (
						<input
							{...control}
							type="search"
							placeholder="Filter by policy name"
							value={query}
							onInput={(event) => setQuery(event.currentTarget.value)}
						/>
					)}
				</Field>
				<Field label="Filter by Type">
					{(control) => (
						<select {...control} value={type} onChange={(event) => setType(event.currentTarget.value as typeof type)}>
							<option value="all">All types</option>
							<option value="aws">AWS managed</option>
							<option value="job">AWS managed - job function</option>
						</select>
					)}
				</Field>
			</div>
			<p class="c-visually-hidden" role="status">
				{rows.length} {rows.length === 1 ? 'policy matches' : 'policies match'}
			</p>
			<Table<PolicyView>
				caption="Permissions policies"
				captionHidden
				columns={[
					{ id: 'name', header: 'Policy name', rowHeader: true, cell: (policy) => policy.PolicyName },
					{ id: 'type', header: 'Type', cell: (policy) => policyType(policy) },
					{ id: 'attached', header: 'Attached entities', cell: (policy) => String(policy.AttachmentCount) },
				]}
				rows={rows}
				rowKey={(policy) => policy.Arn}
				selection={{
					mode: 'multiple',
					selectedKeys: selected,
					onChange,
					label: (policy) => policy.PolicyName,
				}}
				empty={`No policies match “${query}”.`}
			/>
		</section>
	);
}
