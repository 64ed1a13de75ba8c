import { z } from 'zod';
import { ALARM_STATES, ALARM_STATISTICS, COMPARISON_OPERATORS, TREAT_MISSING_DATA } from './state.ts';

/** Zod schema of {@link SimState}, used to load saved states safely. */
const time = z.number().finite();
const passwordHash = z.object({ hash: z.string(), salt: z.string(), iterations: z.number().int().positive() });
const accessKey = z.object({ AccessKeyId: z.string(), Status: z.enum(['Active', 'Inactive']), CreateDate: time });
const principal = z.union([
	z.object({ type: z.literal('Root') }),
	z.object({ type: z.literal('IAMUser'), userName: z.string() }),
]);
const tag = z.object({ Key: z.string(), Value: z.string() });
const dimension = z.object({ Name: z.string(), Value: z.string() });

const user = z.object({
	UserName: z.string(),
	Path: z.string(),
	Arn: z.string(),
	UserId: z.string(),
	CreateDate: time,
	loginProfile: z
		.object({
			password: passwordHash,
			PasswordResetRequired: z.boolean(),
			CreateDate: time,
			passwordLastChanged: time,
		})
		.optional(),
	attachedPolicyArns: z.array(z.string()),
	groupNames: z.array(z.string()),
	mfaSerials: z.array(z.string()),
	accessKeys: z.array(accessKey),
	lastSignIn: time.optional(),
	lastActivity: time.optional(),
	Tags: z.array(tag),
});

const alarm = z.object({
	AlarmName: z.string(),
	AlarmArn: z.string(),
	AlarmDescription: z.string().optional(),
	ActionsEnabled: z.boolean(),
	AlarmActions: z.array(z.string()),
	OKActions: z.array(z.string()),
	InsufficientDataActions: z.array(z.string()),
	MetricName: z.string(),
	Namespace: z.string(),
	Statistic: z.enum(ALARM_STATISTICS),
	Dimensions: z.array(dimension),
	Period: z.number().int().positive(),
	EvaluationPeriods: z.number().int().positive(),
	DatapointsToAlarm: z.number().int().positive(),
	Threshold: z.number().finite(),
	ComparisonOperator: z.enum(COMPARISON_OPERATORS),
	TreatMissingData: z.enum(TREAT_MISSING_DATA),
	StateValue: z.enum(ALARM_STATES),
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

export const SimStateSchema = z.object({
	account: z.object({ accountId: z.string().regex(/^\d{12}$/), alias: z.string().optional() }),
	root: z.object({
		email: z.string(),
		password: passwordHash,
		passwordLastChanged: time,
		mfaSerials: z.array(z.string()),
		accessKeys: z.array(accessKey),
		lastSignIn: time.optional(),
	}),
	iam: z.object({
		users: z.record(user),
		groups: z.record(
			z.object({
				GroupName: z.string(),
				Path: z.string(),
				Arn: z.string(),
				GroupId: z.string(),
				CreateDate: time,
				attachedPolicyArns: z.array(z.string()),
			}),
		),
		mfaDevices: z.record(
			z.object({
				SerialNumber: z.string(),
				Base32StringSeed: z.string(),
				createDate: time,
				enabledFor: principal.optional(),
				EnableDate: time.optional(),
				lastUsedStep: z.number().int().optional(),
			}),
		),
	}),
	session: z.object({ principal, withMfa: z.boolean(), since: time }).nullable(),
	pendingSignIn: z
		.object({ principal, step: z.enum(['mfa', 'passwordReset']), withMfa: z.boolean(), startedAt: time })
		.nullable(),
	billing: z.object({
		alertsEnabled: z.boolean(),
		alertsEnabledAt: time.optional(),
		iamAccessActivated: z.boolean(),
		clock: time,
		lastRealNow: time,
		spendRateUsdPerHour: z.number().finite().nonnegative(),
		monthToDateUsd: z.number().finite().nonnegative(),
		nextPublishAt: time.optional(),
		datapoints: z.array(z.object({ Timestamp: time, Value: z.number().finite() })),
	}),
	cloudwatch: z.record(z.object({ alarms: z.record(alarm) })),
	sns: z.record(
		z.object({
			topics: z.record(z.object({ TopicArn: z.string(), Name: z.string(), createdAt: time })),
			subscriptions: z.record(subscription),
		}),
	),
	mailbox: z.array(
		z.object({
			MessageId: z.string(),
			to: z.string(),
			from: z.string(),
			subject: z.string(),
			body: z.string(),
			receivedAt: time,
			read: z.boolean(),
			kind: z.enum(['subscription-confirmation', 'alarm', 'sign-in-instructions']),
			link: z
				.object({
					action: z.literal('ConfirmSubscription'),
					TopicArn: z.string(),
					Token: z.string(),
					region: z.string(),
				})
				.optional(),
		}),
	),
	trail: z.array(
		z.object({
			eventTime: time,
			eventName: z.string(),
			eventSource: z.string(),
			awsRegion: z.string(),
			userIdentity: z.object({
				type: z.enum(['Root', 'IAMUser', 'Unauthenticated']),
				arn: z.string().optional(),
				userName: z.string().optional(),
			}),
			requestParameters: z.unknown(),
			responseElements: z.unknown().optional(),
			errorCode: z.string().optional(),
			errorMessage: z.string().optional(),
		}),
	),
	settings: z.object({ passwordHashIterations: z.number().int().positive() }),
	seq: z.number().int().nonnegative(),
});
