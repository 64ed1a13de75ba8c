// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FastForward, hoursToMonthEnd } from '@/components/console/side/FastForward';
import { renderWithConsole } from './harness';

afterEach(cleanup);

const HOUR = 3_600_000;

describe('hoursToMonthEnd', () => {
	it('counts whole hours to the last hour of the UTC month', () => {
		expect(hoursToMonthEnd(Date.UTC(2026, 10, 27, 19, 5))).toBe(76);
		expect(hoursToMonthEnd(Date.UTC(2026, 10, 30, 23, 0))).toBe(0);
		expect(hoursToMonthEnd(Date.UTC(2026, 11, 31, 22, 30))).toBe(1);
	});
});

describe('Billing clock: To month end', () => {
	it('moves the clock to the last hour of the month and says so', () => {
		const { harness } = renderWithConsole(<FastForward />);
		const start = harness.state().billing.clock;
		const startSpend = harness.state().billing.monthToDateUsd;
		fireEvent.click(screen.getByRole('button', { name: 'To month end' }));

		const end = harness.state().billing.clock;
		const date = new Date(end);
		expect(end).toBeGreaterThan(start);
		expect(date.getUTCMonth()).toBe(new Date(start).getUTCMonth());
		expect(hoursToMonthEnd(end)).toBe(0);
		expect(new Date(end + HOUR).getUTCDate()).toBe(1);
		expect(harness.state().billing.monthToDateUsd).toBeGreaterThanOrEqual(startSpend);
		expect(harness.announcements.at(-1)).toMatch(/^Moved the billing clock forward to the end of the month\./);

		// A second press has nowhere to go and says so, without moving the clock.
		fireEvent.click(screen.getByRole('button', { name: 'To month end' }));
		expect(harness.state().billing.clock).toBe(end);
		expect(harness.announcements.at(-1)).toBe('The billing clock is already at the end of the month.');
		expect(screen.getByText('The billing clock is already at the end of the month.')).toBeTruthy();
	});
});
