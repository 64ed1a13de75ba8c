import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, printable, type Read } from '../core/validate.ts';
import type { LookupAttribute, LookupAttributeKey, TrailEventView } from '../operations.ts';
import type { SimState, TrailRecord } from '../state.ts';
import { eventIdOf, eventView, isReadOnly, resourcesOf, usernameOf } from './event-view.ts';

/**
 * Event history keeps 90 days of events.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html
 */
export const EVENT_HISTORY_DAYS = 90;
const DAY_MS = 86_400_000;
/** The most events one page holds (and the default). */
const MAX_RESULTS = 50;

/**
 * The attributes Event history filters by, in the order the console lists them.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events-console.html
 */
export const LOOKUP_ATTRIBUTE_KEYS: readonly LookupAttributeKey[] = [
	'ReadOnly',
	'EventName',
	'Username',
	'ResourceType',
	'ResourceName',
	'EventSource',
	'EventId',
	'AccessKeyId',
];

/**
 * What to look up: the Region's events, one attribute at most, within a time range.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 */
export interface EventQuery {
	readonly region: string;
	readonly attribute?: LookupAttribute;
	/** Epoch ms; defaults to 90 days before `now`. */
	readonly startTime?: number;
	/** Epoch ms; defaults to `now`. */
	readonly endTime?: number;
}

/** Whether an event has the attribute's value. */
function hasAttribute(
	record: TrailRecord,
	eventId: string,
	{ AttributeKey, AttributeValue }: LookupAttribute,
): boolean {
	switch (AttributeKey) {
		case 'EventId':
			return eventId === AttributeValue;
		case 'EventName':
			return record.eventName === AttributeValue;
		case 'ReadOnly':
			return String(isReadOnly(record)) === AttributeValue;
		case 'Username':
			return usernameOf(record) === AttributeValue;
		case 'ResourceType':
			return resourcesOf(record).some((resource) => resource.ResourceType === AttributeValue);
		case 'ResourceName':
			return resourcesOf(record).some((resource) => resource.ResourceName === AttributeValue);
		case 'EventSource':
			return record.eventSource === AttributeValue;
		case 'AccessKeyId':
			return record.userIdentity.accessKeyId === AttributeValue;
	}
}

/**
 * The events Event history shows for a query, newest first: the Region's recorded calls of the last
 * 90 days (IAM, sign-in and other global services record theirs in US East (N. Virginia)) within
 * the time range, with the attribute's value. SIMPLIFIED: the account keeps only its newest 200
 * records (see the trail), so a busy account's history is shorter than 90 days.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html
 */
export function selectEventHistory(state: SimState, query: EventQuery, now: number): TrailEventView[] {
	const oldest = Math.max(now - EVENT_HISTORY_DAYS * DAY_MS, query.startTime ?? -Infinity);
	const newest = query.endTime ?? Infinity;
	const seen = new Map<string, number>();
	const events: TrailEventView[] = [];
	for (const record of state.trail) {
		// Identical records (same call, same millisecond) still get ids of their own.
		const key = JSON.stringify(record);
		const occurrence = seen.get(key) ?? 0;
		seen.set(key, occurrence + 1);
		if (record.awsRegion !== query.region || record.eventTime < oldest || record.eventTime > newest) continue;
		const eventId = eventIdOf(record, occurrence);
		if (query.attribute && !hasAttribute(record, eventId, query.attribute)) continue;
		events.push(eventView(state, record, eventId));
	}
	return events.reverse();
}

/** Reads `LookupAttributes`: at most one, with a known key and a value of 1 to 2,000 characters. */
function readAttribute(input: unknown): Read<LookupAttribute | undefined, 'InvalidLookupAttributesException'> {
	const raw = asRecord(input)['LookupAttributes'];
	if (raw === undefined) return { ok: true, value: undefined };
	// UNCONFIRMED messages: CloudTrail documents when it refuses lookup attributes, not its wording.
	if (!Array.isArray(raw)) return fail('InvalidLookupAttributesException', 'LookupAttributes must be a list.');
	if (raw.length === 0) return { ok: true, value: undefined };
	if (raw.length > 1)
		return fail('InvalidLookupAttributesException', 'You can specify only one lookup attribute at a time.');
	const { AttributeKey: key, AttributeValue: value } = asRecord(raw[0]);
	if (typeof key !== 'string' || !(LOOKUP_ATTRIBUTE_KEYS as readonly string[]).includes(key)) {
		return fail(
			'InvalidLookupAttributesException',
			`The attribute key '${printable(key)}' is not valid. Valid keys: ${[...LOOKUP_ATTRIBUTE_KEYS].sort().join(', ')}.`,
		);
	}
	if (typeof value !== 'string' || value.length < 1 || value.length > 2000)
		return fail('InvalidLookupAttributesException', 'The attribute value must be 1 to 2000 characters long.');
	if (key === 'ReadOnly' && value !== 'true' && value !== 'false')
		return fail('InvalidLookupAttributesException', "The value of ReadOnly must be 'true' or 'false'.");
	return { ok: true, value: { AttributeKey: key as LookupAttributeKey, AttributeValue: value } };
}

