/**
 * How the console writes times and amounts, for every screen and the practice tools. The IAM
 * screens' ages are in iam/iam-times.ts, so the practice tools on every page do not carry them.
 * SIMPLIFIED: times are shown in UTC so the billing clock reads the same for every learner and in tests.
 *
 * Written out by hand rather than with `Intl`: the first `Intl.DateTimeFormat` a page creates
 * loads locale data, which cost about 15 ms of the console's start-up on a fast machine (four
 * times that on Lighthouse's slowed-down phone). The output is the same as en-US `Intl` with
 * these options; a unit test compares them.
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** "Jan 5, 2025, 18:00 UTC". */
export function formatDateTime(epochMs: number): string {
	const date = new Date(epochMs);
	const month = (MONTHS[date.getUTCMonth()] ?? '').slice(0, 3);
	return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** "January 5, 2025". */
export function formatDate(epochMs: number): string {
	const date = new Date(epochMs);
	return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "January 2025" for the billing period. */
export function formatMonth(epochMs: number): string {
	const date = new Date(epochMs);
	return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "$12.34", "$1,234.50", "-$0.25". */
export function formatUsd(amount: number): string {
	const [whole = '0', cents = '00'] = Math.abs(amount).toFixed(2).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	// Unlike Intl, no minus sign on an amount that rounds to zero: "-$0.00" would only puzzle.
	const negative = amount < 0 && `${whole}.${cents}` !== '0.00';
	return `${negative ? '-' : ''}$${grouped}.${cents}`;
}

/** The ISO form of a time, for <time datetime>. */
export function isoTime(epochMs: number): string {
	return new Date(epochMs).toISOString();
}
