import type { InlinePolicies, SimState } from '@/simulator';

/**
 * A small, neutral picture of an account's security settings. The practice account and a real
 * account (described by AWS CLI output) are both turned into these facts, and the same health
 * checks grade either one. A field is `undefined` when nothing tells us about it yet, so a check
 * can say "not checked" instead of guessing.
 */
export interface AccountFacts {
	readonly root?: RootFacts;
	/** IAM users, merged from every source; a user's own fields say what is known about it. */
	readonly users?: readonly UserFacts[];
	/** Whether `users` is the full list (list-users or the credential report), not only users met in other outputs. */
	readonly allUsersListed?: boolean;
	/** IAM groups that some output described, by name. */
	readonly groups?: readonly GroupFacts[];
	readonly alarms?: readonly AlarmFacts[];
	readonly subscriptions?: readonly SubscriptionFacts[];
	readonly billingData?: BillingDataFacts;
	readonly budgets?: readonly BudgetFacts[];
	/** When the facts about credentials were true (the credential report's time), epoch ms. */
	readonly observedAt?: number;
}

export interface AccessKeyFacts {
	readonly active: boolean;
	/** When the key was created or last rotated, epoch ms. */
	readonly createdAt?: number | undefined;
	/** When the key last signed a request, epoch ms; `undefined` when it never has (or it is unknown). */
	readonly lastUsedAt?: number | undefined;
}

export interface RootFacts {
	readonly mfaEnabled: boolean;
	readonly accessKeysPresent: boolean;
	/** Each root access key, when a source lists them (the credential report shows active keys only). */
	readonly accessKeys?: readonly AccessKeyFacts[];
}

/** A policy written into a user or group (an inline policy). */
export interface InlinePolicyFacts {
	readonly name: string;
	/** The policy document as JSON; `undefined` until its text has been read. */
	readonly document?: unknown;
}

export interface UserFacts {
	readonly userName: string;
	/** Enabled MFA devices; `undefined` when unknown. */
	readonly mfaDeviceCount?: number;
	/** Whether the user has a console password. */
	readonly consolePassword?: boolean;
	readonly accessKeys?: readonly AccessKeyFacts[];
	/** Managed policies attached to the user itself (not through groups). */
	readonly attachedPolicyArns?: readonly string[];
	/** Policies written into the user itself. */
	readonly inlinePolicies?: readonly InlinePolicyFacts[];
	/** The groups the user is in. */
	readonly groupNames?: readonly string[];
}

export interface GroupFacts {
	readonly groupName: string;
	readonly attachedPolicyArns?: readonly string[];
	readonly inlinePolicies?: readonly InlinePolicyFacts[];
}

/** One metric an alarm reads. */
export interface MetricFacts {
	readonly namespace: string;
	readonly metricName: string;
	readonly dimensions: readonly { readonly Name: string; readonly Value: string }[];
}

export interface AlarmFacts {
	readonly name: string;
	readonly region: string;
	/** The single metric of a plain alarm; empty strings for an alarm written with metric math. */
	readonly namespace: string;
	readonly metricName: string;
	readonly dimensions: readonly { readonly Name: string; readonly Value: string }[];
	/** An alarm on a metric math expression: the expression it compares, and the metrics it reads. */
	readonly metricMath?: { readonly expression: string; readonly metrics: readonly MetricFacts[] };
	readonly threshold: number;
	/** The statistic of a plain alarm (`Maximum`, `Average`…); `undefined` when the source does not say. */
	readonly statistic?: string;
	/** Seconds in each period a plain alarm evaluates; `undefined` when the source does not say. */
	readonly period?: number;
	readonly comparisonOperator: string;
	readonly actionsEnabled: boolean;
	readonly alarmActions: readonly string[];
	/** `OK`, `ALARM` or `INSUFFICIENT_DATA`, when the source says. */
	readonly state?: string | undefined;
}

export interface SubscriptionFacts {
	readonly topicArn: string;
	readonly protocol: string;
	readonly endpoint: string;
	readonly confirmed: boolean;
}

/** Whether CloudWatch has the account's billing metric (it appears once billing alerts are on). */
export interface BillingDataFacts {
	readonly totalChargesMetric: boolean;
}

export interface BudgetSubscriberFacts {
	readonly type: string;
	readonly address: string;
}

