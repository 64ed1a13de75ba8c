import type { LookupAttributeKey, TrailEventView } from '@/simulator';

/** The console's name for each lookup attribute, in the order its **Lookup attributes** list shows them. */
export const ATTRIBUTE_LABELS: Readonly<Record<LookupAttributeKey, string>> = {
	ReadOnly: 'Read-only',
	EventName: 'Event name',
	Username: 'User name',
	ResourceType: 'Resource type',
	ResourceName: 'Resource name',
	EventSource: 'Event source',
	EventId: 'Event ID',
	AccessKeyId: 'AWS access key',
};

/** What the event's full record says beyond the lookup view: where the call came from, and how it ended. */
export interface EventRecordFacts {
	readonly sourceIPAddress?: string;
	readonly awsRegion?: string;
	readonly errorCode?: string;
	readonly errorMessage?: string;
	/** The record, laid out for reading. */
	readonly pretty: string;
}

/** Reads the facts the console shows from an event's `CloudTrailEvent` (a JSON string). */
export function recordFacts(event: TrailEventView): EventRecordFacts {
	let record: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(event.CloudTrailEvent);
		if (typeof parsed === 'object' && parsed !== null) record = parsed as Record<string, unknown>;
	} catch {
		// The simulator always writes JSON; an unreadable record just shows fewer facts.
	}
	const text = (name: string): string | undefined => {
		const value = record[name];
		return typeof value === 'string' ? value : undefined;
	};
	const facts: { -readonly [K in keyof EventRecordFacts]: EventRecordFacts[K] } = {
		pretty: JSON.stringify(record, null, 2),
	};
	for (const name of ['sourceIPAddress', 'awsRegion', 'errorCode', 'errorMessage'] as const) {
		const value = text(name);
		if (value !== undefined) facts[name] = value;
	}
	return facts;
}
