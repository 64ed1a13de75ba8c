import { isObject, type Json, type JsonObject } from './cli-text';
import { listOf, plural, refuse, text, unchanged, type Extracted } from './cli-contribution';
import type { AlarmFacts, BudgetFacts, BudgetNotificationFacts, MetricFacts, SubscriptionFacts } from './facts';

/** Reads the outputs of the CloudWatch, SNS and Budgets commands. */

function metricOf(value: Json | undefined): MetricFacts | undefined {
	if (!isObject(value)) return undefined;
	const dimensions = Array.isArray(value['Dimensions'])
		? value['Dimensions'].filter(isObject).map((d) => ({ Name: text(d['Name']) ?? '', Value: text(d['Value']) ?? '' }))
		: [];
	return { namespace: text(value['Namespace']) ?? '', metricName: text(value['MetricName']) ?? '', dimensions };
}

/** The metric (or metric math) an alarm compares with its threshold. */
function alarmMetric(alarm: JsonObject): Pick<AlarmFacts, 'namespace' | 'metricName' | 'dimensions' | 'metricMath'> {
	const queries = Array.isArray(alarm['Metrics']) ? alarm['Metrics'].filter(isObject) : [];
	if (queries.length === 0) return metricOf(alarm) ?? { namespace: '', metricName: '', dimensions: [] };
	const returned =
		queries.find((q) => q['ReturnData'] === true) ?? queries.find((q) => q['ReturnData'] !== false) ?? queries[0];
	const stat = isObject(returned?.['MetricStat']) ? metricOf(returned['MetricStat']['Metric']) : undefined;
	if (stat) return stat;
	const metrics = queries.flatMap((q) => {
		const metric = isObject(q['MetricStat']) ? metricOf(q['MetricStat']['Metric']) : undefined;
		return metric ? [metric] : [];
	});
	return {
		namespace: '',
		metricName: '',
		dimensions: [],
		metricMath: { expression: text(returned?.['Expression']) ?? '', metrics },
	};
}

export function extractAlarms(json: JsonObject): Extracted {
	const alarms = listOf(json, 'MetricAlarms');
	if (typeof alarms === 'string') return refuse(alarms);
	const facts: AlarmFacts[] = [];
	for (const alarm of alarms) {
		const name = text(alarm['AlarmName']);
		const region = text(alarm['AlarmArn'])?.split(':')[3];
		if (name === undefined || !region) return refuse(`An alarm has no "AlarmName" or "AlarmArn". ${unchanged}`);
		facts.push({
			name,
			region,
			...alarmMetric(alarm),
			threshold: typeof alarm['Threshold'] === 'number' ? alarm['Threshold'] : Number.NaN,
			comparisonOperator: text(alarm['ComparisonOperator']) ?? '',
			actionsEnabled: alarm['ActionsEnabled'] !== false,
			alarmActions: Array.isArray(alarm['AlarmActions'])
				? alarm['AlarmActions'].flatMap((a) => (typeof a === 'string' ? [a] : []))
				: [],
			state: text(alarm['StateValue']),
		});
	}
	const list = facts.map((a) => `${a.name} (${a.region}${a.state ? `, ${a.state}` : ''})`).join(', ');
	return {
		ok: true,
		value: { alarms: facts },
		summary: facts.length === 0 ? 'No metric alarms.' : `${plural(facts.length, 'alarm')}: ${list}.`,
	};
}

export function extractSubscriptions(json: JsonObject): Extracted {
	const subscriptions = listOf(json, 'Subscriptions');
	if (typeof subscriptions === 'string') return refuse(subscriptions);
	const facts: SubscriptionFacts[] = [];
	for (const s of subscriptions) {
		const arn = text(s['SubscriptionArn']);
		const topicArn = text(s['TopicArn']);
		if (arn === undefined || topicArn === undefined)
			return refuse(`A subscription has no "SubscriptionArn" or "TopicArn". ${unchanged}`);
		// Only a real ARN means confirmed: SNS shows "PendingConfirmation" (or "Deleted") otherwise.
		facts.push({
			topicArn,
			protocol: text(s['Protocol']) ?? '',
			endpoint: text(s['Endpoint']) ?? '',
			confirmed: arn.startsWith('arn:'),
		});
	}
	const pending = facts.filter((s) => !s.confirmed).length;
	const protocols = [...new Set(facts.map((s) => s.protocol))].join(', ');
	return {
		ok: true,
		value: { subscriptions: facts },
		summary: `${plural(facts.length, 'subscription')}${protocols ? ` (${protocols})` : ''}${pending > 0 ? `, ${pending} pending confirmation` : ''}.`,
	};
}

export function extractBillingMetrics(json: JsonObject): Extracted {
	const metrics = listOf(json, 'Metrics');
	if (typeof metrics === 'string') return refuse(metrics);
	const total = metrics.some((m) => {
		const metric = metricOf(m);
		return (
			metric?.namespace === 'AWS/Billing' &&
			metric.metricName === 'EstimatedCharges' &&
			metric.dimensions.length === 1 &&
			metric.dimensions[0]?.Name === 'Currency'
		);
	});
	return {
		ok: true,
		value: { totalChargesMetric: total },
		summary: total ? 'The EstimatedCharges billing metric exists.' : 'No total EstimatedCharges metric in AWS/Billing.',
	};
}

export function extractBudgets(json: JsonObject): Extracted {
	const budgets = listOf(json, 'Budgets');
	if (typeof budgets === 'string') return refuse(budgets);
	const facts = budgets.map((b): BudgetFacts => {
		const limit = isObject(b['BudgetLimit']) ? b['BudgetLimit'] : undefined;
		return {
			name: text(b['BudgetName']) ?? '',
			budgetType: text(b['BudgetType']) ?? '',
			...(limit ? { limit: { amount: text(limit['Amount']) ?? '', unit: text(limit['Unit']) ?? '' } } : {}),
		};
	});
	const list = facts
		.map((b) => `${b.name} (${b.budgetType}${b.limit ? `, ${Number(b.limit.amount)} ${b.limit.unit}` : ''})`)
		.join(', ');
	return {
		ok: true,
		value: { budgets: facts },
		summary: facts.length === 0 ? 'No budgets.' : `${plural(facts.length, 'budget')}: ${list}.`,
	};
}

export function extractBudgetNotifications(json: JsonObject): Extracted {
	const entries = listOf(json, 'BudgetNotificationsForAccount');
	if (typeof entries === 'string') return refuse(entries);
	const byBudget: Record<string, BudgetNotificationFacts[]> = {};
	for (const entry of entries) {
		const name = text(entry['BudgetName']);
		if (name === undefined) return refuse(`An entry has no "BudgetName". ${unchanged}`);
		const notifications = Array.isArray(entry['Notifications']) ? entry['Notifications'].filter(isObject) : [];
		byBudget[name] = notifications.map((n) => ({
			notificationType: text(n['NotificationType']) ?? '',
			threshold: typeof n['Threshold'] === 'number' ? n['Threshold'] : Number.NaN,
			thresholdType: text(n['ThresholdType']) ?? 'PERCENTAGE',
		}));
	}
	const count = Object.values(byBudget).reduce((sum, list) => sum + list.length, 0);
	return {
		ok: true,
		value: { budgetNotifications: byBudget },
		summary: `${plural(count, 'alert')} across ${plural(Object.keys(byBudget).length, 'budget')}.`,
	};
}
