import fc from 'fast-check';
import {
	AWS_MANAGED_POLICIES,
	PRACTICE_ROOT,
	type ApiCall,
	type PolicySource,
	type PolicyStatement,
} from '@/simulator';

const ACCT = PRACTICE_ROOT.accountId;

/** A small pool of names so calls often refer to the same entities (and to case variants). */
export const userNameArb = fc.constantFrom('alice', 'Alice', 'bob', 'iam-admin', 'IAM-ADMIN', 'carol', 'x y', '');
export const policyArnArb = fc.constantFrom(
	...AWS_MANAGED_POLICIES.map((p) => p.Arn),
	'arn:aws:iam::aws:policy/Nope',
	'garbage',
);
const policyNameArb = fc.constantFrom('servers', 'everything', 'bad name');
/** Inline policy documents: ones that grant, deny, or cannot be read. */
const policyDocumentArb = fc.constantFrom(
	'{"Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*"}}',
	'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
	'{"Statement":{"Effect":"Deny","NotAction":"iam:*","Resource":"*"}}',
	'{"Statement":',
	'',
);
const regionArb = fc.constantFrom(undefined, 'us-east-1', 'eu-west-1', 'mars-1');
const topicArnArb = fc.constantFrom(
	`arn:aws:sns:us-east-1:${ACCT}:alerts`,
	`arn:aws:sns:eu-west-1:${ACCT}:alerts`,
	'nonsense',
);
const codeArb = fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 8 }));
const budgetNameArb = fc.constantFrom('zero', 'monthly', '__proto__', 'a:b', '');
const instanceIdArb = fc.constantFrom('i-0123456789abcdef0', 'i-12345678', 'i-nope', '');
const serialArb = fc.constantFrom(`arn:aws:iam::${ACCT}:mfa/phone`, `arn:aws:iam::${ACCT}:mfa/other`, 'x');

