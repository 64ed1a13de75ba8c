import { useMemo, useState } from 'preact/hooks';
import type { AccountPlanStateView, SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Modal';
import { formatDate, formatUsd } from '../format';

const DAY_MS = 86_400_000;

/**
 * Billing Home's account plan: the Free plan with its credits left and end date (and days left),
 * or the Paid plan, with **Upgrade plan**. Read with `GetAccountPlanState`, so an identity
 * without `freetier:GetAccountPlanState` sees why the card is empty.
 */
export function AccountPlanCard() {
	const { state, call, announce, simulator, now } = useConsole();
	// A read on a throwaway copy of the account, as useRead does, with the operations the console
	// already has: Billing Home stays light to download.
	const read = useMemo((): { ok: true; output: AccountPlanStateView } | { ok: false; error: SimError } => {
		if (!simulator) return { ok: false, error: { code: 'Loading', message: 'Loading…', httpStatus: 0 } };
		const { response } = simulator.execute(
			state,
			{ op: 'GetAccountPlanState', input: {} },
			{ now: now(), randomBytes: (length) => new Uint8Array(length) },
		);
		return response.ok ? { ok: true, output: response.output } : { ok: false, error: response.error };
	}, [state, simulator]);
	const [confirming, setConfirming] = useState(false);
	const [error, setError] = useState<SimError | null>(null);
	const [upgraded, setUpgraded] = useState(false);

	function upgrade() {
		setConfirming(false);
		const response = call({ op: 'UpgradeAccountPlan', input: { accountPlanType: 'PAID' } });
		if (!response.ok) {
			setError(response.error);
			return;
		}
		setError(null);
		setUpgraded(true);
		announce('Your account is now on the Paid plan.');
	}

	if (!read.ok) {
		return (
			<section class="billing-card" aria-labelledby="billing-plan">
				<h3 id="billing-plan">Account plan</h3>
				<CallErrorAlert error={read.error} title="The account plan could not be loaded" focusOnShow={false} />
			</section>
		);
	}
	const plan = read.output;
	const credits = formatUsd(plan.accountPlanRemainingCredits.amount);
	const ends = plan.accountPlanExpirationDate;
	const daysLeft = ends === undefined ? 0 : Math.max(0, Math.ceil((ends - state.billing.clock) / DAY_MS));
	const free = plan.accountPlanType === 'FREE';
	return (
		<section class="billing-card" aria-labelledby="billing-plan">
			<div class="billing-card__head">
				<h3 id="billing-plan">Account plan</h3>
				{free && (
					<Button variant="primary" onClick={() => setConfirming(true)}>
						Upgrade plan
					</Button>
				)}
			</div>
			{upgraded && (
				<Alert type="success" live="status" onDismiss={() => setUpgraded(false)}>
					<p>Your account is now on the Paid plan. Your remaining credits still pay for usage first.</p>
				</Alert>
			)}
			{error && <CallErrorAlert error={error} />}
			<dl class="billing-details">
				<dt>Plan</dt>
				<dd>{free ? 'Free plan' : 'Paid plan'}</dd>
				<dt>Status</dt>
				<dd>{plan.accountPlanStatus === 'ACTIVE' ? 'Active' : 'Ended'}</dd>
				<dt>Credits remaining</dt>
				<dd>{credits}</dd>
				{free && ends !== undefined && (
					<>
						<dt>Free plan ends</dt>
						<dd>
							{formatDate(ends)}
							{plan.accountPlanStatus === 'ACTIVE' ? ` (${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left)` : ''}
						</dd>
					</>
				)}
			</dl>
			{free && plan.accountPlanStatus === 'ACTIVE' && (
				<p class="billing-muted">
					On the Free plan you are not charged: credits pay for what you use. The plan ends on {formatDate(ends ?? 0)}{' '}
					or when the credits run out, whichever comes first. Then AWS closes the account and keeps its content for 90
					days; upgrading to the Paid plan within that time restores it.
				</p>
			)}
			{free && plan.accountPlanStatus === 'EXPIRED' && (
				<Alert type="warning" title="Your Free plan has ended">
					<p>
						On AWS, the account would now be closed, with its content kept for 90 days unless you upgrade to the Paid
						plan. This practice account stays open so you can keep practising.
					</p>
				</Alert>
			)}
			{!free && (
				<p class="billing-muted">
					On the Paid plan, credits pay first; after that, AWS bills your payment method for everything you use. Budgets
					and billing alarms tell you when spending grows. They do not stop it.
				</p>
			)}
			<ConfirmDialog
				open={confirming}
				title="Upgrade to the Paid plan?"
				confirmLabel="Upgrade plan"
				onCancel={() => setConfirming(false)}
				onConfirm={upgrade}
			>
				<p>
					On the Paid plan you can use every AWS service. Your {credits} of credits still pay first; once they are used
					up, you are charged for what you use. You can't go back to the Free plan.
				</p>
			</ConfirmDialog>
		</section>
	);
}
