import { Fragment } from 'preact';
import { focusAfterRender } from '../ui/focus';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
	execute,
	type AlarmStateValue,
	type AlarmStatistic,
	type ApiCall,
	type ComparisonOperator,
	type SimError,
	type TreatMissingData,
} from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { Choice, Field, Fieldset } from '../ui/Field';
import { setFlash } from '../side/flash';
import { formatUsd } from '../side/format';
import {
	alarmStateLabel,
	COMPARISON_CHOICES,
	MISSING_DATA_CHOICES,
	PERIOD_CHOICES,
	STATISTIC_CHOICES,
	statisticLabel,
} from './alarm-labels';
import { CloudWatchNav } from './CloudWatchNav';
import { MetricBrowser, type MetricChoice } from './MetricBrowser';
import { RegionHint } from './RegionHint';
import '../security/security.css';
import './cloudwatch.css';

const STEPS = [
	'Specify metric and conditions',
	'Configure actions',
	'Add name and description',
	'Preview and create',
] as const;
type StepIndex = 0 | 1 | 2 | 3;

const DEFAULT_TOPIC_NAME = 'Default_CloudWatch_Alarms_Topic';

type FieldName =
	'metric' | 'threshold' | 'datapoints' | 'evaluation' | 'topic' | 'newTopicName' | 'emails' | 'name' | 'description';
type FieldErrors = Partial<Record<FieldName, string>>;

/** Which step shows each field, so an error from the simulator can send the learner back to it. */
const FIELD_STEP: Record<FieldName, StepIndex> = {
	metric: 0,
	threshold: 0,
	datapoints: 0,
	evaluation: 0,
	topic: 1,
	newTopicName: 1,
	emails: 1,
	name: 2,
	description: 2,
};

/** Finds the field a PutMetricAlarm message is about, by the AWS member name it mentions. */
export function fieldForAlarmError(message: string): FieldName | null {
	const lower = message.toLowerCase();
	if (lower.includes('alarmname') || lower.includes('alarm name')) return 'name';
	if (lower.includes('alarmdescription') || lower.includes('description')) return 'description';
	if (lower.includes('datapointstoalarm') || lower.includes('datapoints')) return 'datapoints';
	if (lower.includes('evaluationperiods') || lower.includes('evaluation periods')) return 'evaluation';
	if (lower.includes('threshold')) return 'threshold';
	if (lower.includes('alarmactions') || lower.includes('topic')) return 'topic';
	return null;
}

interface Form {
	metric: MetricChoice | null;
	statistic: AlarmStatistic;
	period: number;
	comparison: ComparisonOperator;
	threshold: string;
	datapoints: string;
	evaluation: string;
	missing: TreatMissingData;
	notify: boolean;
	trigger: AlarmStateValue;
	topicMode: 'existing' | 'new';
	topicArn: string;
	newTopicName: string;
	emails: string;
	name: string;
	description: string;
}

const INITIAL: Form = {
	metric: null,
	statistic: 'Maximum',
	period: 21600,
	comparison: 'GreaterThanThreshold',
	threshold: '',
	datapoints: '1',
	evaluation: '1',
	missing: 'missing',
	notify: true,
	trigger: 'ALARM',
	topicMode: 'existing',
	topicArn: '',
	newTopicName: DEFAULT_TOPIC_NAME,
	emails: '',
	name: '',
	description: '',
};

function isWholeNumber(text: string): boolean {
	return /^\d+$/.test(text.trim()) && Number(text) >= 1;
}

/** The checks the console makes before it lets the learner leave a step. */
function validateStep(step: StepIndex, form: Form): FieldErrors {
	const errors: FieldErrors = {};
	if (step === 0) {
		if (!form.metric) errors.metric = 'Select a metric.';
		if (form.threshold.trim() === '') errors.threshold = 'Enter a threshold value.';
		else if (!Number.isFinite(Number(form.threshold))) errors.threshold = 'The threshold must be a number.';
		if (!isWholeNumber(form.evaluation)) errors.evaluation = 'Enter a whole number of 1 or more.';
		if (!isWholeNumber(form.datapoints)) errors.datapoints = 'Enter a whole number of 1 or more.';
		else if (isWholeNumber(form.evaluation) && Number(form.datapoints) > Number(form.evaluation))
			errors.datapoints = 'Datapoints to alarm cannot be more than the evaluation periods.';
	}
	if (step === 1 && form.notify) {
		if (form.topicMode === 'existing' && form.topicArn === '')
			errors.topic = 'Select an SNS topic, or remove the notification.';
		if (form.topicMode === 'new') errors.newTopicName = 'Choose Create topic first, or select an existing topic.';
	}
	if (step === 2 && form.name.trim() === '') errors.name = 'Enter an alarm name.';
	return errors;
}

