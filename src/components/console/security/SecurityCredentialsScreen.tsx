import { useState } from 'preact/hooks';
import { execute, selectSignInUrls, type SimError, type SimState, selectMfaDevice, selectUser } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Modal';
import { Table } from '../ui/Table';
import { Tabs } from '../ui/Tabs';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { formatDateTime } from '../side/format';
import { takeFlash, type FlashMessage } from '../side/flash';
import { type MfaTarget, resolveMfaTarget, targetMfaSerials, userNameInput } from './mfa-target';
import { ResyncDialog } from './ResyncDialog';
import './security.css';

interface DeviceRow {
	readonly serialNumber: string;
	readonly name: string;
	readonly enabledAt: number | undefined;
}

function deviceRows(state: SimState, target: MfaTarget): DeviceRow[] {
	return targetMfaSerials(state, target).map((serial) => ({
		serialNumber: serial,
		name: serial.slice(serial.lastIndexOf('/') + 1),
		enabledAt: selectMfaDevice(state, serial)?.EnableDate,
	}));
}

/**
 * Security credentials. Without a user name: the signed-in identity's own page (**My security
 * credentials** for the root user; the **AWS IAM credentials** tab for an IAM user). With a user
 * name: the content of that IAM user's **Security credentials** tab.
 */
export function SecurityCredentialsScreen(props: { userName?: string }) {
	const { state } = useConsole();
	const target = resolveMfaTarget(state, props.userName);
	const [flash] = useState<FlashMessage | null>(() => takeFlash('security-credentials'));
	const [tab, setTab] = useState<'iam' | 'codecommit'>('iam');
	const embedded = props.userName !== undefined;

	const content = (
		<>
			{flash && (
				<Alert type={flash.type} title={flash.title} live="status">
					<p>{flash.body}</p>
				</Alert>
			)}
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

function AccountDetails(props: { state: SimState }) {
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

function ConsoleSignIn(props: { state: SimState; userName: string }) {
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

function MfaSection(props: { target: MfaTarget; userNameProp: string | undefined }) {
	const { state, perform, navigate, announce } = useConsole();
	const { target } = props;
	const rows = deviceRows(state, target);
	const [selected, setSelected] = useState<string[]>([]);
	const [confirming, setConfirming] = useState(false);
	const [resyncing, setResyncing] = useState(false);
	const [error, setError] = useState<SimError | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const selectedRow = rows.find((r) => r.serialNumber === selected[0]) ?? null;

	function remove(row: DeviceRow) {
		setConfirming(false);
		// The console's Remove deactivates the device and then deletes the virtual device, as one step.
		const outcome = perform((before, ctx) => {
			const deactivated = execute(
				before,
				{ op: 'DeactivateMFADevice', input: { ...userNameInput(target), SerialNumber: row.serialNumber } },
				ctx,
			);
			if (!deactivated.response.ok) return { state: deactivated.state, result: deactivated.response };
			const deleted = execute(
				deactivated.state,
				{ op: 'DeleteVirtualMFADevice', input: { SerialNumber: row.serialNumber } },
				ctx,
			);
			return { state: deleted.state, result: deleted.response };
		});
		if (outcome.ok) {
			setError(null);
			setSelected([]);
			setDone(`MFA device ${row.name} removed.`);
			announce(`MFA device ${row.name} removed.`);
		} else {
			setDone(null);
			setError(outcome.error);
		}
	}

	return (
		<section class="sec-section" aria-labelledby="sec-mfa">
			<div class="sec-section__head">
				<h3 id="sec-mfa">Multi-factor authentication (MFA)</h3>
				<div class="sec-actions">
					<Button disabled={!selectedRow} onClick={() => setConfirming(true)}>
						Remove
					</Button>
					<Button disabled={!selectedRow} onClick={() => setResyncing(true)}>
						Resync
					</Button>
					<Button
						variant="primary"
						onClick={() =>
							navigate(
								props.userNameProp === undefined
									? { screen: 'assign-mfa' }
									: { screen: 'assign-mfa', userName: props.userNameProp },
							)
						}
					>
						Assign MFA device
					</Button>
				</div>
			</div>
			<p class="sec-lead">
				With MFA, signing in needs a code from a device you hold as well as the password. You can assign up to 8 MFA
				devices; any one of them is enough to sign in.
			</p>
			{rows.length === 0 && target.kind === 'root' && (
				<Alert type="warning" title="The root user has no MFA device">
					<p>Anyone who learns the root password can take over the account. Assign an MFA device now.</p>
				</Alert>
			)}
			{done && (
				<Alert type="success" live="status" onDismiss={() => setDone(null)}>
					<p>{done}</p>
				</Alert>
			)}
			{error && <CallErrorAlert error={error} />}
			<Table
				caption={`MFA devices (${rows.length})`}
				rows={rows}
				rowKey={(row) => row.serialNumber}
				empty="No MFA devices. Assign an MFA device to improve the security of this identity."
				selection={{
					mode: 'single',
					selectedKeys: selected,
					onChange: setSelected,
					label: (row) => `Select ${row.name}`,
				}}
				columns={[
					{ id: 'type', header: 'Device type', cell: () => 'Virtual', rowHeader: false },
					{
						id: 'id',
						header: 'Identifier',
						cell: (row) => <span class="c-mono">{row.serialNumber}</span>,
						rowHeader: true,
					},
					{ id: 'cert', header: 'Certifications', cell: () => 'Not applicable' },
					{
						id: 'created',
						header: 'Created on',
						cell: (row) => (row.enabledAt === undefined ? '-' : formatDateTime(row.enabledAt)),
					},
				]}
			/>
			<ConfirmDialog
				open={confirming && selectedRow !== null}
				title="Remove MFA device?"
				confirmLabel="Remove"
				danger
				onCancel={() => setConfirming(false)}
				onConfirm={() => selectedRow && remove(selectedRow)}
			>
				<p>
					Remove <span class="c-mono">{selectedRow?.name}</span>? Sign-in will no longer ask for its code.
					{rows.length === 1 && ' This is the only MFA device, so the password alone will be enough to sign in.'}
				</p>
			</ConfirmDialog>
			{selectedRow && (
				<ResyncDialog
					open={resyncing}
					target={target}
					serialNumber={selectedRow.serialNumber}
					deviceName={selectedRow.name}
					onClose={() => setResyncing(false)}
					onDone={() => {
						setResyncing(false);
						setError(null);
						setDone(`MFA device ${selectedRow.name} resynchronized.`);
					}}
				/>
			)}
		</section>
	);
}

function RootAccessKeys(props: { state: SimState }) {
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

function UserAccessKeys(props: { state: SimState; userName: string }) {
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
