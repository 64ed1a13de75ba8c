import { useState } from 'preact/hooks';
import type { BudgetView, SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { useRead } from '../use-read';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Modal';
import { Table } from '../ui/Table';
import { FlashAlert } from '../ui/FlashAlert';
import { formatUsd } from '../format';
import { BillingNav } from './BillingNav';
import './billing.css';

/** The **Thresholds** column: how many of the budget's alerts have fired this period, in words and a shape. */
function ThresholdsState({ fired, total }: { fired: number; total: number }) {
	if (total === 0) return <span class="budget-state">No alerts</span>;
	if (fired === 0)
		return (
			<span class="budget-state budget-state--ok">
				<span aria-hidden="true">✓ </span>OK
			</span>
		);
	return (
		<span class="budget-state budget-state--exceeded">
			<span aria-hidden="true">▲ </span>Exceeded ({fired} of {total})
		</span>
	);
}

/**
 * **Budgets**: the account's budgets with their amount, spend so far, forecast and alert state,
 * **Create budget**, and **Delete** after a confirmation.
 */
export function BudgetsScreen() {
	const { state, call, navigate, announce } = useConsole();
	const read = useRead({ op: 'DescribeBudgets', input: { AccountId: state.account.accountId } });
	const [selected, setSelected] = useState<string[]>([]);
	const [confirming, setConfirming] = useState(false);
	const [error, setError] = useState<SimError | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const budgets: readonly BudgetView[] = read.ok ? read.output.Budgets : [];
	const chosen = selected.find((name) => budgets.some((b) => b.BudgetName === name));

	function remove() {
		setConfirming(false);
		if (chosen === undefined) return;
		const response = call({ op: 'DeleteBudget', input: { AccountId: state.account.accountId, BudgetName: chosen } });
		if (response.ok) {
			const message = `Deleted budget ${chosen}.`;
			setDone(message);
			setError(null);
			setSelected([]);
			announce(message);
		} else {
			setDone(null);
			setError(response.error);
		}
	}

	const alertsOf = (name: string) =>
		Object.prototype.hasOwnProperty.call(state.budgets, name) ? (state.budgets[name]?.notifications ?? []) : [];

	return (
		<div class="c-service-layout">
			<BillingNav current="billing-budgets" />
			<div>
				<ScreenHeading>Budgets</ScreenHeading>
				<p class="billing-muted">
					A budget emails you when your spending passes an amount you set, or is forecast to. It never stops or deletes
					anything. AWS Budgets checks your spend up to three times a day.
				</p>
				<FlashAlert target="billing-budgets" />
				{done && (
					<Alert type="success" live="status" onDismiss={() => setDone(null)}>
						<p>{done}</p>
					</Alert>
				)}
				{error && <CallErrorAlert error={error} />}
				{!read.ok && <CallErrorAlert error={read.error} title="Budgets could not be loaded" focusOnShow={false} />}
				<div class="budget-toolbar">
					<h3>Overview ({budgets.length})</h3>
					<div class="billing-actions">
						<Button disabled={chosen === undefined} onClick={() => setConfirming(true)}>
							Delete
						</Button>
						<Button variant="primary" onClick={() => navigate({ screen: 'billing-create-budget' })}>
							Create budget
						</Button>
					</div>
				</div>
				<Table
					caption="Budgets"
					captionHidden
					rows={budgets}
					rowKey={(budget) => budget.BudgetName}
					empty="No budgets yet. Choose Create budget: a zero spend budget is a good first guardrail."
					selection={{
						mode: 'single',
						selectedKeys: chosen === undefined ? [] : [chosen],
						onChange: setSelected,
						label: (budget) => `Select ${budget.BudgetName}`,
					}}
					columns={[
						{ id: 'name', header: 'Name', cell: (budget) => budget.BudgetName, rowHeader: true },
						{
							id: 'thresholds',
							header: 'Thresholds',
							cell: (budget) => {
								const alerts = alertsOf(budget.BudgetName);
								return (
									<ThresholdsState
										fired={alerts.filter((a) => a.NotificationState === 'ALARM').length}
										total={alerts.length}
									/>
								);
							},
						},
						{ id: 'budget', header: 'Budget', cell: (budget) => formatUsd(Number(budget.BudgetLimit.Amount)) },
						{
							id: 'used',
							header: 'Amount used',
							cell: (budget) => formatUsd(Number(budget.CalculatedSpend.ActualSpend.Amount)),
						},
						{
							id: 'forecast',
							header: 'Forecasted amount',
							cell: (budget) => formatUsd(Number(budget.CalculatedSpend.ForecastedSpend.Amount)),
						},
					]}
				/>
				<ConfirmDialog
					open={confirming}
					title="Delete budget?"
					confirmLabel="Delete"
					danger
					onCancel={() => setConfirming(false)}
					onConfirm={remove}
				>
					<p>
						Delete {chosen}? Its alerts stop, and nobody is told when spending passes it. Your resources and charges are
						not affected.
					</p>
				</ConfirmDialog>
			</div>
		</div>
	);
}
