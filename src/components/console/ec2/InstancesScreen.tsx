import { useState } from 'preact/hooks';
import { regionName, type InstanceView, type SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { useRead } from '../use-read';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { ConfirmDialog } from '../ui/Modal';
import { Table } from '../ui/Table';
import { formatDateTime, isoTime } from '../format';
import { Ec2Nav } from './Ec2Nav';
import { InstanceState } from './InstanceState';
import { InstanceStateMenu, type InstanceAction } from './InstanceStateMenu';
import { OtherRegions } from './OtherRegions';
import './ec2.css';

const ids = (list: readonly string[]) => list.join(', ');

/**
 * EC2 → **Instances**: the chosen Region's instances, with **Instance state** → **Stop instance** or
 * **Terminate (delete) instance**, each after a confirmation, and how many instances the other
 * Regions hold.
 */
export function InstancesScreen() {
	const { region, call } = useConsole();
	const described = useRead({ op: 'DescribeInstances', input: {} });
	const instances: readonly InstanceView[] = described.ok
		? described.output.Reservations.flatMap((reservation) => reservation.Instances)
		: [];
	const [selected, setSelected] = useState<string[]>([]);
	const [confirming, setConfirming] = useState<InstanceAction | null>(null);
	const [error, setError] = useState<SimError | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const chosen = selected.filter((id) => instances.some((instance) => instance.InstanceId === id));

	function act(action: InstanceAction) {
		setConfirming(null);
		const input = { InstanceIds: chosen };
		const response =
			action === 'terminate'
				? call({ op: 'TerminateInstances', input, region })
				: call({ op: 'StopInstances', input, region });
		if (!response.ok) {
			setDone(null);
			setError(response.error);
			return;
		}
		// UNCONFIRMED wording of the console's success banners.
		const message =
			action === 'terminate'
				? `Successfully initiated termination (deletion) of ${ids(chosen)}.`
				: `Successfully stopped ${ids(chosen)}.`;
		setError(null);
		setDone(message);
		setSelected([]);
	}

	return (
		<div class="c-service-layout">
			<Ec2Nav />
			<div>
				{/* The dialogs come first: closing one gives focus back before the success message takes it. */}
				<ConfirmDialog
					open={confirming === 'terminate'}
					title="Terminate (delete) instance?"
					confirmLabel="Terminate (delete)"
					danger
					onCancel={() => setConfirming(null)}
					onConfirm={() => act('terminate')}
				>
					<p>
						Terminate <span class="c-mono">{ids(chosen)}</span>? The instance and its disk are deleted for good, and it
						stops costing. It stays in the list, terminated, for about an hour.
					</p>
				</ConfirmDialog>
				<ConfirmDialog
					open={confirming === 'stop'}
					title="Stop instance?"
					confirmLabel="Stop"
					onCancel={() => setConfirming(null)}
					onConfirm={() => act('stop')}
				>
					<p>
						Stop <span class="c-mono">{ids(chosen)}</span>? It stops costing by the hour but keeps its disk, and anyone
						allowed to can start it again. To remove it for good, terminate it instead.
					</p>
				</ConfirmDialog>
				<ScreenHeading>Instances ({instances.length})</ScreenHeading>
				<p class="ec2-muted">
					Instances in {regionName(region)} ({region}). Each Region has its own instances.
				</p>
				<OtherRegions />
				{done && (
					// It takes focus: the action's button has gone with its menu, and focus should not be lost.
					<Alert type="success" focusOnShow focusKey={done} onDismiss={() => setDone(null)}>
						<p>{done}</p>
					</Alert>
				)}
				{error && <CallErrorAlert error={error} />}
				{!described.ok && <CallErrorAlert error={described.error} focusOnShow={false} />}
				<div class="ec2-toolbar">
					<InstanceStateMenu disabled={chosen.length === 0} onChoose={setConfirming} />
				</div>
				<Table
					caption={`Instances in ${regionName(region)}`}
					captionHidden
					rows={instances}
					rowKey={(instance) => instance.InstanceId}
					empty={`No instances in ${regionName(region)}.`}
					selection={{
						mode: 'multiple',
						selectedKeys: chosen,
						onChange: setSelected,
						label: (instance) => `Select ${instance.InstanceId}`,
					}}
					columns={[
						{
							id: 'id',
							header: 'Instance ID',
							cell: (instance) => <span class="c-mono">{instance.InstanceId}</span>,
							rowHeader: true,
						},
						{ id: 'state', header: 'Instance state', cell: (instance) => <InstanceState name={instance.State.Name} /> },
						{ id: 'type', header: 'Instance type', cell: (instance) => instance.InstanceType },
						{ id: 'zone', header: 'Availability Zone', cell: (instance) => instance.Placement.AvailabilityZone },
						{
							id: 'launched',
							header: 'Launch time',
							cell: (instance) => (
								<time dateTime={isoTime(instance.LaunchTime)}>{formatDateTime(instance.LaunchTime)}</time>
							),
						},
					]}
				/>
			</div>
		</div>
	);
}
