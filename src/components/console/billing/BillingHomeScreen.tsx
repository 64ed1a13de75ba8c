import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Button } from '../ui/Button';
import { formatDateTime, formatMonth, formatUsd } from '../format';
import { AccountPlanCard } from './AccountPlanCard';
import { BillingNav } from './BillingNav';
import './billing.css';

/**
 * Billing and Cost Management **Home**: the month-to-date estimated charges, the account plan, a
 * recommendation to create a budget while there is none (AWS's own first advice), and where to go
 * next.
 */
export function BillingHomeScreen() {
	const { state, navigate } = useConsole();
	const { billing } = state;
	const hasBudget = Object.keys(state.budgets).length > 0;
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
				<AccountPlanCard />
				{!hasBudget && (
					<section class="billing-card billing-card--recommend" aria-labelledby="billing-budget-advice">
						<h3 id="billing-budget-advice">Recommended: create a budget</h3>
						<p>
							AWS recommends a budget as your first guardrail. A zero spend budget emails you as soon as your spending
							goes above $0.01. It needs no Region, no SNS topic and no metric, and it works on the Free plan too.
						</p>
						<p class="billing-muted">A budget alerts you; it never stops your resources.</p>
						<div class="billing-actions">
							<Button onClick={() => navigate({ screen: 'billing-budgets' })}>Budgets</Button>
							<Button variant="primary" onClick={() => navigate({ screen: 'billing-create-budget' })}>
								Create a budget
							</Button>
						</div>
					</section>
				)}
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