/** Calls with well-formed shapes, mostly valid, over a small name pool. */
const shapedCallArb: fc.Arbitrary<ApiCall> = fc.oneof(
	fc.constant<ApiCall>({
		op: 'ConsoleLogin',
		input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
	}),
	fc
		.record({ UserName: userNameArb, Password: fc.constantFrom('Practice-User-Pass-1', 'wrong') })
		.map((i): ApiCall => ({ op: 'ConsoleLogin', input: { LoginType: 'IAMUser', Account: ACCT, ...i } })),
	codeArb.map((AuthenticationCode): ApiCall => ({ op: 'ConsoleLoginMFA', input: { AuthenticationCode } })),
	fc.constant<ApiCall>({ op: 'ConsoleLogout', input: {} }),
	fc.constant<ApiCall>({ op: 'CancelSignIn', input: {} }),
	// The root user's prompt to register MFA; skipping is the likelier answer, so more calls run signed in.
	fc.constant<ApiCall>({ op: 'SkipMFARegistration', input: {} }),
	fc.constant<ApiCall>({ op: 'SkipMFARegistration', input: {} }),
	fc.constant<ApiCall>({ op: 'StartMFARegistration', input: {} }),
	fc
		.record({ AuthenticationCode1: codeArb, AuthenticationCode2: codeArb })
		.map((input): ApiCall => ({ op: 'ResyncMFADeviceAtSignIn', input })),
	userNameArb.map((UserName): ApiCall => ({ op: 'CreateUser', input: { UserName } })),
	userNameArb.map((UserName): ApiCall => ({ op: 'DeleteUser', input: { UserName } })),
	fc
		.record({ UserName: userNameArb, PasswordResetRequired: fc.boolean() })
		.map((i): ApiCall => ({ op: 'CreateLoginProfile', input: { ...i, Password: 'Practice-User-Pass-1' } })),
	userNameArb.map((UserName): ApiCall => ({ op: 'DeleteLoginProfile', input: { UserName } })),
	fc
		.record({ UserName: userNameArb, PolicyArn: policyArnArb })
		.map((input): ApiCall => ({ op: 'AttachUserPolicy', input })),
	fc
		.record({ UserName: userNameArb, PolicyArn: policyArnArb })
		.map((input): ApiCall => ({ op: 'DetachUserPolicy', input })),
	fc.constantFrom('admins', 'Admins', 'ops').map((GroupName): ApiCall => ({ op: 'CreateGroup', input: { GroupName } })),
	fc
		.record({ GroupName: fc.constantFrom('admins', 'ops'), UserName: userNameArb })
		.map((input): ApiCall => ({ op: 'AddUserToGroup', input })),
	fc
		.record({ GroupName: fc.constantFrom('admins', 'ops'), PolicyArn: policyArnArb })
		.map((input): ApiCall => ({ op: 'AttachGroupPolicy', input })),
	fc
		.record({ UserName: userNameArb, PolicyName: policyNameArb, PolicyDocument: policyDocumentArb })
		.map((input): ApiCall => ({ op: 'PutUserPolicy', input })),
	fc
		.record({ UserName: userNameArb, PolicyName: policyNameArb })
		.map((input): ApiCall => ({ op: 'DeleteUserPolicy', input })),
	fc
		.record({
			GroupName: fc.constantFrom('admins', 'ops'),
			PolicyName: policyNameArb,
			PolicyDocument: policyDocumentArb,
		})
		.map((input): ApiCall => ({ op: 'PutGroupPolicy', input })),
	fc
		.constantFrom('phone', 'other')
		.map((VirtualMFADeviceName): ApiCall => ({ op: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName } })),
	fc
		.record({ SerialNumber: serialArb, AuthenticationCode1: codeArb, AuthenticationCode2: codeArb })
		.map((input): ApiCall => ({ op: 'EnableMFADevice', input })),
	serialArb.map((SerialNumber): ApiCall => ({ op: 'DeactivateMFADevice', input: { SerialNumber } })),
	serialArb.map((SerialNumber): ApiCall => ({ op: 'DeleteVirtualMFADevice', input: { SerialNumber } })),
	fc
		.option(userNameArb, { nil: undefined })
		.map((UserName): ApiCall => ({ op: 'CreateAccessKey', input: UserName === undefined ? {} : { UserName } })),
	fc
		.constantFrom('practice-co', 'example', '123456789012')
		.map((AccountAlias): ApiCall => ({ op: 'CreateAccountAlias', input: { AccountAlias } })),
	fc
		.boolean()
		.map((ReceiveBillingAlerts): ApiCall => ({ op: 'UpdateBillingPreferences', input: { ReceiveBillingAlerts } })),
	fc.boolean().map((Activate): ApiCall => ({ op: 'UpdateIamUserAccessToBilling', input: { Activate } })),
	fc
		.double({ min: -5, max: 800, noNaN: true })
		.map((Hours): ApiCall => ({ op: 'AdvanceBillingClock', input: { Hours } })),
	fc
		.double({ min: -1, max: 20, noNaN: true })
		.map((UsdPerHour): ApiCall => ({ op: 'SetSpendRate', input: { UsdPerHour } })),
	fc
		.record({ region: regionArb })
		.map((r): ApiCall => ({ op: 'CreateTopic', input: { Name: 'alerts' }, ...(r.region ? { region: r.region } : {}) })),
	fc.record({ TopicArn: topicArnArb, region: regionArb }).map((r): ApiCall => ({
		op: 'Subscribe',
		input: { TopicArn: r.TopicArn, Protocol: 'email', Endpoint: PRACTICE_ROOT.email },
		...(r.region ? { region: r.region } : {}),
	})),
	fc
		.record({ TopicArn: topicArnArb, Token: fc.string({ maxLength: 4 }) })
		.map((input): ApiCall => ({ op: 'ConfirmSubscription', input })),
	fc
		.record({
			Threshold: fc.double({ min: -10, max: 100, noNaN: true }),
			TopicArn: topicArnArb,
			region: regionArb,
			Period: fc.constantFrom(60, 21600, 45),
		})
		.map((r): ApiCall => ({
			op: 'PutMetricAlarm',
			input: {
				AlarmName: 'billing',
				Namespace: 'AWS/Billing',
				MetricName: 'EstimatedCharges',
				Dimensions: [{ Name: 'Currency', Value: 'USD' }],
				Statistic: 'Maximum',
				Period: r.Period,
				EvaluationPeriods: 1,
				Threshold: r.Threshold,
				ComparisonOperator: 'GreaterThanThreshold',
				AlarmActions: [r.TopicArn],
			},
			...(r.region ? { region: r.region } : {}),
		})),
	fc.constant<ApiCall>({ op: 'DeleteAlarms', input: { AlarmNames: ['billing'] } }),
	fc.constant<ApiCall>({ op: 'DescribeInstances', input: {} }),
	userNameArb.map((UserName): ApiCall => ({ op: 'SendSignInInstructions', input: { UserName } })),
	fc
		.record({
			BudgetName: budgetNameArb,
			Amount: fc.constantFrom('1.0', '0.5', '100', '0', 'NaN'),
			TimeUnit: fc.constantFrom('DAILY', 'MONTHLY', 'QUARTERLY', 'ANNUALLY'),
			Threshold: fc.oneof(fc.double({ min: -1, max: 200, noNaN: true }), fc.constant(0.01)),
			Address: fc.constantFrom('alerts@example.com', `arn:aws:sns:us-east-1:${ACCT}:alerts`, 'nope'),
		})
		.map((r): ApiCall => ({
			op: 'CreateBudget',
			input: {
				AccountId: ACCT,
				Budget: {
					BudgetName: r.BudgetName,
					BudgetType: 'COST',
					TimeUnit: r.TimeUnit,
					BudgetLimit: { Amount: r.Amount, Unit: 'USD' },
				},
				NotificationsWithSubscribers: [
					{
						Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: r.Threshold },
						Subscribers: [{ SubscriptionType: r.Address.startsWith('arn:') ? 'SNS' : 'EMAIL', Address: r.Address }],
					},
				],
			},
		})),
	budgetNameArb.map((BudgetName): ApiCall => ({ op: 'DeleteBudget', input: { AccountId: ACCT, BudgetName } })),
	fc.constant<ApiCall>({ op: 'DescribeBudgets', input: { AccountId: ACCT } }),
	fc.constant<ApiCall>({ op: 'UpgradeAccountPlan', input: { accountPlanType: 'PAID' } }),
	fc
		.record({ InstanceType: fc.constantFrom('t3.micro', 'p4d.24xlarge', 'nope'), region: regionArb })
		.map((r): ApiCall => ({
			op: 'RunInstances',
			input: { InstanceType: r.InstanceType, MinCount: 1, MaxCount: 2 },
			...(r.region ? { region: r.region } : {}),
		})),
	fc
		.record({
			op: fc.constantFrom('StopInstances' as const, 'TerminateInstances' as const),
			InstanceIds: fc.array(instanceIdArb, { maxLength: 3 }),
			region: regionArb,
		})
		.map((r): ApiCall => ({
			op: r.op,
			input: { InstanceIds: r.InstanceIds },
			...(r.region ? { region: r.region } : {}),
		})),
	fc
		.record({
			AttributeKey: fc.constantFrom('EventName', 'Username', 'ReadOnly', 'AccessKeyId', 'ResourceName', 'Nope'),
			AttributeValue: fc.constantFrom('CreateUser', 'root', 'false', 'iam-admin', ''),
			MaxResults: fc.option(fc.integer({ min: -1, max: 60 }), { nil: undefined }),
		})
		.map(
			(r): ApiCall =>
				({
					op: 'LookupEvents',
					input: {
						LookupAttributes: [{ AttributeKey: r.AttributeKey, AttributeValue: r.AttributeValue }],
						...(r.MaxResults === undefined ? {} : { MaxResults: r.MaxResults }),
					},
				}) as ApiCall,
		),
);

