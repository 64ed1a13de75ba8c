import * as z from '../lib/shape.ts';
import type { SimState } from './state.ts';
import {
	ACCOUNT_PLAN_TYPES,
	ALARM_STATES,
	ALARM_STATISTICS,
	BUDGET_COMPARISON_OPERATORS,
	BUDGET_NOTIFICATION_TYPES,
	BUDGET_SUBSCRIPTION_TYPES,
	BUDGET_THRESHOLD_TYPES,
	BUDGET_TIME_UNITS,
	COMPARISON_OPERATORS,
	FIDO_CEREMONY_KINDS,
	INSTANCE_STATE_NAMES,
	MAIL_KINDS,
	SIGN_IN_STEPS,
	TREAT_MISSING_DATA,
} from './state.ts';

// Epoch milliseconds up to the year 2200: a save with a time beyond what a Date can show is damaged.
const time = z.number({ min: 0, max: Date.UTC(2200, 0, 1) });
const passwordHash = z.object({ hash: z.string(), salt: z.string(), iterations: z.int({ min: 1 }) });
const accessKey = z.object({
	AccessKeyId: z.string(),
	Status: z.oneOf(['Active', 'Inactive']),
	CreateDate: time,
	// Optional: keys that never signed a request, and saves from before it was recorded, have none.
	lastUsed: z.optional(z.object({ date: time, serviceName: z.string(), region: z.string() })),
});
const principal = z.union([
	z.object({ type: z.literal('Root') }),
	z.object({ type: z.literal('IAMUser'), userName: z.string() }),
]);
// base64url without padding: credential IDs, public keys and challenges of passkeys and security keys.
const base64url = z.string({ pattern: /^[A-Za-z0-9_-]+$/, patternMessage: 'Expected base64url' });

const tag = z.object({ Key: z.string(), Value: z.string() });
const dimension = z.object({ Name: z.string(), Value: z.string() });

const user = z.object({
	UserName: z.string(),
	Path: z.string(),
	Arn: z.string(),
	UserId: z.string(),
	CreateDate: time,
	loginProfile: z.optional(
		z.object({
			password: passwordHash,
			PasswordResetRequired: z.boolean(),
			CreateDate: time,
			passwordLastChanged: time,
		}),
	),
	attachedPolicyArns: z.array(z.string()),
	groupNames: z.array(z.string()),
	mfaSerials: z.array(z.string()),
	accessKeys: z.array(accessKey),
	lastSignIn: z.optional(time),
	lastActivity: z.optional(time),
	Tags: z.array(tag),
	inlinePolicies: z.optional(z.record(z.string(), z.string())),
});

const alarm = z.object({
	AlarmName: z.string(),
	AlarmArn: z.string(),
	AlarmDescription: z.optional(z.string()),
	ActionsEnabled: z.boolean(),
	AlarmActions: z.array(z.string()),
	OKActions: z.array(z.string()),
	InsufficientDataActions: z.array(z.string()),
	MetricName: z.string(),
	Namespace: z.string(),
	Statistic: z.oneOf(ALARM_STATISTICS),
	Dimensions: z.array(dimension),
	Period: z.int({ min: 1 }),
	EvaluationPeriods: z.int({ min: 1 }),
	DatapointsToAlarm: z.int({ min: 1 }),
	Threshold: z.number(),
	ComparisonOperator: z.oneOf(COMPARISON_OPERATORS),
	TreatMissingData: z.oneOf(TREAT_MISSING_DATA),
	StateValue: z.oneOf(ALARM_STATES),
	StateReason: z.string(),
	StateUpdatedTimestamp: time,
	AlarmConfigurationUpdatedTimestamp: time,
});

const subscription = z.object({
	SubscriptionArn: z.string(),
	TopicArn: z.string(),
	Protocol: z.literal('email'),
	Endpoint: z.string(),
	Owner: z.string(),
	confirmed: z.boolean(),
	token: z.string(),
	createdAt: time,
});

const budget = z.object({
	BudgetName: z.string(),
	BudgetType: z.literal('COST'),
	TimeUnit: z.oneOf(BUDGET_TIME_UNITS),
	BudgetLimit: z.object({ Amount: z.string(), Unit: z.literal('USD') }),
	createdAt: time,
	LastUpdatedTime: time,
	periodStart: time,
	periodSpendUsd: z.number({ min: 0 }),
	notifications: z.array(
		z.object({
			NotificationType: z.oneOf(BUDGET_NOTIFICATION_TYPES),
			ComparisonOperator: z.oneOf(BUDGET_COMPARISON_OPERATORS),
			Threshold: z.number({ min: 0 }),
			ThresholdType: z.oneOf(BUDGET_THRESHOLD_TYPES),
			NotificationState: z.oneOf(['OK', 'ALARM']),
			subscribers: z.array(z.object({ SubscriptionType: z.oneOf(BUDGET_SUBSCRIPTION_TYPES), Address: z.string() })),
		}),
	),
});

const instance = z.object({
	InstanceId: z.string(),
	InstanceType: z.string(),
	ReservationId: z.string(),
	State: z.oneOf(INSTANCE_STATE_NAMES),
	LaunchTime: time,
	stateChangedAt: z.optional(time),
	hourlyPriceUsd: z.number({ min: 0 }),
});

