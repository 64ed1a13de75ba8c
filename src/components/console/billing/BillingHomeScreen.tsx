import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Button } from '../ui/Button';
import { formatDateTime, formatMonth, formatUsd } from '../side/format';
import { BillingNav } from './BillingNav';
import './billing.css';

/** Billing and Cost Management **Home**: the month-to-date estimated charges and where to go next. */
export function BillingHomeScreen() {
	const { state, navigate } = useConsole();
	const { billing } = state;
	return (
		<div class="c-service-layout">
			<BillingNav current="billing-home" />
			<div>
				<ScreenHeading>Home</ScreenHeading>
				<section class="billing-card" aria-labelledby="billing-cost">
					<h3 id="billing-cost">Cost summary</h3>
					<p class="billing-muted">Month-to-date cost, {formatMonth(billing.clock)}</p>
					<p class="billing-amount">{formatUsd(billing.monthToDateUsd)}</p>
					<p class="billing-muted">
						Estimated charges as of {formatDateTime(billing.clock)}. The final bill can differ.
					</p>
				</section>
				<section class="billing-card" aria-labelledby="billing-alerts">
					<h3 id="billing-alerts">Alerts for unexpected charges</h3>
					<p>
						{billing.alertsEnabled
							? 'CloudWatch billing alerts are on. Create a billing alarm in CloudWatch to get an email when charges pass an amount you choose.'
							: 'CloudWatch billing alerts are off, so no billing alarm can watch your charges yet. Turn them on in Billing preferences.'}
					</p>
					<div class="billing-actions">
						<Button onClick={() => navigate({ screen: 'billing-preferences' })}>Billing preferences</Button>
						{billing.alertsEnabled && (
							<Button onClick={() => navigate({ screen: 'cloudwatch-alarms' })}>CloudWatch alarms</Button>
						)}
					</div>
				</section>
				<section class="billing-card" aria-labelledby="billing-account-link">
					<h3 id="billing-account-link">Account</h3>
					<p>Account settings, including whether IAM users can see billing pages.</p>
					<div class="billing-actions">
						<Button onClick={() => navigate({ screen: 'billing-account' })}>Account</Button>
					</div>
				</section>
			</div>
		</div>
	);
}
