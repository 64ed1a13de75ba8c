import type { TrailEventView, TrailResource } from '../operations.ts';
import type { SimState, TrailRecord } from '../state.ts';

/** Event names of calls that only read, as CloudTrail marks them (`readOnly`). */
const READ_ONLY_PREFIXES = ['Get', 'List', 'Describe', 'Lookup'];

/**
 * Whether the event only read something (CloudTrail's `readOnly`).
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export function isReadOnly(record: TrailRecord): boolean {
	return READ_ONLY_PREFIXES.some((prefix) => record.eventName.startsWith(prefix));
}

/**
 * The user name Event history shows: the IAM user's name, `root` for the root user.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Event.html
 */
export function usernameOf(record: TrailRecord): string | undefined {
	const identity = record.userIdentity;
	if (identity.type === 'Root') return 'root';
	return identity.type === 'IAMUser' ? identity.userName : undefined;
}

/** Request and response members that name a resource, and the resource type CloudTrail gives it. */
const RESOURCE_MEMBERS: readonly { readonly member: string; readonly type: string }[] = [
	{ member: 'UserName', type: 'AWS::IAM::User' },
	{ member: 'AccessKeyId', type: 'AWS::IAM::AccessKey' },
	{ member: 'PolicyArn', type: 'AWS::IAM::Policy' },
	{ member: 'GroupName', type: 'AWS::IAM::Group' },
	{ member: 'SerialNumber', type: 'AWS::IAM::MFADevice' },
	{ member: 'InstanceId', type: 'AWS::EC2::Instance' },
	{ member: 'AlarmName', type: 'AWS::CloudWatch::Alarm' },
	{ member: 'TopicArn', type: 'AWS::SNS::Topic' },
	{ member: 'BudgetName', type: 'AWS::Budgets::Budget' },
];

/** Members that hold a list of resource names of one type (`InstanceIds`, `AlarmNames`). */
const LIST_MEMBERS: Readonly<Record<string, string>> = { InstanceIds: 'InstanceId', AlarmNames: 'AlarmName' };

/** Collects the resources named anywhere in a request or response (a few levels deep). */
function collectResources(value: unknown, into: Map<string, TrailResource>, depth = 0): void {
	if (depth > 3 || typeof value !== 'object' || value === null) return;
	if (Array.isArray(value)) {
		for (const item of value.slice(0, 20)) collectResources(item, into, depth + 1);
		return;
	}
	for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
		const single = RESOURCE_MEMBERS.find((entry) => entry.member === name);
		if (single && typeof member === 'string' && member.length > 0) {
			into.set(`${single.type} ${member}`, { ResourceType: single.type, ResourceName: member });
			continue;
		}
		const itemMember = Object.prototype.hasOwnProperty.call(LIST_MEMBERS, name) ? LIST_MEMBERS[name] : undefined;
		const type = RESOURCE_MEMBERS.find((entry) => entry.member === itemMember)?.type;
		if (type && Array.isArray(member)) {
			for (const item of member.slice(0, 20))
				if (typeof item === 'string' && item.length > 0)
					into.set(`${type} ${item}`, { ResourceType: type, ResourceName: item });
			continue;
		}
		collectResources(member, into, depth + 1);
	}
}

/**
 * The resources an event refers to, as Event history's Resource type and Resource name columns show
 * them. SIMPLIFIED: CloudTrail knows each API's resources; here they are read from the request's and
 * the response's members that name one (`UserName`, `AccessKeyId`, `InstanceIds`, `AlarmName`…).
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Resource.html
 */
export function resourcesOf(record: TrailRecord): TrailResource[] {
	const found = new Map<string, TrailResource>();
	collectResources(record.requestParameters, found);
	if (record.errorCode === undefined) collectResources(record.responseElements, found);
	return [...found.values()];
}

/** FNV-1a of a text, as 8 hexadecimal characters. */
function fnv(text: string, seed = 0x811c9dc5): string {
	let hash = seed;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A stable id for an event, shaped like CloudTrail's (a UUID): derived from the record itself, so it
 * stays the same however many records come after it. `occurrence` tells identical records apart.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export function eventIdOf(record: TrailRecord, occurrence: number): string {
	const text = `${occurrence}|${JSON.stringify(record)}`;
	const hex = `${fnv(text)}${fnv(text, 0x12345678)}${fnv(text, 0x9e3779b9)}${fnv(text, 0x7f4a7c15)}`;
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Sign-in events are `AwsConsoleSignIn`; every other call is an `AwsApiCall`. */
function eventTypeOf(record: TrailRecord): string {
	return record.eventSource === 'signin.amazonaws.com' ? 'AwsConsoleSignIn' : 'AwsApiCall';
}

/**
 * One event as `LookupEvents` returns it, with the whole record (`CloudTrailEvent`) as CloudTrail
 * writes it: ISO times, the event's id and type, the account that received it.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export function eventView(state: SimState, record: TrailRecord, eventId: string): TrailEventView {
	const identity = record.userIdentity;
	const username = usernameOf(record);
	const readOnly = isReadOnly(record);
	const full = {
		eventVersion: '1.08',
		userIdentity: {
			type: identity.type === 'Unauthenticated' ? 'Unknown' : identity.type,
			...(identity.arn === undefined ? {} : { arn: identity.arn }),
			accountId: state.account.accountId,
			...(identity.accessKeyId === undefined ? {} : { accessKeyId: identity.accessKeyId }),
			...(identity.userName === undefined ? {} : { userName: identity.userName }),
		},
		eventTime: new Date(record.eventTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
		eventSource: record.eventSource,
		eventName: record.eventName,
		awsRegion: record.awsRegion,
		...(record.sourceIPAddress === undefined ? {} : { sourceIPAddress: record.sourceIPAddress }),
		requestParameters: record.requestParameters ?? null,
		responseElements: record.responseElements ?? null,
		...(record.errorCode === undefined ? {} : { errorCode: record.errorCode, errorMessage: record.errorMessage }),
		eventID: eventId,
		readOnly,
		eventType: eventTypeOf(record),
		managementEvent: true,
		recipientAccountId: state.account.accountId,
	};
	return {
		EventId: eventId,
		EventName: record.eventName,
		ReadOnly: readOnly ? 'true' : 'false',
		...(identity.accessKeyId === undefined ? {} : { AccessKeyId: identity.accessKeyId }),
		EventTime: record.eventTime,
		EventSource: record.eventSource,
		...(username === undefined ? {} : { Username: username }),
		Resources: resourcesOf(record),
		CloudTrailEvent: JSON.stringify(full),
	};
}
