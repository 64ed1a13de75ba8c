import { useId, useRef, useState } from 'preact/hooks';
import { focusAfterRender } from '../ui/focus';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Choice, Fieldset } from '../ui/Field';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { formatDateTime } from '../format';
import { BillingNav } from './BillingNav';
import './billing.css';

/**
 * **Billing preferences**: **Alert preferences** → **Edit** → **Receive CloudWatch billing alerts**
 * → **Update**. Once on, AWS does not let it be turned off, so the page says so before.
 */
export function BillingPreferencesScreen() {
	const { state, call, announce } = useConsole();
	const enabled = state.billing.alertsEnabled;
	const [editing, setEditing] = useState(false);
	const [receive, setReceive] = useState(enabled);
	const [error, setError] = useState<SimError | null>(null);
	const [saved, setSaved] = useState(false);
	const editRef = useRef<HTMLButtonElement>(null);
	const formRef = useRef<HTMLFormElement>(null);
	const formId = useId();

	function startEditing() {
		setReceive(enabled);
		setError(null);
		setSaved(false);
		setEditing(true);
		// The Edit button gives way to the form: continue on its first control the learner can change.
		focusAfterRender(() => formRef.current?.querySelector<HTMLElement>('input:not([disabled]), select, button'));
	}

	function cancel() {
		setEditing(false);
		setError(null);
		setTimeout(() => editRef.current?.focus(), 0);
	}

	function update(event: Event) {
		event.preventDefault();
		if (receive === enabled) {
			setEditing(false);
			return;
		}
		const response = call({ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts: receive } });
		if (!response.ok) {
			setError(response.error);
			return;
		}
		setEditing(false);
		setSaved(true);
		announce('Alert preferences updated.');
		setTimeout(() => editRef.current?.focus(), 0);
	}

	return (
		<div class="c-service-layout">
			<BillingNav current="billing-preferences" />
			<div>
				<ScreenHeading>Billing preferences</ScreenHeading>
				{saved && (
					<Alert type="success" title="Alert preferences updated" live="status" onDismiss={() => setSaved(false)}>
						<p>
							CloudWatch billing alerts are on. AWS needs about 15 minutes before the billing metric appears in
							CloudWatch (US East (N. Virginia)); then you can create a billing alarm.
						</p>
					</Alert>
				)}
				<section class="billing-card" aria-labelledby={`${formId}-alerts`}>
					<div class="billing-card__head">
						<h3 id={`${formId}-alerts`}>Alert preferences</h3>
						{!editing && (
							<button type="button" class="c-btn" ref={editRef} onClick={startEditing}>
								Edit
							</button>
						)}
					</div>
					{editing ? (
						<form onSubmit={update} noValidate ref={formRef}>
							<Fieldset legend="Alerts">
								{/* SIMPLIFIED: Free Tier alerts and invoice delivery are shown read-only. */}
								<Choice
									type="checkbox"
									label="Receive AWS Free Tier usage alerts"
									hint="Email when Free Tier usage nears its limits. Shown for reference; not part of this practice console."
									checked
									disabled
								/>
								<Choice
									type="checkbox"
									label="Receive CloudWatch billing alerts"
									hint={
										enabled
											? 'Already on. AWS does not let you turn this off again; you can delete billing alarms instead.'
											: 'Sends your estimated charges to CloudWatch so alarms can watch them. Once you turn this on, you cannot turn it off again (you can still delete alarms).'
									}
									checked={receive}
									disabled={enabled}
									onChange={(e) => setReceive(e.currentTarget.checked)}
								/>
							</Fieldset>
							{receive && !enabled && (
								<Alert type="warning" title="This cannot be undone">
									<p>
										After you choose Update, CloudWatch billing alerts stay on for good. That is safe: the data costs
										nothing, and alarms only email you.
									</p>
								</Alert>
							)}
							{error && <CallErrorAlert error={error} />}
							<div class="billing-actions">
								<Button onClick={cancel}>Cancel</Button>
								<Button type="submit" variant="primary">
									Update
								</Button>
							</div>
						</form>
					) : (
						<dl class="billing-details">
							<dt>Receive AWS Free Tier usage alerts</dt>
							<dd>Enabled</dd>
							<dt>Receive CloudWatch billing alerts</dt>
							<dd>
								{enabled
									? `Enabled${state.billing.alertsEnabledAt === undefined ? '' : ` since ${formatDateTime(state.billing.alertsEnabledAt)}`}`
									: 'Disabled'}
							</dd>
						</dl>
					)}
				</section>
				<section class="billing-card" aria-labelledby={`${formId}-invoice`}>
					<h3 id={`${formId}-invoice`}>Invoice delivery preferences</h3>
					<dl class="billing-details">
						<dt>PDF invoices delivered by email</dt>
						<dd>Enabled</dd>
						<dt>Recipients</dt>
						<dd>{state.root.email}</dd>
					</dl>
					<p class="billing-muted">Shown for reference; not changeable in this practice console.</p>
				</section>
			</div>
		</div>
	);
}