const OPS = [
	'ConsoleLogin',
	'ConsoleLoginMFA',
	'ChangeExpiredPassword',
	'SkipMFARegistration',
	'StartMFARegistration',
	'ResyncMFADeviceAtSignIn',
	'CreateUser',
	'GetUser',
	'ListUsers',
	'DeleteUser',
	'CreateLoginProfile',
	'UpdateLoginProfile',
	'ChangePassword',
	'AttachUserPolicy',
	'ListPolicies',
	'GetPolicyVersion',
	'CreateVirtualMFADevice',
	'EnableMFADevice',
	'ResyncMFADevice',
	'ListVirtualMFADevices',
	'CreateAccessKey',
	'UpdateAccessKey',
	'CreateAccountAlias',
	'GetAccountSummary',
	'GetCallerIdentity',
	'UpdateBillingPreferences',
	'PutMetricAlarm',
	'DescribeAlarms',
	'GetMetricStatistics',
	'ListMetrics',
	'CreateTopic',
	'Subscribe',
	'ConfirmSubscription',
	'Unsubscribe',
	'MarkMessageRead',
	'AdvanceBillingClock',
	'SetSpendRate',
	'CreateBudget',
	'DescribeBudget',
	'CreateNotification',
	'CreateSubscriber',
	'GetAccountPlanState',
	'RunInstances',
	'DescribeInstances',
	'StopInstances',
	'TerminateInstances',
	'LookupEvents',
	'toString',
	'__proto__',
	'constructor',
	'Nope',
] as const;