export interface BudgetNotificationFacts {
	readonly notificationType: string;
	readonly threshold: number;
	readonly thresholdType: string;
	/**
	 * Who hears about it; `undefined` when the source does not list them. AWS keeps no alert without
	 * someone to tell (removing its last subscriber removes it), so an alert always has at least one.
	 */
	readonly subscribers?: readonly BudgetSubscriberFacts[];
}

export interface BudgetFacts {
	readonly name: string;
	readonly budgetType: string;
	readonly limit?: { readonly amount: string; readonly unit: string };
	/** `undefined` until a source lists the budget's alerts. */
	readonly notifications?: readonly BudgetNotificationFacts[];
}

/**
 * A user's or group's inline policies with their documents as JSON. The simulator stores only
 * documents it could read; one that is not even JSON (only a damaged save could hold it) grants
 * nothing there, so it is left out here too. The health checks read each document themselves.
 */
function inlinePolicyFacts(policies: InlinePolicies | undefined): InlinePolicyFacts[] {
	return Object.entries(policies ?? {}).flatMap(([name, text]) => {
		const document = parseJson(text);
		return document === undefined ? [] : [{ name, document }];
	});
}

/** JSON text as data, or `undefined` when it is not JSON. */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The practice account as facts: every section is known. */
export function factsFromSimState(state: SimState): AccountFacts {
	const users = Object.values(state.iam.users).map((user): UserFacts => ({
		userName: user.UserName,
		mfaDeviceCount: user.mfaSerials.length,
		consolePassword: user.loginProfile !== undefined,
		accessKeys: user.accessKeys.map((key) => ({ active: key.Status === 'Active', createdAt: key.CreateDate })),
		attachedPolicyArns: user.attachedPolicyArns,
		inlinePolicies: inlinePolicyFacts(user.inlinePolicies),
		groupNames: user.groupNames,
	}));
	const groups = Object.values(state.iam.groups).map((group): GroupFacts => ({
		groupName: group.GroupName,
		attachedPolicyArns: group.attachedPolicyArns,
		inlinePolicies: inlinePolicyFacts(group.inlinePolicies),
	}));
	const alarms = Object.entries(state.cloudwatch).flatMap(([region, cloudwatch]) =>
		Object.values(cloudwatch.alarms).map((alarm) => ({
			name: alarm.AlarmName,
			region,
			namespace: alarm.Namespace,
			metricName: alarm.MetricName,
			dimensions: alarm.Dimensions,
			threshold: alarm.Threshold,
			statistic: alarm.Statistic,
			period: alarm.Period,
			comparisonOperator: alarm.ComparisonOperator,
			actionsEnabled: alarm.ActionsEnabled,
			alarmActions: alarm.AlarmActions,
			state: alarm.StateValue,
		})),
	);
	const subscriptions = Object.values(state.sns).flatMap((sns) =>
		Object.values(sns.subscriptions).map((s) => ({
			topicArn: s.TopicArn,
			protocol: s.Protocol,
			endpoint: s.Endpoint,
			confirmed: s.confirmed,
		})),
	);
	const budgets = Object.values(state.budgets).map((budget): BudgetFacts => ({
		name: budget.BudgetName,
		budgetType: budget.BudgetType,
		limit: { amount: budget.BudgetLimit.Amount, unit: budget.BudgetLimit.Unit },
		notifications: budget.notifications.map((n) => ({
			notificationType: n.NotificationType,
			threshold: n.Threshold,
			thresholdType: n.ThresholdType,
			subscribers: n.subscribers.map((s) => ({ type: s.SubscriptionType, address: s.Address })),
		})),
	}));
	return {
		root: {
			mfaEnabled: state.root.mfaSerials.length > 0,
			accessKeysPresent: state.root.accessKeys.length > 0,
			accessKeys: state.root.accessKeys.map((key) => ({ active: key.Status === 'Active', createdAt: key.CreateDate })),
		},
		users,
		allUsersListed: true,
		groups,
		alarms,
		subscriptions,
		billingData: { totalChargesMetric: state.billing.alertsEnabled && state.billing.datapoints.length > 0 },
		budgets,
		// Access keys are stamped with real time, which the simulator last saw here.
		observedAt: state.billing.lastRealNow,
	};
}
