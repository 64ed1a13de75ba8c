// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { selectAlarms, selectSubscriptions, type ApiCall, type ApiResponse } from '@/simulator';
import { CreateAlarmScreen } from '@/components/console/cloudwatch/CreateAlarmScreen';
import { renderWithConsole } from './harness';

afterEach(cleanup);

/** Billing alerts on, and the billing clock moved past the first EstimatedCharges publication. */
function billingAlertsOn(run: (call: ApiCall) => ApiResponse) {
	const updated = run({ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: true } });
	if (!updated.ok) throw new Error(updated.error.message);
	const advanced = run({ op: 'AdvanceBillingClock', input: { Hours: 1 } });
	if (!advanced.ok) throw new Error(advanced.error.message);
}

function textbox(name: string | RegExp) {
	return screen.getByRole('textbox', { name });
}

function selectBillingMetric() {
	fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
	fireEvent.click(screen.getByRole('button', { name: /^Billing \(/ }));
	fireEvent.click(screen.getByRole('button', { name: /^Total Estimated Charge/ }));
	fireEvent.click(screen.getByRole('checkbox', { name: 'EstimatedCharges USD' }));
	fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
}

describe('CreateAlarmScreen', () => {
	it('asks for a metric and a threshold before leaving step 1', () => {
		renderWithConsole(<CreateAlarmScreen />, { prepare: billingAlertsOn });
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByText('Select a metric.')).toBeTruthy();
		expect(textbox(/^than\.\.\./).getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText('Enter a threshold value.')).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Specify metric and conditions' })).toBeTruthy();
	});

	it('rejects a threshold that is not a number, tied to the field', () => {
		renderWithConsole(<CreateAlarmScreen />, { prepare: billingAlertsOn });
		selectBillingMetric();
		fireEvent.input(textbox(/^than\.\.\./), { target: { value: 'ten' } });
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		const input = textbox(/^than\.\.\./);
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toBe(
			'The threshold must be a number.',
		);
	});

	it('shows the hint to turn on billing alerts when the metric is missing', () => {
		renderWithConsole(<CreateAlarmScreen />);
		fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
		expect(screen.getByText('No Billing metrics here')).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Billing preferences' })).toBeTruthy();
	});

	it('offers to switch to US East (N. Virginia) from another Region', () => {
		renderWithConsole(<CreateAlarmScreen />, { prepare: billingAlertsOn, region: 'eu-west-1' });
		fireEvent.click(screen.getByRole('button', { name: 'Select metric' }));
		const switches = screen.getAllByRole('button', { name: 'Switch to US East (N. Virginia)' });
		expect(switches.length).toBeGreaterThan(0);
		fireEvent.click(switches[0]!);
		expect(screen.getByRole('button', { name: /^Billing \(/ })).toBeTruthy();
	});

	it('creates a billing alarm with a new topic and an email subscription', () => {
		const { harness } = renderWithConsole(<CreateAlarmScreen />, { prepare: billingAlertsOn });
		selectBillingMetric();
		expect(screen.getByRole('combobox', { name: 'Statistic' })).toHaveProperty('value', 'Maximum');
		expect(screen.getByRole('combobox', { name: 'Period' })).toHaveProperty('value', '21600');
		fireEvent.input(textbox(/^than\.\.\./), { target: { value: '10' } });
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('heading', { name: 'Configure actions' })).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('combobox', { name: /^Send a notification to\.\.\./ }).getAttribute('aria-invalid')).toBe(
			'true',
		);

		fireEvent.click(screen.getByRole('radio', { name: 'Create new topic' }));
		fireEvent.input(textbox(/^Email endpoints/), { target: { value: 'me@example.com' } });
		fireEvent.click(screen.getByRole('button', { name: 'Create topic' }));
		expect(selectSubscriptions(harness.state())[0]?.status).toBe('Pending confirmation');
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));

		expect(screen.getByRole('heading', { name: 'Add name and description' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByText('Enter an alarm name.')).toBeTruthy();
		fireEvent.input(textbox(/^Alarm name/), { target: { value: 'Billing-10-USD' } });
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));

		expect(screen.getByRole('heading', { name: 'Preview and create' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Create alarm' }));
		const [alarm] = selectAlarms(harness.state());
		expect(alarm).toMatchObject({
			AlarmName: 'Billing-10-USD',
			Namespace: 'AWS/Billing',
			MetricName: 'EstimatedCharges',
			Statistic: 'Maximum',
			Period: 21600,
			Threshold: 10,
			ComparisonOperator: 'GreaterThanThreshold',
		});
		expect(alarm?.AlarmActions).toHaveLength(1);
		expect(harness.navigations.at(-1)).toEqual({ screen: 'cloudwatch-alarms' });
	});

	it('sends a simulator validation message back to the field it is about', () => {
		const { harness } = renderWithConsole(<CreateAlarmScreen />, { prepare: billingAlertsOn });
		selectBillingMetric();
		fireEvent.input(textbox(/^than\.\.\./), { target: { value: '10' } });
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		fireEvent.input(textbox(/^Alarm name/), { target: { value: 'x'.repeat(300) } });
		fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		fireEvent.click(screen.getByRole('button', { name: 'Create alarm' }));
		const input = textbox(/^Alarm name/);
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(selectAlarms(harness.state())).toHaveLength(0);
	});
});