function alarmCall(form: Form, region: string): ApiCall {
	const metric = form.metric;
	const actions = form.notify && form.topicArn ? [form.topicArn] : [];
	return {
		op: 'PutMetricAlarm',
		region,
		input: {
			AlarmName: form.name.trim(),
			...(form.description.trim() === '' ? {} : { AlarmDescription: form.description.trim() }),
			ActionsEnabled: true,
			AlarmActions: form.trigger === 'ALARM' ? actions : [],
			OKActions: form.trigger === 'OK' ? actions : [],
			InsufficientDataActions: form.trigger === 'INSUFFICIENT_DATA' ? actions : [],
			Namespace: metric?.Namespace ?? '',
			MetricName: metric?.MetricName ?? '',
			Dimensions: metric?.Dimensions ?? [],
			Statistic: form.statistic,
			Period: form.period,
			EvaluationPeriods: Number(form.evaluation),
			DatapointsToAlarm: Number(form.datapoints),
			Threshold: Number(form.threshold),
			ComparisonOperator: form.comparison,
			TreatMissingData: form.missing,
		},
	};
}

/**
 * The **Create alarm** wizard, as the real CloudWatch console has it for a billing alarm:
 * **Specify metric and conditions** → **Configure actions** → **Add name and description** →
 * **Preview and create**.
 */
export function CreateAlarmScreen() {
	const { state, region, call, navigate, announce } = useConsole();
	const [step, setStep] = useState<StepIndex>(0);
	const [browsing, setBrowsing] = useState(false);
	const [form, setForm] = useState<Form>(INITIAL);
	const [errors, setErrors] = useState<FieldErrors>({});
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const firstRender = useRef(true);

	useEffect(() => {
		if (firstRender.current) {
			firstRender.current = false;
			return;
		}
		if (!browsing) headingRef.current?.focus();
	}, [step, browsing]);

	const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

	function focusField(field: FieldName) {
		setTimeout(() => document.getElementById(`alarm-${field}`)?.focus(), 0);
	}

	function showErrors(found: FieldErrors): boolean {
		setErrors(found);
		const first = (Object.keys(found) as FieldName[])[0];
		if (!first) return false;
		focusField(first);
		return true;
	}

	function next() {
		if (showErrors(validateStep(step, form))) return;
		setFailure(null);
		setStep((step + 1) as StepIndex);
	}

	function previous() {
		setErrors({});
		setFailure(null);
		setStep((step - 1) as StepIndex);
	}

	function create() {
		const response = call(alarmCall(form, region));
		if (response.ok) {
			setFlash('cloudwatch-alarms', {
				type: 'success',
				title: `Successfully created alarm ${form.name.trim()}.`,
				body: form.notify
					? 'If the topic has an email subscription waiting, confirm it from the Inbox, or no email will arrive.'
					: 'This alarm has no notification, so it changes state without telling anyone.',
			});
			announce(`Successfully created alarm ${form.name.trim()}.`);
			navigate({ screen: 'cloudwatch-alarms' });
			return;
		}
		setAttempt((n) => n + 1);
		const field = fieldForAlarmError(response.error.message);
		if (field) {
			setErrors({ [field]: response.error.message });
			setFailure(null);
			setStep(FIELD_STEP[field]);
			focusField(field);
		} else {
			setFailure(response.error);
		}
	}

	const topics = Object.values(state.sns[region]?.topics ?? {}).sort((a, b) => a.Name.localeCompare(b.Name));

	return (
		<div class="c-service-layout">
			<CloudWatchNav current="cloudwatch-create-alarm" />
			<div>
				<ScreenHeading>Create alarm</ScreenHeading>
				<RegionHint />
				<ol class="wizard-steps cw-steps" aria-label="Steps">
					{STEPS.map((label, index) => (
						<li key={label} aria-current={index === step ? 'step' : undefined}>
							<span class="wizard-steps__n">Step {index + 1}</span> {label}
						</li>
					))}
				</ol>
				{browsing ? (
					<MetricBrowser
						onCancel={() => setBrowsing(false)}
						onSelect={(metric) => {
							set('metric', metric);
							setErrors(({ metric: _cleared, ...rest }) => rest);
							setBrowsing(false);
						}}
					/>
				) : (
					<form
						noValidate
						onSubmit={(event) => {
							event.preventDefault();
							if (step === 3) create();
							else next();
						}}
					>
						<h3 ref={headingRef} tabIndex={-1} class="cw-heading">
							{STEPS[step]}
						</h3>
						{step === 0 && <MetricStep form={form} errors={errors} set={set} onBrowse={() => setBrowsing(true)} />}
						{step === 1 && <ActionsStep form={form} errors={errors} set={set} setErrors={setErrors} topics={topics} />}
						{step === 2 && <NameStep form={form} errors={errors} set={set} />}
						{step === 3 && <Preview form={form} onEdit={(s) => setStep(s)} topics={topics} />}
						{failure && <CallErrorAlert error={failure} focusKey={attempt} />}
						<div class="cw-wizard-actions">
							<Button onClick={() => navigate({ screen: 'cloudwatch-alarms' })}>Cancel</Button>
							{step > 0 && <Button onClick={previous}>Previous</Button>}
							<Button type="submit" variant="primary">
								{step === 3 ? 'Create alarm' : 'Next'}
							</Button>
						</div>
					</form>
				)}
			</div>
		</div>
	);
}

