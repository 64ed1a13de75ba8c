/**
 * Formatting shared by the security, billing, CloudWatch, SNS and side-panel screens.
 * SIMPLIFIED: times are shown in UTC so the billing clock reads the same for every learner and in tests.
 */

const dateTime = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'short',
	day: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

const dateOnly = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'long',
	day: 'numeric',
});

/** "Jan 5, 2025, 18:00 UTC". */
export function formatDateTime(epochMs: number): string {
	return `${dateTime.format(epochMs)} UTC`;
}

/** "January 5, 2025". */
export function formatDate(epochMs: number): string {
	return dateOnly.format(epochMs);
}

/** "January 2025" for the billing period. */
export function formatMonth(epochMs: number): string {
	return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(epochMs);
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** "$12.34". */
export function formatUsd(amount: number): string {
	return usd.format(amount);
}

/** The ISO form of a time, for <time datetime>. */
export function isoTime(epochMs: number): string {
	return new Date(epochMs).toISOString();
}
