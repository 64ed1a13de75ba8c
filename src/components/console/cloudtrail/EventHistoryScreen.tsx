import { useMemo, useState } from 'preact/hooks';
import {
	LOOKUP_ATTRIBUTE_KEYS,
	regionName,
	selectEventHistory,
	type LookupAttributeKey,
	type TrailEventView,
} from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Table } from '../ui/Table';
import { formatDateTime, isoTime } from '../format';
import { CloudTrailNav } from './CloudTrailNav';
import { EventDetails } from './EventDetails';
import { ATTRIBUTE_LABELS, recordFacts } from './event-fields';
import './cloudtrail.css';

/** Events shown at first, and added by **Load more events** (the console pages 50 at a time). */
const PAGE = 50;

/**
 * CloudTrail → **Event history**: the chosen Region's events of the last 90 days, newest first,
 * filtered by one lookup attribute (by default **Read-only** is `false`, as the console starts), with
 * each event's details and record. The page's own entry call is the one lookup recorded in the trail;
 * changing the filter reads the same history without adding events.
 */
export function EventHistoryScreen() {
	const { state, region, now } = useConsole();
	const [key, setKey] = useState<LookupAttributeKey>('ReadOnly');
	const [value, setValue] = useState('false');
	const [shown, setShown] = useState(PAGE);
	const [open, setOpen] = useState<TrailEventView | null>(null);
	const typed = value.trim();
	const events = useMemo(
		() =>
			selectEventHistory(
				state,
				typed === '' ? { region } : { region, attribute: { AttributeKey: key, AttributeValue: typed } },
				now(),
			),
		[state, region, key, typed],
	);
	const visible = events.slice(0, shown);

	return (
		<div class="c-service-layout">
			<CloudTrailNav />
			<div>
				<ScreenHeading>Event history</ScreenHeading>
				<p class="ct-muted">
					Events in {regionName(region)} ({region}) from the last 90 days, newest first. IAM, sign-in and billing events
					are kept in US East (N. Virginia); other services' events are in the Region where they happened.
				</p>
				<form class="ct-filter" aria-label="Filter events" onSubmit={(event) => event.preventDefault()}>
					<Field label="Lookup attributes">
						{(control) => (
							<select
								{...control}
								value={key}
								onChange={(event) => {
									const next = event.currentTarget.value as LookupAttributeKey;
									setKey(next);
									setValue(next === 'ReadOnly' ? 'false' : '');
									setShown(PAGE);
								}}
							>
								{LOOKUP_ATTRIBUTE_KEYS.map((attribute) => (
									<option key={attribute} value={attribute}>
										{ATTRIBUTE_LABELS[attribute]}
									</option>
								))}
							</select>
						)}
					</Field>
					{key === 'ReadOnly' ? (
						<Field label="Enter lookup value">
							{(control) => (
								<select {...control} value={value} onChange={(event) => setValue(event.currentTarget.value)}>
									<option value="false">false</option>
									<option value="true">true</option>
									<option value="">Any</option>
								</select>
							)}
						</Field>
					) : (
						<Field label="Enter lookup value" hint={`The exact ${ATTRIBUTE_LABELS[key].toLowerCase()}.`}>
							{(control) => (
								<input
									{...control}
									type="text"
									autocomplete="off"
									spellcheck={false}
									value={value}
									onInput={(event) => {
										setValue(event.currentTarget.value);
										setShown(PAGE);
									}}
								/>
							)}
						</Field>
					)}
					<div class="ct-filter__clear">
						<Button
							onClick={() => {
								setKey('ReadOnly');
								setValue('');
								setShown(PAGE);
							}}
						>
							Clear filter
						</Button>
					</div>
				</form>
				<p class="ct-count" role="status">
					{events.length === 1 ? '1 event matches.' : `${events.length} events match.`}
				</p>
				<Table
					caption={`Events in ${regionName(region)}`}
					captionHidden
					rows={visible}
					rowKey={(event) => event.EventId}
					empty="No events match. Events are kept in the Region where they happened: try another Region, or clear the filter."
					columns={[
						{
							id: 'name',
							header: 'Event name',
							rowHeader: true,
							cell: (event) => (
								<Button variant="link" onClick={() => setOpen(event)}>
									{event.EventName}
								</Button>
							),
						},
						{
							id: 'time',
							header: 'Event time',
							cell: (event) => <time dateTime={isoTime(event.EventTime)}>{formatDateTime(event.EventTime)}</time>,
						},
						{ id: 'user', header: 'User name', cell: (event) => event.Username ?? '-' },
						{
							id: 'key',
							header: 'AWS access key',
							cell: (event) => (event.AccessKeyId ? <span class="c-mono">{event.AccessKeyId}</span> : '-'),
						},
						{ id: 'ip', header: 'Source IP address', cell: (event) => recordFacts(event).sourceIPAddress ?? '-' },
						{ id: 'source', header: 'Event source', cell: (event) => event.EventSource },
						{
							id: 'resources',
							header: 'Resource name',
							cell: (event) => event.Resources.map((resource) => resource.ResourceName).join(', ') || '-',
						},
						{ id: 'error', header: 'Error code', cell: (event) => recordFacts(event).errorCode ?? '-' },
					]}
				/>
				{events.length > shown && (
					<p>
						<Button onClick={() => setShown(shown + PAGE)}>Load more events</Button>
					</p>
				)}
				<EventDetails event={open} onClose={() => setOpen(null)} />
			</div>
		</div>
	);
}