const plan = z.object({
	type: z.oneOf(ACCOUNT_PLAN_TYPES),
	startedAt: time,
	expiresAt: time,
	creditsGrantedUsd: z.number({ min: 0 }),
	creditsUsedUsd: z.number({ min: 0 }),
	earnedActivities: z.array(z.string()),
	upgradedAt: z.optional(time),
});

/** The shape of {@link SimState}, used to load saved states safely. */
export const SimStateSchema: z.Shape<SimState> = z.object({
	account: z.object({
		accountId: z.string({ pattern: /^\d{12}$/, patternMessage: 'Expected a 12-digit account ID' }),
		alias: z.optional(z.string()),
	}),
	root: z.object({
		email: z.string(),
		password: passwordHash,
		passwordLastChanged: time,
		mfaSerials: z.array(z.string()),
		accessKeys: z.array(accessKey),
		lastSignIn: z.optional(time),
		mfaPromptFirstShownAt: z.optional(time),
	}),
	iam: z.object({
		users: z.record(z.string(), user),
		groups: z.record(
			z.string(),
			z.object({
				GroupName: z.string(),
				Path: z.string(),
				Arn: z.string(),
				GroupId: z.string(),
				CreateDate: time,
				attachedPolicyArns: z.array(z.string()),
				inlinePolicies: z.optional(z.record(z.string(), z.string())),
			}),
		),
		mfaDevices: z.record(
			z.string(),
			z.object({
				SerialNumber: z.string(),
				// A secret that is not base32 could never produce a code, locking the identity out after loading.
				Base32StringSeed: z.string({ pattern: /^[A-Z2-7]{16,128}$/, patternMessage: 'Expected a base32 MFA secret' }),
				createDate: time,
				enabledFor: z.optional(principal),
				EnableDate: z.optional(time),
				lastUsedStep: z.optional(z.int()),
				clockOffsetSteps: z.optional(z.int()),
			}),
		),
		// Public by design: a credential ID and a public key let nobody sign in (see FidoMfaDevice).
		fidoDevices: z.record(
			z.string(),
			z.object({
				SerialNumber: z.string(),
				enabledFor: principal,
				EnableDate: time,
				credentialId: base64url,
				// An uncompressed P-256 point is 65 bytes: 87 base64url characters.
				publicKey: z.string({ pattern: /^[A-Za-z0-9_-]{87}$/, patternMessage: 'Expected a P-256 public key' }),
				rpId: z.string(),
				signCount: z.int({ min: 0, max: 0xffffffff }),
				backupEligible: z.boolean(),
			}),
		),
	}),
	session: z.nullable(
		z.object({ principal, withMfa: z.boolean(), since: time, mfaRegistrationRequired: z.optional(z.boolean()) }),
	),
	pendingSignIn: z.nullable(
		z.object({ principal, step: z.oneOf(SIGN_IN_STEPS), withMfa: z.boolean(), startedAt: time }),
	),
	fidoCeremony: z.nullable(
		z.object({
			kind: z.oneOf(FIDO_CEREMONY_KINDS),
			owner: principal,
			deviceName: z.optional(z.string()),
			challenge: base64url,
			origin: z.string(),
			rpId: z.string(),
			startedAt: time,
		}),
	),
	billing: z.object({
		alertsEnabled: z.boolean(),
		alertsEnabledAt: z.optional(time),
		iamAccessActivated: z.boolean(),
		clock: time,
		lastRealNow: time,
		spendRateUsdPerHour: z.number({ min: 0 }),
		monthToDateUsd: z.number({ min: 0 }),
		nextPublishAt: z.optional(time),
		datapoints: z.array(z.object({ Timestamp: time, Value: z.number() })),
		plan,
		nextBudgetUpdateAt: z.optional(time),
	}),
	budgets: z.record(z.string(), budget),
	cloudwatch: z.record(z.string(), z.object({ alarms: z.record(z.string(), alarm) })),
	sns: z.record(
		z.string(),
		z.object({
			topics: z.record(z.string(), z.object({ TopicArn: z.string(), Name: z.string(), createdAt: time })),
			subscriptions: z.record(z.string(), subscription),
		}),
	),
	ec2: z.record(z.string(), z.object({ instances: z.record(z.string(), instance) })),
	mailbox: z.array(
		z.object({
			MessageId: z.string(),
			to: z.string(),
			from: z.string(),
			subject: z.string(),
			body: z.string(),
			receivedAt: time,
			read: z.boolean(),
			kind: z.oneOf(MAIL_KINDS),
			link: z.optional(
				z.object({
					action: z.literal('ConfirmSubscription'),
					TopicArn: z.string(),
					Token: z.string(),
					region: z.string(),
				}),
			),
		}),
	),
	trail: z.array(
		z.object({
			eventTime: time,
			eventName: z.string(),
			eventSource: z.string(),
			awsRegion: z.string(),
			userIdentity: z.object({
				type: z.oneOf(['Root', 'IAMUser', 'Unauthenticated']),
				arn: z.optional(z.string()),
				userName: z.optional(z.string()),
				// Optional: console calls have none, and saves from before version 4 never recorded it.
				accessKeyId: z.optional(z.string()),
			}),
			// Optional: saves from before the field existed have none.
			sourceIPAddress: z.optional(z.string()),
			requestParameters: z.unknown(),
			responseElements: z.optional(z.unknown()),
			errorCode: z.optional(z.string()),
			errorMessage: z.optional(z.string()),
		}),
	),
	settings: z.object({ passwordHashIterations: z.int({ min: 1 }) }),
	seq: z.int({ min: 0 }),
});
