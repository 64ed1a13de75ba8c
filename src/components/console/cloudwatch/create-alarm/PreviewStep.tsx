import { formatUsd } from '../../format';
import { Button } from '../../ui/Button';
import { COMPARISON_CHOICES, MISSING_DATA_CHOICES, PERIOD_CHOICES, statisticLabel } from '../alarm-labels';
import { alarmStateLabel } from '../alarm-state-label';
import type { AlarmForm, StepIndex } from './alarm-form';

/** Step 4, **Preview and create**: each step's choices, with Edit to go back to it. */
export function PreviewStep(props: {
	form: AlarmForm;
	topics: readonly { TopicArn: string; Name: string }[];
	onEdit: (step: StepIndex) => void;
}) {
	const { form } = props;
	const comparison = COMPARISON_CHOICES.find((c) => c.value === form.comparison);
	const period = PERIOD_CHOICES.find((p) => p.value === form.period)?.label ?? `${form.period} seconds`;
	const topic = props.topics.find((t) => t.TopicArn === form.topicArn);
	const threshold = Number(form.threshold);
	return (
		<>
			<section class="cw-panel" aria-labelledby="preview-1">
				<div class="cw-toolbar">
					<h4 id="preview-1">Step 1: Specify metric and conditions</h4>
					<Button onClick={() => props.onEdit(0)} aria-label="Edit step 1">
						Edit
					</Button>
				</div>
				<dl class="cw-details">
					<dt>Metric</dt>
					<dd>
						{form.metric?.Namespace} {form.metric?.MetricName}
						{form.metric?.Dimensions.map((d) => ` (${d.Name}: ${d.Value})`)}
					</dd>
					<dt>Statistic</dt>
					<dd>{statisticLabel(form.statistic)}</dd>
					<dt>Period</dt>
					<dd>{period}</dd>
					<dt>Conditions</dt>
					<dd>
						Whenever {form.metric?.MetricName} is {comparison?.label.toLowerCase()} than{' '}
						{Number.isFinite(threshold) ? formatUsd(threshold) : form.threshold} ({comparison?.symbol} {form.threshold})
					</dd>
					<dt>Datapoints to alarm</dt>
					<dd>
						{form.datapoints} out of {form.evaluation}
					</dd>
					<dt>Missing data treatment</dt>
					<dd>{MISSING_DATA_CHOICES.find((m) => m.value === form.missing)?.label}</dd>
				</dl>
			</section>
			<section class="cw-panel" aria-labelledby="preview-2">
				<div class="cw-toolbar">
					<h4 id="preview-2">Step 2: Configure actions</h4>
					<Button onClick={() => props.onEdit(1)} aria-label="Edit step 2">
						Edit
					</Button>
				</div>
				<dl class="cw-details">
					<dt>Notification</dt>
					<dd>
						{form.notify && topic
							? `When ${alarmStateLabel(form.trigger)}, send a notification to ${topic.Name}`
							: 'None'}
					</dd>
				</dl>
			</section>
			<section class="cw-panel" aria-labelledby="preview-3">
				<div class="cw-toolbar">
					<h4 id="preview-3">Step 3: Add name and description</h4>
					<Button onClick={() => props.onEdit(2)} aria-label="Edit step 3">
						Edit
					</Button>
				</div>
				<dl class="cw-details">
					<dt>Alarm name</dt>
					<dd>{form.name}</dd>
					<dt>Alarm description</dt>
					<dd>{form.description.trim() === '' ? '-' : form.description}</dd>
				</dl>
			</section>
		</>
	);
}
