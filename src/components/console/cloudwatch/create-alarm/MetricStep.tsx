import { Fragment } from 'preact';
import type { AlarmStatistic, TreatMissingData } from '@/simulator';
import { Choice, Field, Fieldset } from '../../ui/Field';
import { COMPARISON_CHOICES, MISSING_DATA_CHOICES, PERIOD_CHOICES, STATISTIC_CHOICES } from '../alarm-labels';
import type { AlarmForm, FieldErrors, FormSetter } from './alarm-form';

/** Step 1, **Specify metric and conditions**: the metric, its statistic and period, and the threshold. */
export function MetricStep(props: { form: AlarmForm; errors: FieldErrors; set: FormSetter; onBrowse: () => void }) {
	const { form, errors, set } = props;
	const metricName = form.metric?.MetricName ?? 'the metric';
	return (
		<>
			<section class="cw-panel" aria-labelledby="alarm-metric-heading">
				<h4 id="alarm-metric-heading">Metric</h4>
				{form.metric ? (
					<dl class="cw-details">
						<dt>Namespace</dt>
						<dd>{form.metric.Namespace}</dd>
						<dt>Metric name</dt>
						<dd>{form.metric.MetricName}</dd>
						{form.metric.Dimensions.map((d) => (
							<Fragment key={d.Name}>
								<dt>{d.Name}</dt>
								<dd>{d.Value}</dd>
							</Fragment>
						))}
					</dl>
				) : (
					<p>Choose the metric the alarm watches.</p>
				)}
				<p>
					<button
						type="button"
						id="alarm-metric"
						class="c-btn"
						aria-invalid={errors.metric ? true : undefined}
						aria-describedby={errors.metric ? 'alarm-metric-error' : undefined}
						onClick={props.onBrowse}
					>
						{form.metric ? 'Edit' : 'Select metric'}
					</button>
				</p>
				{errors.metric && (
					<p id="alarm-metric-error" class="c-field__error">
						{errors.metric}
					</p>
				)}
				{form.metric && (
					<>
						<Field label="Statistic" id="alarm-statistic">
							{(control) => (
								<select
									{...control}
									value={form.statistic}
									onChange={(e) => set('statistic', e.currentTarget.value as AlarmStatistic)}
								>
									{STATISTIC_CHOICES.map((s) => (
										<option key={s.value} value={s.value}>
											{s.label}
										</option>
									))}
								</select>
							)}
						</Field>
						<Field label="Period" id="alarm-period">
							{(control) => (
								<select
									{...control}
									value={String(form.period)}
									onChange={(e) => set('period', Number(e.currentTarget.value))}
								>
									{PERIOD_CHOICES.map((p) => (
										<option key={p.value} value={String(p.value)}>
											{p.label}
										</option>
									))}
								</select>
							)}
						</Field>
					</>
				)}
			</section>
			<section class="cw-panel" aria-labelledby="alarm-conditions-heading">
				<h4 id="alarm-conditions-heading">Conditions</h4>
				{/* SIMPLIFIED: only Static thresholds; anomaly detection is not modelled. */}
				<Fieldset legend="Threshold type">
					<Choice
						type="radio"
						name="alarm-threshold-type"
						label="Static"
						hint="Use a value as a threshold."
						checked
						readOnly
					/>
				</Fieldset>
				<Fieldset legend={`Whenever ${metricName} is...`} hint="Define the alarm condition.">
					{COMPARISON_CHOICES.map((choice) => (
						<Choice
							key={choice.value}
							type="radio"
							name="alarm-comparison"
							label={choice.label}
							hint={`${choice.symbol} threshold`}
							checked={form.comparison === choice.value}
							onChange={() => set('comparison', choice.value)}
						/>
					))}
				</Fieldset>
				<Field label="than..." hint="Define the threshold value, in USD." error={errors.threshold} id="alarm-threshold">
					{(control) => (
						<input
							{...control}
							class="cw-threshold"
							inputMode="decimal"
							value={form.threshold}
							onInput={(e) => set('threshold', e.currentTarget.value)}
						/>
					)}
				</Field>
				<details class="cw-additional">
					<summary>Additional configuration</summary>
					<div class="cw-inline">
						<Field label="Datapoints to alarm" error={errors.datapoints} id="alarm-datapoints">
							{(control) => (
								<input
									{...control}
									inputMode="numeric"
									value={form.datapoints}
									onInput={(e) => set('datapoints', e.currentTarget.value)}
								/>
							)}
						</Field>
						<Field label="out of (evaluation periods)" error={errors.evaluation} id="alarm-evaluation">
							{(control) => (
								<input
									{...control}
									inputMode="numeric"
									value={form.evaluation}
									onInput={(e) => set('evaluation', e.currentTarget.value)}
								/>
							)}
						</Field>
					</div>
					<Field label="Missing data treatment" id="alarm-missing">
						{(control) => (
							<select
								{...control}
								value={form.missing}
								onChange={(e) => set('missing', e.currentTarget.value as TreatMissingData)}
							>
								{MISSING_DATA_CHOICES.map((m) => (
									<option key={m.value} value={m.value}>
										{m.label}
									</option>
								))}
							</select>
						)}
					</Field>
				</details>
			</section>
		</>
	);
}
