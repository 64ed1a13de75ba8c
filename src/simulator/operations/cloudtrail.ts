/** CloudTrail's event history (regional): the account's recorded calls, looked up. */
import type { CommonError } from './common.ts';

/**
 * What Event history filters by: one attribute at a time.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupAttribute.html
 */
export type LookupAttributeKey =
	'EventId' | 'EventName' | 'ReadOnly' | 'Username' | 'ResourceType' | 'ResourceName' | 'EventSource' | 'AccessKeyId';

/**
 * A lookup attribute: the key and the value events must have.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupAttribute.html
 */
export interface LookupAttribute {
	readonly AttributeKey: LookupAttributeKey;
	readonly AttributeValue: string;
}

/**
 * A resource an event refers to (`AWS::IAM::User` and its name, `AWS::EC2::Instance` and its id…).
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Resource.html
 */
export interface TrailResource {
	readonly ResourceType: string;
	readonly ResourceName: string;
}

/**
 * An event as `LookupEvents` returns it. `CloudTrailEvent` is the whole record as a JSON string.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Event.html
 */
export interface TrailEventView {
	readonly EventId: string;
	readonly EventName: string;
	/** `"true"` for a read-only call, `"false"` otherwise (a string, as AWS sends it). */
	readonly ReadOnly: 'true' | 'false';
	/** The access key that signed the request, for a programmatic call. */
	readonly AccessKeyId?: string;
	readonly EventTime: number;
	readonly EventSource: string;
	/** The IAM user's name, `root` for the root user; absent for an unauthenticated call. */
	readonly Username?: string;
	readonly Resources: readonly TrailResource[];
	readonly CloudTrailEvent: string;
}

/**
 * Input of `LookupEvents`, with AWS's member names; times are epoch milliseconds.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 */
export interface LookupEventsInput {
	readonly LookupAttributes?: readonly LookupAttribute[];
	readonly StartTime?: number;
	readonly EndTime?: number;
	/** Only `insight` (CloudTrail Insights events, which this account has none of). */
	readonly EventCategory?: 'insight';
	readonly MaxResults?: number;
	readonly NextToken?: string;
}

/**
 * CloudTrail's event history.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html
 */
export interface CloudTrailOperations {
	/** The Region's management events of the last 90 days, newest first, 50 at most per page. */
	LookupEvents: {
		input: LookupEventsInput;
		output: { Events: readonly TrailEventView[]; NextToken?: string };
		errors:
			| CommonError
			| 'InvalidLookupAttributesException'
			| 'InvalidTimeRangeException'
			| 'InvalidMaxResultsException'
			| 'InvalidNextTokenException'
			| 'InvalidEventCategoryException';
	};
}
