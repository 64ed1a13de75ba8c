/**
 * How the IAM screens write ages and times: the Users list's "3 days ago" and "Today", and the
 * UTC dates on a user's and a policy's page. In UTC, as everywhere in the console (format.ts).
 */

/** How long ago a time was, in the coarse words the IAM console uses ("Now", "5 minutes ago", "3 days ago"). */
export function timeAgo(then: number, now: number): string {
	const seconds = Math.max(0, Math.round((now - then) / 1000));
	if (seconds < 60) return 'Now';
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
	const days = Math.floor(hours / 24);
	return `${days} day${days === 1 ? '' : 's'} ago`;
}

/** An age in whole days, as the Password age and Active key age columns show it. */
export function daysLabel(days: number): string {
	return days === 0 ? 'Today' : `${days} day${days === 1 ? '' : 's'}`;
}

/** A date and time in UTC, e.g. "2025-01-01 14:05 UTC". */
export function formatUtc(time: number): string {
	return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
