import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateTime, formatMonth, formatUsd } from '@/components/console/format';

// The reference: en-US Intl with the options the console's formats stand for.
const intlDateTime = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'short',
	day: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});
const intlDate = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const intlMonth = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' });
const intlUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const times = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31, 23, 59) });

describe('console formats', () => {
	it('write dates and times as en-US Intl does, in UTC', () => {
		expect(formatDateTime(Date.UTC(2025, 0, 5, 18, 0))).toBe('Jan 5, 2025, 18:00 UTC');
		expect(formatDate(Date.UTC(2025, 0, 5))).toBe('January 5, 2025');
		expect(formatMonth(Date.UTC(2025, 0, 5))).toBe('January 2025');
		fc.assert(
			fc.property(times, (time) => {
				expect(formatDateTime(time)).toBe(`${intlDateTime.format(time)} UTC`);
				expect(formatDate(time)).toBe(intlDate.format(time));
				expect(formatMonth(time)).toBe(intlMonth.format(time));
			}),
			{ numRuns: 500 },
		);
	});

	it('write dollar amounts as en-US Intl does', () => {
		expect(formatUsd(4.2)).toBe('$4.20');
		expect(formatUsd(1234.5)).toBe('$1,234.50');
		expect(formatUsd(1_000_000)).toBe('$1,000,000.00');
		const amounts = fc.oneof(
			fc.double({ min: 0, max: 1e7, noNaN: true }).map((amount) => amount + 0) /* never -0 */,
			fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
		);
		fc.assert(
			fc.property(amounts, (amount) => {
				expect(formatUsd(amount)).toBe(intlUsd.format(amount));
				if (amount >= 0.005) expect(formatUsd(-amount)).toBe(intlUsd.format(-amount));
			}),
			{ numRuns: 500 },
		);
		// Unlike Intl, no minus sign on an amount that rounds to zero.
		expect(formatUsd(-0.001)).toBe('$0.00');
	});
});
