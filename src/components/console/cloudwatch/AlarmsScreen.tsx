import { useState } from 'preact/hooks';
import type { AlarmStateValue, MetricAlarm, SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Modal';
import { Table } from '../ui/Table';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { FlashAlert } from '../ui/FlashAlert';
import { formatDateTime, isoTime } from '../format';
import { describeCondition } from './alarm-labels';
import { alarmStateLabel } from './alarm-state-label';
import { CloudWatchNav } from './CloudWatchNav';
import { RegionHint } from './RegionHint';
import './cloudwatch.css';

/** The state as text with a shape, so it never depends on colour alone. */
export function AlarmState(props: { value: AlarmStateValue }) {
	const icon = props.value === 'ALARM' ? '▲' : props.value === 'OK' ? '✓' : '…';
	return (
		<span class={`cw-state cw-state--${props.value.toLowerCase()}`}>
			<span aria-hidden="true" class="cw-state__icon">
				{icon}
			</span>
			{alarmStateLabel(props.value)}
		</span>
	);
}

/** **Alarms** → **All alarms**: the Region's alarms, with **Create alarm** and **Delete**. */
export function AlarmsScreen() {
	const { state, region, call, navigate, announce } = useConsole();
	const alarms: readonly MetricAlarm[] = Object.values(state.cloudwatch[region]?.alarms ?? {}).sort((a, b) =>
		a.AlarmName.localeCompare(b.AlarmName),
	);
	const [selected, setSelected] = useState<string[]>([]);
	const [confirming, setConfirming] = useState(false);
	const [error, setError] = useState<SimError | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const names = selected.filter((name) => alarms.some((a) => a.AlarmName === name));

	function remove() {
		setConfirming(false);
		const response = call({ op: 'DeleteAlarms', input: { AlarmNames: names }, region });
		if (response.ok) {
			const message = names.length === 1 ? `Deleted alarm ${names[0]}.` : `Deleted ${names.length} alarms.`;
			setDone(message);
			setError(null);
			setSelected([]);
			announce(message);
		} else {
			setDone(null);
			setError(response.error);
		}
	}

	function topicNames(alarm: MetricAlarm): string {
		return alarm.AlarmActions.map((arn) => arn.slice(arn.lastIndexOf(':') + 1)).join(', ');
	}

	return (
		<div class="c-service-layout">
			<CloudWatchNav current="cloudwatch-alarms" />
			<div>
				<ScreenHeading>Alarms</ScreenHeading>
				<RegionHint />
				<FlashAlert target="cloudwatch-alarms" />
				{done && (
					<Alert type="success" live="status" onDismiss={() => setDone(null)}>
						<p>{done}</p>
					</Alert>
				)}
				{error && <CallErrorAlert error={error} />}
				<div class="cw-toolbar">
					<h3 class="cw-subtitle">All alarms ({alarms.length})</h3>
					<div class="cw-actions">
						<Button disabled={names.length === 0} onClick={() => setConfirming(true)}>
							Delete
						</Button>
						<Button variant="primary" onClick={() => navigate({ screen: 'cloudwatch-create-alarm' })}>
							Create alarm
						</Button>
					</div>
				</div>
				<Table
					caption="All alarms"
					captionHidden
					rows={alarms}
					rowKey={(alarm) => alarm.AlarmName}
					empty="No alarms to display. Choose Create alarm to watch your estimated charges."
					selection={{
						mode: 'multiple',
						selectedKeys: names,
						onChange: setSelected,
						label: (alarm) => `Select ${alarm.AlarmName}`,
					}}
					columns={[
						{ id: 'name', header: 'Name', cell: (alarm) => alarm.AlarmName, rowHeader: true },
						{ id: 'state', header: 'State', cell: (alarm) => <AlarmState value={alarm.StateValue} /> },
						{
							id: 'updated',
							header: 'Last state update',
							cell: (alarm) => (
								<time dateTime={isoTime(alarm.StateUpdatedTimestamp)}>
									{formatDateTime(alarm.StateUpdatedTimestamp)}
								</time>
							),
						},
						{ id: 'conditions', header: 'Conditions', cell: (alarm) => describeCondition(alarm) },
						{
							id: 'actions',
							header: 'Actions',
							cell: (alarm) =>
								alarm.ActionsEnabled && alarm.AlarmActions.length > 0
									? `Actions enabled (notify ${topicNames(alarm)})`
									: 'No actions',
						},
					]}
				/>
				<ConfirmDialog
					open={confirming}
					title={names.length === 1 ? 'Delete alarm?' : `Delete ${names.length} alarms?`}
					confirmLabel="Delete"
					danger
					onCancel={() => setConfirming(false)}
					onConfirm={remove}
				>
					<p>
						Delete {names.join(', ')}? The alarm stops watching and sends no more notifications. The SNS topic and its
						subscriptions stay.
					</p>
				</ConfirmDialog>
			</div>
		</div>
	);
}
