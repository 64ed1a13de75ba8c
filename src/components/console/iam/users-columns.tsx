import type { UsersTableRow } from '@/simulator';
import type { TableColumn } from '../ui/Table';
import { AgeFlag } from './AgeFlag';
import { RouteLink } from './IamLayout';
import { daysLabel, formatUtc, timeAgo } from './iam-times';

/** Every column the IAM console's Users table offers, in its order. */
export type UserColumnId =
	| 'userName'
	| 'path'
	| 'groups'
	| 'lastActivity'
	| 'mfa'
	| 'passwordAge'
	| 'consoleLastSignIn'
	| 'accessKeyId'
	| 'activeKeyAge'
	| 'accessKeyLastUsed'
	| 'arn'
	| 'creationTime'
	| 'consoleAccess'
	| 'signingCertificates';

export interface UserColumn extends TableColumn<UsersTableRow> {
	readonly id: UserColumnId;
	/** The column's name, in the table header and in **Select visible columns**. */
	readonly title: string;
}

/** The columns shown until the learner chooses others. */
export const DEFAULT_USER_COLUMNS: readonly UserColumnId[] = [
	'userName',
	'path',
	'groups',
	'lastActivity',
	'mfa',
	'passwordAge',
	'consoleLastSignIn',
	'accessKeyId',
	'activeKeyAge',
	'creationTime',
];

const DAY_MS = 86_400_000;

function column(id: UserColumnId, title: string, cell: UserColumn['cell'], rowHeader = false): UserColumn {
	return { id, title, header: title, cell, ...(rowHeader ? { rowHeader } : {}) };
}

/**
 * The Users table's columns. Ages (password, active key, last key use) carry the console's flag at
 * 90 days and a year.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html
 */
export function userColumns(now: number): readonly UserColumn[] {
	return [
		column(
			'userName',
			'User name',
			(row) => <RouteLink route={{ screen: 'iam-user', userName: row.userName }}>{row.userName}</RouteLink>,
			true,
		),
		column('path', 'Path', (row) => row.path),
		column('groups', 'Groups', (row) => String(row.groups.length)),
		column('lastActivity', 'Last activity', (row) =>
			row.lastActivity === null ? 'Never' : timeAgo(row.lastActivity, now),
		),
		column('mfa', 'MFA', (row) => row.mfa ?? '-'),
		column('passwordAge', 'Password age', (row) =>
			row.passwordAgeDays === null ? (
				'None'
			) : (
				<AgeFlag days={row.passwordAgeDays}>{daysLabel(row.passwordAgeDays)}</AgeFlag>
			),
		),
		column('consoleLastSignIn', 'Console last sign-in', (row) =>
			typeof row.consoleLastSignIn === 'number' ? formatUtc(row.consoleLastSignIn) : row.consoleLastSignIn,
		),
		column('accessKeyId', 'Access key ID', (row) =>
			row.accessKeys.length === 0
				? '-'
				: row.accessKeys.map((key) => (
						<div key={key.accessKeyId} class="c-mono">
							{key.status} - {key.accessKeyId}
						</div>
					)),
		),
		column('activeKeyAge', 'Active key age', (row) =>
			row.activeKeyAgeDays === null ? (
				'-'
			) : (
				<AgeFlag days={row.activeKeyAgeDays}>{daysLabel(row.activeKeyAgeDays)}</AgeFlag>
			),
		),
		column('accessKeyLastUsed', 'Access key last used', (row) =>
			typeof row.accessKeyLastUsed === 'number' ? (
				<AgeFlag days={Math.floor(Math.max(0, now - row.accessKeyLastUsed) / DAY_MS)}>
					{timeAgo(row.accessKeyLastUsed, now)}
				</AgeFlag>
			) : (
				row.accessKeyLastUsed
			),
		),
		column('arn', 'ARN', (row) => <span class="c-mono">{row.arn}</span>),
		column('creationTime', 'Creation time', (row) => timeAgo(row.creationTime, now)),
		column('consoleAccess', 'Console access', (row) => row.consoleAccess),
		column('signingCertificates', 'Signing certificates', (row) => row.signingCertificates),
	];
}
