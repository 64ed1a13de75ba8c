/** The trail: every call, recorded with CloudTrail's field names. */

export type TrailIdentityType = 'Root' | 'IAMUser' | 'Unauthenticated';

/** One recorded call, with CloudTrail field names. Secrets are redacted. */
export interface TrailRecord {
	readonly eventTime: number;
	readonly eventName: string;
	readonly eventSource: string;
	readonly awsRegion: string;
	readonly userIdentity: {
		readonly type: TrailIdentityType;
		readonly arn?: string;
		readonly userName?: string;
		/**
		 * The access key that signed the request, for a programmatic call. Console calls have none
		 * (AWS records the console session's temporary key; the simulator has no temporary keys).
		 */
		readonly accessKeyId?: string;
	};
	/**
	 * The caller's address. Every new record has one; saves written before it existed do not, so it
	 * stays optional.
	 */
	readonly sourceIPAddress?: string;
	readonly requestParameters: unknown;
	readonly responseElements?: unknown;
	readonly errorCode?: string;
	readonly errorMessage?: string;
}
