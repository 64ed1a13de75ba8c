import { useState } from 'preact/hooks';
import { selectUser, type SimError, type SimState } from '@/simulator';
import { useConsole } from '../console-context';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { Table } from '../ui/Table';
import { formatDateTime } from '../format';

/** The root user's **Access keys** section, which should stay empty. */
export function RootAccessKeys(props: { state: SimState }) {
	const keys = props.state.root.accessKeys;
	return (
		<section class="sec-section" aria-labelledby="sec-keys">
			<h3 id="sec-keys">Access keys</h3>
			{keys.length === 0 ? (
				<Alert type="success" title="No root access keys: keep it that way">
					<p>
						Access keys let programs act as the root user, with no MFA and no limits. A leaked root key can cost a
						fortune. Create access keys for IAM users or roles with only the permissions they need instead.
					</p>
				</Alert>
			) : (
				<>
					<Alert type="warning" title="The root user has access keys">
						<p>
							Root access keys can do anything in the account, without MFA. Delete them unless you know exactly why they
							exist.
						</p>
					</Alert>
					<AccessKeyTable keys={keys} userName={undefined} />
				</>
			)}
		</section>
	);
}

/** An IAM user's **Access keys** section. */
export function UserAccessKeys(props: { state: SimState; userName: string }) {
	const keys = selectUser(props.state, props.userName)?.accessKeys ?? [];
	return (
		<section class="sec-section" aria-labelledby="sec-keys">
			<h3 id="sec-keys">Access keys</h3>
			<p class="sec-lead">
				Access keys are for programs and the command line. A person who only uses the console does not need any.
			</p>
			<AccessKeyTable keys={keys} userName={props.userName} />
		</section>
	);
}

function AccessKeyTable(props: {
	keys: readonly { AccessKeyId: string; Status: string; CreateDate: number }[];
	userName: string | undefined;
}) {
	const { call, announce } = useConsole();
	const [error, setError] = useState<SimError | null>(null);
	// SIMPLIFIED: the real console asks to deactivate a key before deleting it; here Delete calls
	// DeleteAccessKey straight away.
	function remove(accessKeyId: string) {
		const response = call({
			op: 'DeleteAccessKey',
			input:
				props.userName === undefined
					? { AccessKeyId: accessKeyId }
					: { UserName: props.userName, AccessKeyId: accessKeyId },
		});
		if (response.ok) {
			setError(null);
			announce(`Access key ${accessKeyId} deleted.`);
		} else setError(response.error);
	}
	return (
		<>
			{error && <CallErrorAlert error={error} />}
			<Table
				caption={`Access keys (${props.keys.length})`}
				rows={props.keys}
				rowKey={(key) => key.AccessKeyId}
				empty="No access keys."
				columns={[
					{
						id: 'id',
						header: 'Access key ID',
						cell: (key) => <span class="c-mono">{key.AccessKeyId}</span>,
						rowHeader: true,
					},
					{ id: 'status', header: 'Status', cell: (key) => key.Status },
					{ id: 'created', header: 'Created', cell: (key) => formatDateTime(key.CreateDate) },
					{
						id: 'actions',
						header: 'Actions',
						cell: (key) => (
							<Button variant="danger" onClick={() => remove(key.AccessKeyId)}>
								Delete<span class="c-visually-hidden"> {key.AccessKeyId}</span>
							</Button>
						),
					},
				]}
			/>
		</>
	);
}
