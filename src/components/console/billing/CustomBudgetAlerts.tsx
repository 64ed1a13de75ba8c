import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { focusAfterRender } from '../ui/focus';
import { fieldId, MAX_ALERTS, newAlert, type AlertForm, type FieldErrors } from './budget-form';

interface CustomBudgetAlertsProps {
	alerts: readonly AlertForm[];
	errors: FieldErrors;
	onChange: (alerts: readonly AlertForm[]) => void;
}

/**
 * **Configure alerts** of a customized budget: each alert is a threshold (a percentage of the
 * budgeted amount) on actual or forecasted spend, with email recipients and, optionally, an
 * Amazon SNS topic of the account. Alerts can be added (up to five) and removed.
 */
export function CustomBudgetAlerts({ alerts, errors, onChange }: CustomBudgetAlertsProps) {
	const { state, announce } = useConsole();
	const topics = Object.values(state.sns)
		.flatMap((regional) => Object.values(regional.topics))
		.sort((a, b) => a.TopicArn.localeCompare(b.TopicArn));

	const change = (key: number, patch: Partial<AlertForm>) =>
		onChange(alerts.map((alert) => (alert.key === key ? { ...alert, ...patch } : alert)));

	function add() {
		const key = Math.max(0, ...alerts.map((a) => a.key)) + 1;
		onChange([...alerts, newAlert(key, '100', 'ACTUAL')]);
		announce(`Alert #${alerts.length + 1} added.`);
		focusAfterRender(() => document.getElementById(fieldId.alertThreshold(key)));
	}

	function remove(index: number) {
		const rest = alerts.filter((_, i) => i !== index);
		onChange(rest);
		announce(`Alert #${index + 1} removed.`);
		// Focus goes to the alert that took its place, or to the Add button.
		const next = rest[index] ?? rest[index - 1];
		focusAfterRender(() =>
			next ? document.getElementById(fieldId.alertThreshold(next.key)) : document.getElementById('budget-add-alert'),
		);
	}

	return (
		<section class="budget-alerts" aria-labelledby="budget-alerts-heading">
			<h4 id="budget-alerts-heading">Configure alerts</h4>
			<p class="billing-muted">
				An alert emails its recipients the first time in a month that spend passes its threshold.
			</p>
			{alerts.length === 0 && <p>No alerts. This budget would tell no one when spending passes it.</p>}
			{alerts.map((alert, index) => (
				<fieldset class="budget-alert" key={alert.key}>
					<legend>Alert #{index + 1}</legend>
					<div class="budget-alert__row">
						<Field
							label="Threshold (% of budgeted amount)"
							error={errors[fieldId.alertThreshold(alert.key)]}
							id={fieldId.alertThreshold(alert.key)}
						>
							{(control) => (
								<input
									{...control}
									inputMode="decimal"
									autocomplete="off"
									value={alert.threshold}
									onInput={(e) => change(alert.key, { threshold: e.currentTarget.value })}
								/>
							)}
						</Field>
						<Field label="Trigger" id={`budget-alert-${alert.key}-trigger`}>
							{(control) => (
								<select
									{...control}
									value={alert.trigger}
									onChange={(e) =>
										change(alert.key, { trigger: e.currentTarget.value === 'FORECASTED' ? 'FORECASTED' : 'ACTUAL' })
									}
								>
									<option value="ACTUAL">Actual</option>
									<option value="FORECASTED">Forecasted</option>
								</select>
							)}
						</Field>
					</div>
					<Field
						label="Email recipients"
						hint="Separate addresses with commas (up to 10)."
						error={errors[fieldId.alertEmails(alert.key)]}
						id={fieldId.alertEmails(alert.key)}
					>
						{(control) => (
							<input
								{...control}
								type="text"
								inputMode="email"
								autocomplete="off"
								value={alert.emails}
								onInput={(e) => change(alert.key, { emails: e.currentTarget.value })}
							/>
						)}
					</Field>
					<Field
						label="Amazon SNS Alerts - optional"
						hint={
							topics.length === 0
								? 'This account has no SNS topics.'
								: 'AWS Budgets also publishes the alert to this topic.'
						}
						id={`budget-alert-${alert.key}-topic`}
					>
						{(control) => (
							<select
								{...control}
								value={alert.topicArn}
								disabled={topics.length === 0}
								onChange={(e) => change(alert.key, { topicArn: e.currentTarget.value })}
							>
								<option value="">No SNS topic</option>
								{topics.map((topic) => (
									<option key={topic.TopicArn} value={topic.TopicArn}>
										{topic.TopicArn}
									</option>
								))}
							</select>
						)}
					</Field>
					<div class="billing-actions">
						<Button onClick={() => remove(index)} aria-label={`Remove alert #${index + 1}`}>
							Remove
						</Button>
					</div>
				</fieldset>
			))}
			<Button id="budget-add-alert" onClick={add} disabled={alerts.length >= MAX_ALERTS}>
				Add an alert threshold
			</Button>
			{alerts.length >= MAX_ALERTS && <p class="billing-muted">A budget can have up to {MAX_ALERTS} alerts.</p>}
		</section>
	);
}
