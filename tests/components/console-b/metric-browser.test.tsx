// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiCall, ApiResponse } from '@/simulator';
import { CreateAlarmScreen } from '@/components/console/cloudwatch/CreateAlarmScreen';
import { metricCount, statisticLabel } from '@/components/console/cloudwatch/alarm-labels';
import { renderWithConsole } from './harness';

afterEach(cleanup);

/** Billing alerts just turned on: the first EstimatedCharges datapoint is 15 minutes away. */
function alertsJustOn(run: (call: ApiCall) => ApiResponse) {
	const updated = run({ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } });
	if (!updated.ok) throw new Error(updated.error.message);
}

const billingTile = () => screen.queryByRole('button', { name: /^Billing \(/ });

describe('Metric browser', () => {
	it('picks up the billing metric when the billing clock moves while it is open', async () => {
		const { harness } = renderWithConsole(<CreateAlarmScreen />, { prepare: alertsJustOn });
		fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
		expect(screen.getByText('No Billing metrics here')).toBeTruthy();
		expect(billingTile()).toBeNull();
		expect(screen.getByRole('status').textContent).toBe('Browse · US East (N. Virginia) · 0 metrics');

		// Fast-forward beside the console, with the browser still open.
		await act(() => {
			harness.run({ op: 'AdvanceBillingClock', input: { Hours: 1 } });
		});
		expect(screen.queryByText('No Billing metrics here')).toBeNull();
		expect(billingTile()?.textContent).toBe('Billing (1 metric)');
		expect(screen.getByRole('status').textContent).toBe('Browse · US East (N. Virginia) · 1 metric');
		fireEvent.click(billingTile()!);
		expect(screen.getByRole('button', { name: /^Total Estimated Charge/ }).textContent).toBe(
			'Total Estimated Charge (1 metric)',
		);
	});

	it('lists the metrics again with Refresh, recorded in the trail and announced', () => {
		const { harness } = renderWithConsole(<CreateAlarmScreen />, { prepare: alertsJustOn });
		fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
		const listings = () => harness.state().trail.filter((record) => record.eventName === 'ListMetrics').length;
		expect(listings()).toBe(1);
		fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
		expect(listings()).toBe(2);
		expect(harness.announcements.at(-1)).toBe('Metrics refreshed. No Billing metrics.');

		harness.setNow(harness.state().billing.lastRealNow + 20 * 60_000);
		fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
		expect(harness.announcements.at(-1)).toBe('Metrics refreshed. Billing: 1 metric.');
		expect(billingTile()).toBeTruthy();
	});

	it('calls the statistic Sample count, in two words', async () => {
		const { harness } = renderWithConsole(<CreateAlarmScreen />, { prepare: alertsJustOn });
		await act(() => {
			harness.run({ op: 'AdvanceBillingClock', input: { Hours: 1 } });
		});
		fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
		fireEvent.click(billingTile()!);
		fireEvent.click(screen.getByRole('button', { name: /^Total Estimated Charge/ }));
		fireEvent.click(screen.getByRole('checkbox', { name: 'EstimatedCharges USD' }));
		fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
		const statistic = screen.getByRole('combobox', { name: 'Statistic' });
		expect(
			within(statistic)
				.getAllByRole('option')
				.map((option) => option.textContent),
		).toEqual(['Average', 'Minimum', 'Maximum', 'Sum', 'Sample count']);
	});
});

describe('metric browser labels', () => {
	it('counts metrics in the singular and plural', () => {
		expect([0, 1, 2, 12].map(metricCount)).toEqual(['0 metrics', '1 metric', '2 metrics', '12 metrics']);
	});

	it('names SampleCount as the console does and leaves the others alone', () => {
		expect(statisticLabel('SampleCount')).toBe('Sample count');
		expect(statisticLabel('Maximum')).toBe('Maximum');
	});
});