type TopicOutcome =
	| { readonly ok: true; readonly topicArn: string }
	| { readonly ok: false; readonly field: 'newTopicName' | 'emails'; readonly error: SimError };

type Setter = <K extends keyof Form>(key: K, value: Form[K]) => void;

function MetricStep(props: { form: Form; errors: FieldErrors; set: Setter; onBrowse: () => void }) {
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

function ActionsStep(props: {
	form: Form;
	errors: FieldErrors;
	set: Setter;
	setErrors: (errors: FieldErrors) => void;
	topics: readonly { TopicArn: string; Name: string }[];
}) {
	const { form, errors, set, topics } = props;
	const { region, perform, announce } = useConsole();
	const [created, setCreated] = useState<string | null>(null);
	const [failure, setFailure] = useState<SimError | null>(null);

	function createTopic() {
		const emails = form.emails
			.split(',')
			.map((e) => e.trim())
			.filter(Boolean);
		if (emails.length === 0) {
			props.setErrors({ emails: 'Enter at least one email address.' });
			document.getElementById('alarm-emails')?.focus();
			return;
		}
		// The console creates the topic and subscribes each address as one step.
		const outcome = perform<TopicOutcome>((before, ctx) => {
			const topic = execute(before, { op: 'CreateTopic', input: { Name: form.newTopicName.trim() }, region }, ctx);
			if (!topic.response.ok)
				return { state: topic.state, result: { ok: false, field: 'newTopicName', error: topic.response.error } };
			const topicArn = topic.response.output.TopicArn;
			let current = topic.state;
			for (const email of emails) {
				const sub = execute(
					current,
					{ op: 'Subscribe', input: { TopicArn: topicArn, Protocol: 'email', Endpoint: email }, region },
					ctx,
				);
				current = sub.state;
				if (!sub.response.ok)
					return { state: current, result: { ok: false, field: 'emails', error: sub.response.error } };
			}
			return { state: current, result: { ok: true, topicArn } };
		});
		if (!outcome.ok) {
			if (outcome.error.code !== 'AccessDenied') {
				props.setErrors({ [outcome.field]: outcome.error.message });
				document.getElementById(`alarm-${outcome.field}`)?.focus();
				setFailure(null);
			} else {
				setFailure(outcome.error);
			}
			return;
		}
		set('topicArn', outcome.topicArn);
		set('topicMode', 'existing');
		// The Create topic form gives way to the topic list, with the new topic chosen.
		focusAfterRender('alarm-topic');
		props.setErrors({});
		setFailure(null);
		const message = `Topic ${form.newTopicName.trim()} created. A confirmation email went to ${emails.join(', ')}: open the Inbox and confirm the subscription, or no alarm email will arrive.`;
		setCreated(message);
		announce(message);
	}

	if (!form.notify) {
		return (
			<section class="cw-panel" aria-labelledby="alarm-notification-heading">
				<h4 id="alarm-notification-heading">Notification</h4>
				<p>The alarm will not notify anyone.</p>
				<Button onClick={() => set('notify', true)}>Add notification</Button>
			</section>
		);
	}

	return (
		<section class="cw-panel" aria-labelledby="alarm-notification-heading">
			<div class="cw-toolbar">
				<h4 id="alarm-notification-heading">Notification</h4>
				<Button onClick={() => set('notify', false)}>Remove</Button>
			</div>
			<Fieldset legend="Alarm state trigger" hint="Define the alarm state that will trigger this action.">
				{(['ALARM', 'OK', 'INSUFFICIENT_DATA'] as const).map((value) => (
					<Choice
						key={value}
						type="radio"
						name="alarm-trigger"
						label={alarmStateLabel(value)}
						checked={form.trigger === value}
						onChange={() => set('trigger', value)}
					/>
				))}
			</Fieldset>
			{/* SIMPLIFIED: one notification, and no "Use topic ARN to notify other accounts" option. */}
			<Fieldset legend="Send a notification to the following SNS topic">
				<Choice
					type="radio"
					name="alarm-topic-mode"
					label="Select an existing SNS topic"
					checked={form.topicMode === 'existing'}
					onChange={() => set('topicMode', 'existing')}
				/>
				<Choice
					type="radio"
					name="alarm-topic-mode"
					label="Create new topic"
					checked={form.topicMode === 'new'}
					onChange={() => set('topicMode', 'new')}
				/>
			</Fieldset>
			{created && (
				<Alert type="success" live="status">
					<p>{created}</p>
				</Alert>
			)}
			{failure && <CallErrorAlert error={failure} />}
			{form.topicMode === 'existing' ? (
				<Field
					label="Send a notification to..."
					hint={topics.length === 0 ? 'There are no topics in this Region yet. Choose Create new topic.' : undefined}
					error={errors.topic}
					id="alarm-topic"
				>
					{(control) => (
						<select {...control} value={form.topicArn} onChange={(e) => set('topicArn', e.currentTarget.value)}>
							<option value="">Choose a topic</option>
							{topics.map((t) => (
								<option key={t.TopicArn} value={t.TopicArn}>
									{t.Name}
								</option>
							))}
						</select>
					)}
				</Field>
			) : (
				<>
					<Field
						label="Create a new topic…"
						hint="The topic name must be unique. Letters, digits, hyphens and underscores, up to 256 characters."
						error={errors.newTopicName}
						id="alarm-newTopicName"
					>
						{(control) => (
							<input
								{...control}
								value={form.newTopicName}
								onInput={(e) => set('newTopicName', e.currentTarget.value)}
							/>
						)}
					</Field>
					<Field
						label="Email endpoints that will receive the notification…"
						hint="Add a comma-separated list of email addresses. Each address gets a confirmation email."
						error={errors.emails}
						id="alarm-emails"
					>
						{(control) => (
							<input
								{...control}
								type="email"
								multiple
								autocomplete="email"
								value={form.emails}
								onInput={(e) => set('emails', e.currentTarget.value)}
							/>
						)}
					</Field>
					<Button onClick={createTopic}>Create topic</Button>
				</>
			)}
		</section>
	);
}

function NameStep(props: { form: Form; errors: FieldErrors; set: Setter }) {
	const { form, errors, set } = props;
	return (
		<section class="cw-panel" aria-labelledby="alarm-name-heading">
			<h4 id="alarm-name-heading">Name and description</h4>
			<Field label="Alarm name" error={errors.name} id="alarm-name" hint="For example Billing-10-USD.">
				{(control) => (
					<input
						{...control}
						value={form.name}
						autocomplete="off"
						onInput={(e) => set('name', e.currentTarget.value)}
					/>
				)}
			</Field>
			<Field
				label="Alarm description - optional"
				error={errors.description}
				id="alarm-description"
				hint="Up to 1024 characters."
			>
				{(control) => (
					<textarea
						{...control}
						rows={3}
						value={form.description}
						onInput={(e) => set('description', e.currentTarget.value)}
					/>
				)}
			</Field>
		</section>
	);
}

function Preview(props: {
	form: Form;
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
