import { own } from '../core/own.ts';
import { alarmArn, parseTopicArn } from '../core/arn.ts';
import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import {
	asRecord,
	optionalBoolean,
	optionalNumber,
	optionalString,
	optionalStringList,
	requiredNumber,
	requiredString,
	validationMessage,
	type Read,
} from '../core/validate.ts';
import type { MetricAlarmView } from '../operations.ts';
import {
	ALARM_STATES,
	ALARM_STATISTICS,
	COMPARISON_OPERATORS,
	TREAT_MISSING_DATA,
	type Dimension,
	type MetricAlarm,
	type SimState,
} from '../state.ts';
import { evaluateAlarm } from './evaluate-alarms.ts';

// eslint-disable-next-line no-control-regex -- AWS's rule names the ASCII control characters it refuses.
const NAME_RULE = { min: 1, max: 255, pattern: /^[^\u0000-\u001F\u007F]+$/, patternText: '[^\\x00-\\x1F\\x7F]+' };
/** The longest evaluation range, EvaluationPeriods × Period: 7 days. */
export const MAX_EVALUATION_RANGE_SECONDS = 7 * 86_400;

function readEnum<T extends string>(
	input: unknown,
	member: string,
	values: readonly T[],
	required: boolean,
): Read<T | undefined> {
	const value = asRecord(input)[member];
	if (value === undefined && !required) return { ok: true, value: undefined };
	if (typeof value === 'string' && (values as readonly string[]).includes(value))
		return { ok: true, value: value as T };
	const shown = typeof value === 'string' || typeof value === 'number' ? value : null;
	return fail(
		'ValidationError',
		value === undefined
			? validationMessage(member, null, 'Member must not be null')
			: validationMessage(member, shown, `Member must satisfy enum value set: [${values.join(', ')}]`),
	);
}

function readInteger(input: unknown, member: string, min: number, required: boolean): Read<number | undefined> {
	const read = required ? requiredNumber(input, member) : optionalNumber(input, member);
	if (!read.ok || read.value === undefined) return read;
	if (!Number.isInteger(read.value) || read.value < min) {
		return fail(
			'ValidationError',
			validationMessage(member, read.value, `Member must have value greater than or equal to ${min}`),
		);
	}
	return read;
}

/** Reads `Dimensions` (up to 30 name/value pairs). */
export function readDimensions(input: unknown): Read<Dimension[]> {
	const raw = asRecord(input)['Dimensions'];
	if (raw === undefined) return { ok: true, value: [] };
	if (!Array.isArray(raw))
		return fail('ValidationError', validationMessage('Dimensions', null, 'Member must be a list'));
	if (raw.length > 30)
		return fail(
			'ValidationError',
			validationMessage('Dimensions', `[${raw.length} dimensions]`, 'Member must have length less than or equal to 30'),
		);
	const dimensions: Dimension[] = [];
	for (const entry of raw) {
		const name = requiredString(entry, 'Name', { min: 1, max: 255 });
		if (!name.ok) return name;
		const value = requiredString(entry, 'Value', { min: 1, max: 1024 });
		if (!value.ok) return value;
		dimensions.push({ Name: name.value, Value: value.value });
	}
	return { ok: true, value: dimensions };
}

function readActions(
	state: SimState,
	input: unknown,
	member: string,
	region: string,
): Read<readonly string[], 'ValidationError' | 'InvalidParameterValue'> {
	const list = optionalStringList(input, member, 5);
	if (!list.ok) return list;
	for (const arn of list.value ?? []) {
		const topic = parseTopicArn(arn);
		// SIMPLIFIED: only SNS topic actions are modelled (no EC2, Auto Scaling or Systems Manager actions).
		if (!topic)
			return fail(
				'InvalidParameterValue',
				`Invalid SNS topic ARN: ${arn}. Only SNS topic actions are supported in this console.`,
			);
		if (topic.region !== region)
			return fail('InvalidParameterValue', `Invalid region ${topic.region} specified. Only ${region} is supported.`);
		if (topic.accountId !== state.account.accountId) {
			return fail('InvalidParameterValue', `The topic ${arn} belongs to another account.`);
		}
	}
	return { ok: true, value: list.value ?? [] };
}

