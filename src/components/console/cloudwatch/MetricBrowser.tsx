import { useEffect, useRef, useState } from 'preact/hooks';
import { focusAfterRender } from '../ui/focus';
import { regionName, type Dimension } from '@/simulator';
import { useConsole } from '../console-context';
import { useRead } from '../use-read';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { metricCount } from './alarm-labels';
import { BILLING_REGION } from './RegionHint';

/** A metric as ListMetrics returns it. */
export interface MetricChoice {
	readonly Namespace: string;
	readonly MetricName: string;
	readonly Dimensions: readonly Dimension[];
}

type Level = 'namespaces' | 'billing' | 'total' | 'by-service';

function dimension(metric: MetricChoice, name: string): string | undefined {
	return metric.Dimensions.find((d) => d.Name === name)?.Value;
}

/** A stable key for a metric (namespace, name and dimensions). */
export function metricKey(metric: MetricChoice): string {
	const dims = [...metric.Dimensions]
		.sort((a, b) => a.Name.localeCompare(b.Name))
		.map((d) => `${d.Name}=${d.Value}`)
		.join(',');
	return `${metric.Namespace}/${metric.MetricName}/${dims}`;
}

/**
 * **Select metric** → **Browse**: the metric namespaces of the Region, then **Billing** →
 * **Total Estimated Charge** → **EstimatedCharges** (Currency USD). When there is no billing metric,
 * it says why, as AWS's guide does: billing alerts are off, or the Region is not US East (N. Virginia).
 * The list follows the account: a billing metric published while the browser is open (the billing
 * clock moved) appears at once, and **Refresh** lists the metrics again as the console's button does.
 */
