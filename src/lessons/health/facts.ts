import type { SimState } from '@/simulator';

/**
 * A small, neutral picture of an account's security settings. The practice account and a real
 * account (described by AWS CLI output) are both turned into these facts, and the same health
 * checks grade either one. A section is `undefined` when nothing tells us about it yet.
 */
export interface AccountFacts {
	readonly root?: RootFacts;
	readonly users?: readonly UserFacts[];
	readonly alarms?: readonly AlarmFacts[];
	readonly subscriptions?: readonly SubscriptionFacts[];
}

export interface RootFacts {
	readonly mfaEnabled: boolean;
	readonly accessKeysPresent: boolean;
}

export interface UserFacts {
	readonly userName: string;
	/** Enabled MFA devices; `undefined` when unknown. */
	readonly mfaDeviceCount?: number;
	/** Managed policies that reach the user; `undefined` when unknown. */
	readonly policyArns?: readonly string[];
}

export interface AlarmFacts {
	readonly name: string;
	readonly region: string;
	readonly namespace: string;
	readonly metricName: string;
	readonly dimensions: readonly { readonly Name: string; readonly Value: string }[];
	readonly threshold: number;
	readonly comparisonOperator: string;
	readonly actionsEnabled: boolean;
	readonly alarmActions: readonly string[];
}

export interface SubscriptionFacts {
	readonly topicArn: string;
	readonly protocol: string;
	readonly endpoint: string;
	readonly confirmed: boolean;
}

/** The practice account as facts: every section is known. */
export function factsFromSimState(state: SimState): AccountFacts {
	const users = Object.values(state.iam.users).map((user) => {
		const viaGroups = user.groupNames.flatMap((name) => state.iam.groups[name]?.attachedPolicyArns ?? []);
		return {
			userName: user.UserName,
			mfaDeviceCount: user.mfaSerials.length,
			policyArns: [...new Set([...user.attachedPolicyArns, ...viaGroups])],
		};
	});
	const alarms = Object.entries(state.cloudwatch).flatMap(([region, cloudwatch]) =>
		Object.values(cloudwatch.alarms).map((alarm) => ({
			name: alarm.AlarmName,
			region,
			namespace: alarm.Namespace,
			metricName: alarm.MetricName,
			dimensions: alarm.Dimensions,
			threshold: alarm.Threshold,
			comparisonOperator: alarm.ComparisonOperator,
			actionsEnabled: alarm.ActionsEnabled,
			alarmActions: alarm.AlarmActions,
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
	return {
		root: { mfaEnabled: state.root.mfaSerials.length > 0, accessKeysPresent: state.root.accessKeys.length > 0 },
		users,
		alarms,
		subscriptions,
	};
}