/** An alarm as DescribeAlarms returns it. */
export function alarmView(alarm: MetricAlarm): MetricAlarmView {
	return { ...alarm };
}

/**
 * PutMetricAlarm: creates or updates an alarm on a metric. A new alarm starts in
 * INSUFFICIENT_DATA and is evaluated at once, so a billing alarm created after charges already
 * exceed the threshold goes to ALARM immediately. Alarm actions may name SNS topics that do not
 * exist (AWS does not check); notifications to them are dropped.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
 */
export const putMetricAlarm: Handler<'PutMetricAlarm'> = (state, input, env) => {
	const name = requiredString(input, 'AlarmName', NAME_RULE);
	if (!name.ok) return name;
	const description = optionalString(input, 'AlarmDescription', { max: 1024 });
	if (!description.ok) return description;
	const actionsEnabled = optionalBoolean(input, 'ActionsEnabled');
	if (!actionsEnabled.ok) return actionsEnabled;
	const alarmActions = readActions(state, input, 'AlarmActions', env.region);
	if (!alarmActions.ok) return alarmActions;
	const okActions = readActions(state, input, 'OKActions', env.region);
	if (!okActions.ok) return okActions;
	const insufficientActions = readActions(state, input, 'InsufficientDataActions', env.region);
	if (!insufficientActions.ok) return insufficientActions;
	const metricName = requiredString(input, 'MetricName', { min: 1, max: 255 });
	if (!metricName.ok) return metricName;
	const namespace = requiredString(input, 'Namespace', {
		min: 1,
		max: 255,
		pattern: /^[^:].*$/,
		patternText: '[^:].*',
	});
	if (!namespace.ok) return namespace;
	const statistic = readEnum(input, 'Statistic', ALARM_STATISTICS, true);
	if (!statistic.ok) return statistic;
	const dimensions = readDimensions(input);
	if (!dimensions.ok) return dimensions;
	const period = readInteger(input, 'Period', 1, true);
	if (!period.ok) return period;
	const evaluationPeriods = readInteger(input, 'EvaluationPeriods', 1, true);
	if (!evaluationPeriods.ok) return evaluationPeriods;
	const datapointsToAlarm = readInteger(input, 'DatapointsToAlarm', 1, false);
	if (!datapointsToAlarm.ok) return datapointsToAlarm;
	const threshold = requiredNumber(input, 'Threshold');
	if (!threshold.ok) return threshold;
	const operator = readEnum(input, 'ComparisonOperator', COMPARISON_OPERATORS, true);
	if (!operator.ok) return operator;
	const treatMissing = readEnum(input, 'TreatMissingData', TREAT_MISSING_DATA, false);
	if (!treatMissing.ok) return treatMissing;

	const Period = period.value ?? 0;
	const EvaluationPeriods = evaluationPeriods.value ?? 1;
	if (![10, 20, 30].includes(Period) && Period % 60 !== 0) {
		// UNCONFIRMED wording; see coverage doc.
		return fail('InvalidParameterValue', 'The parameter Period must be 10, 20, 30 or a multiple of 60.');
	}
	const DatapointsToAlarm = datapointsToAlarm.value ?? EvaluationPeriods;
	if (DatapointsToAlarm > EvaluationPeriods) {
		return fail('InvalidParameterCombination', 'DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
	}
	if (Period * EvaluationPeriods > MAX_EVALUATION_RANGE_SECONDS) {
		return fail(
			'InvalidParameterCombination',
			'The evaluation period multiplied by the number of periods cannot exceed 7 days (604800 seconds).',
		);
	}
	const regional = state.cloudwatch[env.region] ?? { alarms: {} };
	const existing = own(regional.alarms, name.value);
	const clock = state.billing.clock;
	const base = {
		AlarmName: name.value,
		AlarmArn: alarmArn(env.region, state.account.accountId, name.value),
		ActionsEnabled: actionsEnabled.value ?? true,
		AlarmActions: alarmActions.value,
		OKActions: okActions.value,
		InsufficientDataActions: insufficientActions.value,
		MetricName: metricName.value,
		Namespace: namespace.value,
		Statistic: statistic.value ?? 'Maximum',
		Dimensions: dimensions.value,
		Period,
		EvaluationPeriods,
		DatapointsToAlarm,
		Threshold: threshold.value,
		ComparisonOperator: operator.value ?? 'GreaterThanThreshold',
		TreatMissingData: treatMissing.value ?? 'missing',
		StateValue: existing?.StateValue ?? 'INSUFFICIENT_DATA',
		StateReason: existing?.StateReason ?? 'Unchecked: Initial alarm creation',
		StateUpdatedTimestamp: existing?.StateUpdatedTimestamp ?? clock,
		AlarmConfigurationUpdatedTimestamp: clock,
	} satisfies Omit<MetricAlarm, 'AlarmDescription'>;
	const alarm: MetricAlarm = description.value === undefined ? base : { ...base, AlarmDescription: description.value };
	const stored: SimState = {
		...state,
		cloudwatch: {
			...state.cloudwatch,
			[env.region]: { ...regional, alarms: { ...regional.alarms, [alarm.AlarmName]: alarm } },
		},
	};
	return done(evaluateAlarm(stored, env.region, alarm.AlarmName, env), {});
};

/**
 * DescribeAlarms: alarms in the Region, optionally by names, name prefix or state.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html
 */
export const describeAlarms: Handler<'DescribeAlarms'> = (state, input, env) => {
	const names = optionalStringList(input, 'AlarmNames', 100);
	if (!names.ok) return names;
	const prefix = optionalString(input, 'AlarmNamePrefix', { min: 1, max: 255 });
	if (!prefix.ok) return prefix;
	const stateValue = readEnum(input, 'StateValue', ALARM_STATES, false);
	if (!stateValue.ok) return stateValue;
	if (names.value !== undefined && prefix.value !== undefined) {
		return fail('InvalidParameterCombination', 'AlarmNamePrefix and AlarmNames cannot be used together.');
	}
	const alarms = Object.values(state.cloudwatch[env.region]?.alarms ?? {})
		.filter((a) => names.value === undefined || names.value.includes(a.AlarmName))
		.filter((a) => prefix.value === undefined || a.AlarmName.startsWith(prefix.value))
		.filter((a) => stateValue.value === undefined || a.StateValue === stateValue.value)
		.sort((a, b) => a.AlarmName.localeCompare(b.AlarmName))
		.map(alarmView);
	return done(state, { MetricAlarms: alarms });
};

/**
 * DeleteAlarms: deletes the named alarms; if any does not exist, none is deleted.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteAlarms.html
 */
export const deleteAlarms: Handler<'DeleteAlarms'> = (state, input, env) => {
	const names = optionalStringList(input, 'AlarmNames', 100);
	if (!names.ok) return names;
	if (names.value === undefined)
		return fail('ValidationError', validationMessage('AlarmNames', null, 'Member must not be null'));
	const regional = state.cloudwatch[env.region] ?? { alarms: {} };
	if (names.value.some((n) => !own(regional.alarms, n)))
		return fail('ResourceNotFound', 'The named resource does not exist.');
	const alarms = Object.fromEntries(Object.entries(regional.alarms).filter(([n]) => !names.value?.includes(n)));
	return done({ ...state, cloudwatch: { ...state.cloudwatch, [env.region]: { ...regional, alarms } } }, {});
};