export function MetricBrowser(props: { onSelect: (metric: MetricChoice) => void; onCancel: () => void }) {
	const { state, region, call, navigate, setRegion, announce } = useConsole();
	const listed = useRead({ op: 'ListMetrics', input: {} });
	const metrics: readonly MetricChoice[] = listed.ok ? listed.output.Metrics : [];
	const error = listed.ok ? null : listed.error;
	const [level, setLevel] = useState<Level>('namespaces');
	const [checked, setChecked] = useState<string | null>(null);
	const [selectError, setSelectError] = useState<string | null>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const levelsRef = useRef<HTMLDivElement>(null);

	/** Opens another level; its first control takes focus, since the pressed tile is gone. */
	function goTo(next: Level) {
		setLevel(next);
		focusAfterRender(() => levelsRef.current?.querySelector<HTMLElement>('button, input'));
	}

	useEffect(() => {
		// Opening the browser, or changing the Region, lists the metrics for real (the trail records
		// it); what the browser shows is read from the account on every render, so it never goes stale.
		call({ op: 'ListMetrics', input: {}, region });
		setLevel('namespaces');
		setChecked(null);
	}, [region]);

	useEffect(() => headingRef.current?.focus(), []);

	function refresh() {
		const response = call({ op: 'ListMetrics', input: {}, region });
		const billingCount = response.ok ? response.output.Metrics.filter((m) => m.Namespace === 'AWS/Billing').length : 0;
		announce(
			billingCount > 0
				? `Metrics refreshed. Billing: ${metricCount(billingCount)}.`
				: 'Metrics refreshed. No Billing metrics.',
		);
	}

	const billing = metrics.filter((m) => m.Namespace === 'AWS/Billing');
	const total = billing.filter((m) => m.MetricName === 'EstimatedCharges' && !dimension(m, 'ServiceName'));
	const byService = billing.filter((m) => dimension(m, 'ServiceName') !== undefined);
	const otherNamespaces = [...new Set(metrics.map((m) => m.Namespace))].filter((n) => n !== 'AWS/Billing');
	const shown = level === 'total' ? total : level === 'by-service' ? byService : [];
	const chosen = shown.find((m) => metricKey(m) === checked) ?? null;

	function select() {
		if (!chosen) {
			setSelectError('Select a metric.');
			return;
		}
		props.onSelect(chosen);
	}

	return (
		<div class="cw-panel">
			<h3 ref={headingRef} tabIndex={-1} class="cw-heading">
				Select metric
			</h3>
			<div class="cw-toolbar">
				<p class="cw-unit" role="status">
					Browse · {regionName(region)} · {metricCount(metrics.length)}
				</p>
				<Button onClick={refresh}>Refresh</Button>
			</div>
			{error && <CallErrorAlert error={error} />}
			<ol class="cw-browse-path" aria-label="Metric path">
				<li>
					{level === 'namespaces' ? (
						<span aria-current="location">All metrics</span>
					) : (
						<Button variant="link" onClick={() => goTo('namespaces')}>
							All metrics
						</Button>
					)}
				</li>
				{level !== 'namespaces' && (
					<li>
						{level === 'billing' ? (
							<span aria-current="location">Billing</span>
						) : (
							<Button variant="link" onClick={() => goTo('billing')}>
								Billing
							</Button>
						)}
					</li>
				)}
				{(level === 'total' || level === 'by-service') && (
					<li>
						<span aria-current="location">{level === 'total' ? 'Total Estimated Charge' : 'By Service'}</span>
					</li>
				)}
			</ol>

			{billing.length === 0 && !error && (
				<Alert type="info" title="No Billing metrics here">
					<p>If you don't see the Billing metrics, check both of these:</p>
					<ul>
						<li>
							{state.billing.alertsEnabled ? (
								<>
									<strong>Receive CloudWatch billing alerts</strong> is on. The first billing data arrives in CloudWatch
									about 15 minutes after turning it on; the billing clock beside the console can move time forward.
								</>
							) : (
								<>
									<strong>Receive CloudWatch billing alerts</strong> is off. Turn it on in{' '}
									<Button variant="link" onClick={() => navigate({ screen: 'billing-preferences' })}>
										Billing preferences
									</Button>
									.
								</>
							)}
						</li>
						<li>
							{region === BILLING_REGION ? (
								<>The Region is {regionName(BILLING_REGION)}, where billing metrics live. Good.</>
							) : (
								<>
									Billing metrics exist only in {regionName(BILLING_REGION)}; you are in {regionName(region)}.{' '}
									<Button
										variant="link"
										onClick={() => {
											setRegion(BILLING_REGION);
											announce(`Region changed to ${regionName(BILLING_REGION)}.`);
										}}
									>
										Switch to {regionName(BILLING_REGION)}
									</Button>
								</>
							)}
						</li>
					</ul>
				</Alert>
			)}

			<div ref={levelsRef}>
				{level === 'namespaces' && (
					<ul class="cw-tiles" aria-label="Metric namespaces">
						{billing.length > 0 && (
							<li>
								<Button onClick={() => goTo('billing')}>Billing ({metricCount(billing.length)})</Button>
							</li>
						)}
						{otherNamespaces.map((namespace) => (
							<li key={namespace}>
								<span class="cw-unit">{namespace} (not used in this course)</span>
							</li>
						))}
					</ul>
				)}
				{level === 'billing' && (
					<ul class="cw-tiles" aria-label="Billing metrics">
						<li>
							<Button onClick={() => goTo('total')}>Total Estimated Charge ({metricCount(total.length)})</Button>
						</li>
						{byService.length > 0 && (
							<li>
								<Button onClick={() => goTo('by-service')}>By Service ({metricCount(byService.length)})</Button>
							</li>
						)}
					</ul>
				)}
				{(level === 'total' || level === 'by-service') && (
					<div class="c-table-wrap">
						<table class="c-table">
							<caption class="c-visually-hidden">
								{level === 'total' ? 'Total Estimated Charge' : 'By Service'} metrics
							</caption>
							<thead>
								<tr>
									<th scope="col">
										<span class="c-visually-hidden">Select</span>
									</th>
									{level === 'by-service' && <th scope="col">ServiceName</th>}
									<th scope="col">Currency</th>
									<th scope="col">Metric name</th>
								</tr>
							</thead>
							<tbody>
								{shown.map((metric) => {
									const key = metricKey(metric);
									const service = dimension(metric, 'ServiceName');
									return (
										<tr key={key} class={checked === key ? 'is-selected' : undefined}>
											<td>
												<input
													type="checkbox"
													aria-label={`${metric.MetricName}${service ? ` ${service}` : ''} ${dimension(metric, 'Currency') ?? ''}`.trim()}
													checked={checked === key}
													onChange={(e) => {
														setChecked(e.currentTarget.checked ? key : null);
														setSelectError(null);
													}}
												/>
											</td>
											{level === 'by-service' && <td>{service}</td>}
											<td>{dimension(metric, 'Currency')}</td>
											<th scope="row">{metric.MetricName}</th>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
				)}
			</div>
			{selectError && (
				<p class="c-field__error" role="alert">
					{selectError}
				</p>
			)}
			<div class="cw-wizard-actions">
				<Button onClick={props.onCancel}>Cancel</Button>
				<Button variant="primary" onClick={select}>
					Select metric
				</Button>
			</div>
		</div>
	);
}
