import { useState } from 'preact/hooks';
import type { PolicyView } from '@/simulator';
import { useRead } from '../use-read';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Field } from '../ui/Field';
import { Table } from '../ui/Table';
import { IamLayout, RouteLink } from './IamLayout';
import { policyType } from './policy-type';

/** The IAM Policies list, searchable by name. */
export function PoliciesList() {
	const list = useRead({ op: 'ListPolicies', input: { Scope: 'All' } });
	const [query, setQuery] = useState('');
	const policies = list.ok ? list.output.Policies : [];
	const needle = query.trim().toLowerCase();
	const rows = policies.filter((policy) => policy.PolicyName.toLowerCase().includes(needle));
	return (
		<IamLayout
			title={`Policies (${policies.length})`}
			titleId="iam-policies-title"
			current="policies"
			crumbs={[{ label: 'IAM', route: { screen: 'iam-dashboard' } }, { label: 'Policies' }]}
		>
			<p>A policy is an object in AWS that defines permissions.</p>
			{!list.ok && <CallErrorAlert error={list.error} focusOnShow={false} />}
			<Field label="Search policies by name">
				{(control) => (
					<input {...control} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
				)}
			</Field>
			<p class="c-visually-hidden" role="status">
				{rows.length} {rows.length === 1 ? 'policy' : 'policies'} shown
			</p>
			<Table<PolicyView>
				caption="Policies"
				captionHidden
				columns={[
					{
						id: 'name',
						header: 'Policy name',
						rowHeader: true,
						cell: (policy) => (
							<RouteLink route={{ screen: 'iam-policy', policyArn: policy.Arn }}>{policy.PolicyName}</RouteLink>
						),
					},
					{ id: 'type', header: 'Type', cell: (policy) => policyType(policy) },
					{
						id: 'used',
						header: 'Used as',
						cell: (policy) => (policy.AttachmentCount > 0 ? `Permissions policy (${policy.AttachmentCount})` : 'None'),
					},
					{
						id: 'description',
						header: 'Description',
						cell: (policy) => <span class="c-wrap">{policy.Description}</span>,
					},
				]}
				rows={rows}
				rowKey={(policy) => policy.Arn}
				empty={`No policies match “${query}”.`}
			/>
		</IamLayout>
	);
}
