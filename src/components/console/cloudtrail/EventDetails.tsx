import { regionName, type TrailEventView } from '@/simulator';
import { Button } from '../ui/Button';
import { Modal } from '../ui/Modal';
import { formatDateTime } from '../format';
import { recordFacts } from './event-fields';

/** One event's details, as the console's event page shows them: the summary, then the whole record. */
export function EventDetails(props: { event: TrailEventView | null; onClose: () => void }) {
	const { event, onClose } = props;
	const facts = event ? recordFacts(event) : undefined;
	const rows: readonly [string, string][] =
		event && facts
			? [
					['Event time', formatDateTime(event.EventTime)],
					['User name', event.Username ?? '-'],
					['AWS access key', event.AccessKeyId ?? '-'],
					['Source IP address', facts.sourceIPAddress ?? '-'],
					['Event source', event.EventSource],
					['AWS region', facts.awsRegion ? `${regionName(facts.awsRegion)} (${facts.awsRegion})` : '-'],
					['Error code', facts.errorCode ?? '-'],
					['Resources', event.Resources.map((r) => `${r.ResourceType} ${r.ResourceName}`).join(', ') || '-'],
					['Event ID', event.EventId],
				]
			: [];
	return (
		<Modal
			open={event !== null}
			title={event?.EventName ?? 'Event'}
			onClose={onClose}
			footer={
				<Button variant="primary" onClick={onClose}>
					Close
				</Button>
			}
		>
			<dl class="ct-details">
				{rows.map(([term, value]) => (
					<div key={term}>
						<dt>{term}</dt>
						<dd>{value}</dd>
					</div>
				))}
			</dl>
			<h3 class="ct-record-title">Event record</h3>
			<pre class="ct-record" tabIndex={0} aria-label="Event record (JSON)">
				{facts?.pretty}
			</pre>
		</Modal>
	);
}
