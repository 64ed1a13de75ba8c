/** ARN builders with AWS's formats. */

/** `arn:aws:iam::<account>:root`, the root user's ARN. */
export const rootArn = (accountId: string): string => `arn:aws:iam::${accountId}:root`;

/** `arn:aws:iam::<account>:user/<path-without-leading-slash><name>`. */
export const userArn = (accountId: string, path: string, userName: string): string =>
	`arn:aws:iam::${accountId}:user${path}${userName}`;

export const groupArn = (accountId: string, path: string, groupName: string): string =>
	`arn:aws:iam::${accountId}:group${path}${groupName}`;

/** A virtual MFA device's serial number is its ARN: `arn:aws:iam::<account>:mfa/<path><name>`. */
export const mfaArn = (accountId: string, path: string, name: string): string =>
	`arn:aws:iam::${accountId}:mfa${path}${name}`;

export const topicArn = (region: string, accountId: string, name: string): string =>
	`arn:aws:sns:${region}:${accountId}:${name}`;

export const alarmArn = (region: string, accountId: string, name: string): string =>
	`arn:aws:cloudwatch:${region}:${accountId}:alarm:${name}`;

/** Parses an SNS topic ARN; `undefined` when it is not one. */
export function parseTopicArn(arn: string): { region: string; accountId: string; name: string } | undefined {
	const match = /^arn:aws:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,256})$/.exec(arn);
	if (!match) return undefined;
	return { region: match[1] ?? '', accountId: match[2] ?? '', name: match[3] ?? '' };
}