/** Anything at all in the call's shape: any op name (including prototype keys), any input, any region. */
const garbageCallArb: fc.Arbitrary<ApiCall> = fc
	.record({
		op: fc.oneof(fc.constantFrom(...OPS), fc.string({ maxLength: 12 })),
		input: fc.oneof(
			fc.anything({ maxDepth: 3 }),
			fc.dictionary(
				fc.constantFrom(
					'UserName',
					'Password',
					'Hours',
					'TopicArn',
					'AlarmName',
					'Tags',
					'Dimensions',
					'LoginType',
					'Email',
					'AccountId',
					'Budget',
					'BudgetName',
					'InstanceIds',
					'Filters',
					'LookupAttributes',
					'MaxResults',
					'NextToken',
					'StartTime',
				),
				fc.anything({ maxDepth: 2 }),
			),
		),
		region: fc.option(fc.oneof(fc.string({ maxLength: 6 }), fc.constant('us-east-1')), { nil: undefined }),
	})
	.map((c) => c as unknown as ApiCall);

/** A call that is sometimes well formed and sometimes garbage. */
export const apiCallArb: fc.Arbitrary<ApiCall> = fc.oneof(
	{ weight: 4, arbitrary: shapedCallArb },
	{ weight: 1, arbitrary: garbageCallArb },
);

/** Real-time steps between calls, occasionally backwards (real clocks can step back). */
export const timeStepArb = fc.oneof(
	fc.integer({ min: 0, max: 120_000 }),
	fc.integer({ min: -60_000, max: 0 }),
	fc.integer({ min: 0, max: 3 * 86_400_000 }),
);

const actionArb = fc.constantFrom(
	'iam:CreateUser',
	'iam:ListUsers',
	'iam:*',
	'*',
	'ec2:Describe*',
	's3:GetObject',
	'iam:Get?ser',
	'cloudwatch:PutMetricAlarm',
);
const resourceArb = fc.constantFrom(
	'*',
	`arn:aws:iam::${ACCT}:user/alice`,
	`arn:aws:iam::${ACCT}:user/*`,
	'arn:aws:s3:::bucket/*',
);

/** An arbitrary policy statement over a small vocabulary. */
export const statementArb: fc.Arbitrary<PolicyStatement> = fc
	.record({
		Effect: fc.constantFrom('Allow' as const, 'Deny' as const),
		useNot: fc.boolean(),
		actions: fc.array(actionArb, { minLength: 1, maxLength: 3 }),
		resources: fc.array(resourceArb, { minLength: 1, maxLength: 2 }),
		mfaCondition: fc.constantFrom(undefined, 'true', 'false'),
	})
	.map((s) => {
		const base = s.useNot
			? { Effect: s.Effect, NotAction: s.actions, Resource: s.resources }
			: { Effect: s.Effect, Action: s.actions, Resource: s.resources };
		return s.mfaCondition === undefined
			? base
			: { ...base, Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': s.mfaCondition } } };
	});

export const policyArb: fc.Arbitrary<PolicySource> = fc
	.tuple(fc.array(statementArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 9999 }))
	.map(([Statement, n]): PolicySource => ({
		policyArn: `arn:aws:iam::${ACCT}:policy/P${n}`,
		policyName: `P${n}`,
		document: { Version: '2012-10-17', Statement },
	}));

export const requestArb = fc.record({
	action: fc.constantFrom(
		'iam:CreateUser',
		'IAM:listusers',
		'ec2:DescribeInstances',
		's3:GetObject',
		'iam:GetUser',
		'cloudwatch:PutMetricAlarm',
	),
	resource: fc.constantFrom('*', `arn:aws:iam::${ACCT}:user/alice`, 'arn:aws:s3:::bucket/key'),
	context: fc.record({ 'aws:username': fc.constant('alice'), 'aws:MultiFactorAuthPresent': fc.boolean() }),
});
