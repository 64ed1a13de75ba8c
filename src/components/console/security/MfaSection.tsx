import { useState } from 'preact/hooks';
import {
	isFidoSerial,
	removeMfaDevice,
	selectFidoDevice,
	selectMfaDevice,
	type SimError,
	type SimState,
} from '@/simulator';
import { useConsole } from '../console-context';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Modal';
import { Table } from '../ui/Table';
import { formatDateTime } from '../format';
import { type MfaTarget, targetMfaSerials, userNameInput } from './mfa-target';
import { ResyncDialog } from './ResyncDialog';

interface DeviceRow {
	readonly serialNumber: string;
	readonly name: string;
	readonly enabledAt: number | undefined;
	readonly fido: boolean;
}

// SIMPLIFIED: AWS's label for passkeys in this table's Device type column is UNCONFIRMED.
function deviceRows(state: SimState, target: MfaTarget): DeviceRow[] {
	return targetMfaSerials(state, target).map((serial) => {
		const fido = isFidoSerial(serial);
		return {
			serialNumber: serial,
			name: serial.slice(serial.lastIndexOf('/') + 1),
			enabledAt: fido ? selectFidoDevice(state, serial)?.EnableDate : selectMfaDevice(state, serial)?.EnableDate,
			fido,
		};
	});
}

/** The **Multi-factor authentication (MFA)** section: the devices, Assign, Resync and Remove. */
export function MfaSection(props: { target: MfaTarget; userNameProp: string | undefined }) {
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
			const result = removeMfaDevice(before, { ...userNameInput(target), SerialNumber: row.serialNumber }, ctx);
			return { state: result.state, result };
		});
		const failed = outcome.failedStep?.response;
		if (failed && !failed.ok) {
			setDone(null);
			setError(failed.error);
			return;
		}
		setError(null);
		setSelected([]);
		setDone(`MFA device ${row.name} removed.`);
		announce(`MFA device ${row.name} removed.`);
	}

	return (
		<section class="sec-section" aria-labelledby="sec-mfa">
			<div class="sec-section__head">
				<h3 id="sec-mfa">Multi-factor authentication (MFA)</h3>
				<div class="sec-actions">
					<Button disabled={!selectedRow} onClick={() => setConfirming(true)}>
						Remove
					</Button>
					{/* Passkeys and security keys have no clock, so they never go out of sync. */}
					<Button disabled={!selectedRow || selectedRow.fido} onClick={() => setResyncing(true)}>
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
					{
						id: 'type',
						header: 'Device type',
						cell: (row) => (row.fido ? 'Passkey or security key' : 'Virtual'),
						rowHeader: false,
					},
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
					Remove <span class="c-mono">{selectedRow?.name}</span>? Sign-in will no longer ask for{' '}
					{selectedRow?.fido ? 'it' : 'its code'}.
					{selectedRow?.fido &&
						' The passkey itself stays on your device or in your password manager until you delete it there.'}
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
