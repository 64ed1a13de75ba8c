import type {
	AlarmStateValue,
	AlarmStatistic,
	ComparisonOperator,
	PutMetricAlarmInput,
	TreatMissingData,
} from '@/simulator';
import type { MetricChoice } from '../MetricBrowser';

/**
 * The Create alarm wizard's model: the form, its defaults (the ones AWS prescribes for a billing
 * alarm), the checks each step makes before moving on, and the PutMetricAlarm request it becomes.
 * Pure: the step components render it, the screen drives it.
 */
export const STEPS = [
	'Specify metric and conditions',
	'Configure actions',
	'Add name and description',
	'Preview and create',
] as const;
export type StepIndex = 0 | 1 | 2 | 3;

export const DEFAULT_TOPIC_NAME = 'Default_CloudWatch_Alarms_Topic';

export type FieldName =
	'metric' | 'threshold' | 'datapoints' | 'evaluation' | 'topic' | 'newTopicName' | 'emails' | 'name' | 'description';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** Which step shows each field, so an error from the simulator can send the learner back to it. */
export const FIELD_STEP: Record<FieldName, StepIndex> = {
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

export interface AlarmForm {
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

/** The wizard's starting values: Maximum over 6 hours, Greater, 1 out of 1, missing data as missing. */
export const INITIAL_FORM: AlarmForm = {
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

/** Sets one field of the form. */
export type FormSetter = <K extends keyof AlarmForm>(key: K, value: AlarmForm[K]) => void;

function isWholeNumber(text: string): boolean {
	return /^\d+$/.test(text.trim()) && Number(text) >= 1;
}

/** The addresses typed in **Email endpoints…**, comma-separated. */
export function emailList(text: string): string[] {
	return text
		.split(',')
		.map((email) => email.trim())
		.filter(Boolean);
}

/** The checks the console makes before it lets the learner leave a step. */
export function validateStep(step: StepIndex, form: AlarmForm): FieldErrors {
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

/** The PutMetricAlarm request the finished form makes. */
export function alarmInput(form: AlarmForm): PutMetricAlarmInput {
	const metric = form.metric;
	const actions = form.notify && form.topicArn ? [form.topicArn] : [];
	return {
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
	};
}