/** Reads an optional time (epoch ms) for the range. */
function readTime(
	input: unknown,
	member: 'StartTime' | 'EndTime',
): Read<number | undefined, 'InvalidTimeRangeException'> {
	const value = asRecord(input)[member];
	if (value === undefined) return { ok: true, value: undefined };
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > Date.UTC(2200, 0, 1))
		return fail('InvalidTimeRangeException', `${member} is not a valid time.`);
	return { ok: true, value };
}

/** A fingerprint of the query, so a page token only continues the lookup it came from. */
function fingerprint(query: EventQuery, pageSize: number): string {
	const text = JSON.stringify([
		query.region,
		query.attribute ?? null,
		query.startTime ?? null,
		query.endTime ?? null,
		pageSize,
	]);
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(36);
}

/**
 * LookupEvents: the Region's management events of the last 90 days, newest first, filtered by one
 * lookup attribute and a time range, 50 at most per page (`MaxResults`), with a `NextToken` for the
 * next page. `EventCategory: 'insight'` asks for CloudTrail Insights events, which this account has
 * none of.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 */
export const lookupEvents: Handler<'LookupEvents'> = (state, input, env) => {
	const attribute = readAttribute(input);
	if (!attribute.ok) return attribute;
	const startTime = readTime(input, 'StartTime');
	if (!startTime.ok) return startTime;
	const endTime = readTime(input, 'EndTime');
	if (!endTime.ok) return endTime;
	if (startTime.value !== undefined && endTime.value !== undefined && startTime.value > endTime.value)
		return fail('InvalidTimeRangeException', 'The start time must not be after the end time.');
	const record = asRecord(input);
	const maxResults = record['MaxResults'];
	if (
		maxResults !== undefined &&
		(typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS)
	)
		return fail('InvalidMaxResultsException', `MaxResults must be a whole number from 1 to ${MAX_RESULTS}.`);
	const category = record['EventCategory'];
	if (category !== undefined && category !== 'insight')
		return fail(
			'InvalidEventCategoryException',
			`The event category '${printable(category)}' is not valid. Use insight.`,
		);
	const query: EventQuery = {
		region: env.region,
		...(attribute.value ? { attribute: attribute.value } : {}),
		...(startTime.value === undefined ? {} : { startTime: startTime.value }),
		...(endTime.value === undefined ? {} : { endTime: endTime.value }),
	};
	const pageSize = typeof maxResults === 'number' ? maxResults : MAX_RESULTS;
	const print = fingerprint(query, pageSize);
	// The token names the last event of the previous page, so events recorded since (this lookup's own
	// record among them) do not shift the pages.
	const token = record['NextToken'];
	// CloudTrail Insights events need Insights turned on for a trail; this account has none.
	const events = category === 'insight' ? [] : selectEventHistory(state, query, env.now);
	let offset = 0;
	if (token !== undefined) {
		const match = typeof token === 'string' ? /^([0-9a-f-]{36})\.([0-9a-z]+)$/.exec(token) : null;
		const after = match && match[2] === print ? events.findIndex((event) => event.EventId === match[1]) : -1;
		if (after < 0) return fail('InvalidNextTokenException', 'The NextToken is not valid for this request.');
		offset = after + 1;
	}
	const page = events.slice(offset, offset + pageSize);
	const last = page.at(-1);
	return done(
		state,
		last && offset + pageSize < events.length
			? { Events: page, NextToken: `${last.EventId}.${print}` }
			: { Events: page },
	);
};
