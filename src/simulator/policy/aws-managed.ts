/**
 * AWS managed policies as data, referenced by ARN and never copied into the state (so a
 * correction needs no migration). Documents, ARNs and descriptions follow the AWS Managed Policy
 * reference.
 */
import type { PolicyDocument } from './grammar.ts';
import {
	ADMINISTRATOR_ACCESS_ARN,
	IAM_FULL_ACCESS_ARN,
	IAM_READ_ONLY_ACCESS_ARN,
	IAM_USER_CHANGE_PASSWORD_ARN,
} from './managed-policy-arns.ts';

/** An AWS managed policy with the details its reference page shows. */
export interface ManagedPolicy {
	readonly PolicyName: string;
	readonly Arn: string;
	readonly Path: string;
	/** SIMPLIFIED: illustrative `ANPA…` ids; the learner never needs them. */
	readonly PolicyId: string;
	readonly Description: string;
	readonly DefaultVersionId: string;
	readonly CreateDate: number;
	readonly UpdateDate: number;
	readonly Document: PolicyDocument;
	/** True when the document is a faithful summary rather than the full text. */
	readonly summarized?: true;
}

const ALL = '*';

/**
 * IAMFullAccess: every IAM action plus read-only Organizations actions, nothing else.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html
 */
export const IAM_FULL_ACCESS: ManagedPolicy = {
	PolicyName: 'IAMFullAccess',
	Arn: IAM_FULL_ACCESS_ARN,
	Path: '/',
	PolicyId: 'ANPAI7XKCFMBPM3QQRRVQ',
	Description: 'Provides full access to IAM via the AWS Management Console.',
	DefaultVersionId: 'v2',
	CreateDate: Date.UTC(2015, 1, 6, 18, 40, 38),
	UpdateDate: Date.UTC(2019, 5, 21, 19, 40, 0),
	Document: {
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Action: [
					'iam:*',
					'organizations:DescribeAccount',
					'organizations:DescribeOrganization',
					'organizations:DescribeOrganizationalUnit',
					'organizations:DescribePolicy',
					'organizations:ListChildren',
					'organizations:ListParents',
					'organizations:ListPoliciesForTarget',
					'organizations:ListRoots',
					'organizations:ListPolicies',
					'organizations:ListTargetsForPolicy',
				],
				Resource: ALL,
			},
		],
	},
};

/**
 * AdministratorAccess: every action on every resource.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
 */
export const ADMINISTRATOR_ACCESS: ManagedPolicy = {
	PolicyName: 'AdministratorAccess',
	Arn: ADMINISTRATOR_ACCESS_ARN,
	Path: '/',
	PolicyId: 'ANPAIWMBCKSKIEE64ZLYK',
	// UNCONFIRMED wording (see docs/simulator-coverage.md).
	Description: 'Provides full access to AWS services and resources.',
	DefaultVersionId: 'v1',
	CreateDate: Date.UTC(2015, 1, 6, 18, 39, 46),
	UpdateDate: Date.UTC(2015, 1, 6, 18, 39, 46),
	Document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ALL, Resource: ALL }] },
};

/**
 * IAMReadOnlyAccess: IAM `Get*`/`List*` plus credential reports and policy simulation.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMReadOnlyAccess.html
 */
export const IAM_READ_ONLY_ACCESS: ManagedPolicy = {
	PolicyName: 'IAMReadOnlyAccess',
	Arn: IAM_READ_ONLY_ACCESS_ARN,
	Path: '/',
	PolicyId: 'ANPAJKSO7NDY4T57MWDSQ',
	Description: 'Provides read only access to IAM via the AWS Management Console.',
	DefaultVersionId: 'v4',
	CreateDate: Date.UTC(2015, 1, 6, 18, 40, 39),
	UpdateDate: Date.UTC(2018, 0, 25, 19, 11, 27),
	Document: {
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Action: [
					'iam:GenerateCredentialReport',
					'iam:GenerateServiceLastAccessedDetails',
					'iam:Get*',
					'iam:List*',
					'iam:SimulateCustomPolicy',
					'iam:SimulatePrincipalPolicy',
				],
				Resource: ALL,
			},
		],
	},
};

/**
 * IAMUserChangePassword: lets a user change their own password (auto-attached by the console
 * when a new user must create a new password at next sign-in).
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMUserChangePassword.html
 */
export const IAM_USER_CHANGE_PASSWORD: ManagedPolicy = {
	PolicyName: 'IAMUserChangePassword',
	Arn: IAM_USER_CHANGE_PASSWORD_ARN,
	Path: '/',
	PolicyId: 'ANPAJ4L4MM2A7QIEB56MS',
	Description: 'Provides the ability for an IAM user to change their own password.',
	DefaultVersionId: 'v3',
	CreateDate: Date.UTC(2016, 10, 15, 0, 25, 16),
	UpdateDate: Date.UTC(2025, 4, 29, 0, 0, 0),
	Document: {
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Action: ['iam:ChangePassword'],
				Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
			},
			{ Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: ALL },
		],
	},
};

/**
 * Billing (job function): billing, cost management, budgets and payments, but no CloudWatch or SNS.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/Billing.html
 */
export const BILLING: ManagedPolicy = {
	PolicyName: 'Billing',
	Arn: 'arn:aws:iam::aws:policy/job-function/Billing',
	Path: '/job-function/',
	PolicyId: 'ANPAIFTHXT6FFMIRT7ZEA',
	Description:
		'Grants permissions for billing and cost management. This includes viewing account usage and viewing and modifying budgets and payment methods.',
	DefaultVersionId: 'v28',
	CreateDate: Date.UTC(2016, 10, 10, 17, 33, 18),
	UpdateDate: Date.UTC(2026, 3, 8, 0, 0, 0),
	Document: {
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'VisualEditor0',
				Effect: 'Allow',
				Action: [
					'account:GetAccountInformation',
					'aws-portal:*Billing',
					'aws-portal:*PaymentMethods',
					'aws-portal:*Usage',
					'billing:CreateBillingView',
					'billing:DeleteBillingView',
					'billing:GetBillingData',
					'billing:GetBillingDetails',
					'billing:GetBillingNotifications',
					'billing:GetBillingPreferences',
					'billing:GetBillingView',
					'billing:GetContractInformation',
					'billing:GetCredits',
					'billing:GetIAMAccessPreference',
					'billing:GetSellerOfRecord',
					'billing:ListBillingViews',
					'billing:PutContractInformation',
					'billing:RedeemCredits',
					'billing:GetResourcePolicy',
					'billing:ListSourceViewsForBillingView',
					'billing:ListTagsForResource',
					'billing:TagResource',
					'billing:UntagResource',
					'billing:UpdateBillingPreferences',
					'billing:UpdateBillingView',
					'billing:UpdateIAMAccessPreference',
					'budgets:CreateBudgetAction',
					'budgets:DeleteBudgetAction',
					'budgets:DescribeBudgetActionsForBudget',
					'budgets:DescribeBudgetAction',
					'budgets:DescribeBudgetActionsForAccount',
					'budgets:DescribeBudgetActionHistories',
					'budgets:ExecuteBudgetAction',
					'budgets:ModifyBudget',
					'budgets:UpdateBudgetAction',
					'budgets:ViewBudget',
					'ce:CreateCostCategoryDefinition',
					'ce:CreateNotificationSubscription',
					'ce:CreateReport',
					'ce:DeleteCostCategoryDefinition',
					'ce:DeleteNotificationSubscription',
					'ce:DeleteReport',
					'ce:DescribeCostCategoryDefinition',
					'ce:GetCostAndUsage',
					'ce:ListCostAllocationTags',
					'ce:ListCostCategoryDefinitions',
					'ce:ListCostCategoryResourceAssociations',
					'ce:ListTagsForResource',
					'ce:TagResource',
					'ce:UpdateCostAllocationTagsStatus',
					'ce:UpdateNotificationSubscription',
					'ce:UpdatePreferences',
					'ce:UpdateReport',
					'ce:UpdateCostCategoryDefinition',
					'ce:UntagResource',
					'ce:StartCostAllocationTagBackfill',
					'ce:ListCostAllocationTagBackfillHistory',
					'ce:GetTags',
					'ce:GetDimensionValues',
					'consolidatedbilling:GetAccountBillingRole',
					'consolidatedbilling:ListLinkedAccounts',
					'cur:DeleteReportDefinition',
					'cur:DescribeReportDefinitions',
					'cur:GetClassicReport',
					'cur:GetClassicReportPreferences',
					'cur:GetUsageReport',
					'cur:ModifyReportDefinition',
					'cur:PutClassicReportPreferences',
					'cur:PutReportDefinition',
					'cur:ValidateReportDestination',
					'freetier:GetFreeTierAlertPreference',
					'freetier:GetFreeTierUsage',
					'freetier:PutFreeTierAlertPreference',
					'invoicing:BatchGetInvoiceProfile',
					'invoicing:CreateInvoiceUnit',
					'invoicing:DeleteInvoiceUnit',
					'invoicing:GetInvoiceEmailDeliveryPreferences',
					'invoicing:GetInvoicePDF',
					'invoicing:GetInvoiceUnit',
					'invoicing:GetInvoiceCorrection',
					'invoicing:ListInvoiceSummaries',
					'invoicing:ListInvoiceUnits',
					'invoicing:CreateProcurementPortalPreference',
					'invoicing:GetProcurementPortalPreference',
					'invoicing:PutProcurementPortalPreference',
					'invoicing:UpdateProcurementPortalPreferenceStatus',
					'invoicing:ListProcurementPortalPreferences',
					'invoicing:DeleteProcurementPortalPreference',
					'invoicing:ListTagsForResource',
					'invoicing:ListInvoiceCorrections',
					'invoicing:StartInvoiceCorrection',
					'invoicing:PutInvoiceEmailDeliveryPreferences',
					'invoicing:TagResource',
					'invoicing:UntagResource',
					'invoicing:UpdateInvoiceUnit',
					'mapcredits:ListQuarterSpend',
					'mapcredits:ListAssociatedPrograms',
					'mapcredits:ListQuarterCredits',
					'payments:CreateFinancingApplication',
					'payments:CreatePaymentInstrument',
					'payments:DeletePaymentInstrument',
					'payments:GetFinancingApplication',
					'payments:GetFinancingLine',
					'payments:GetFinancingLineWithdrawal',
					'payments:GetFinancingOption',
					'payments:GetPaymentInstrument',
					'payments:GetPaymentStatus',
					'payments:ListFinancingApplications',
					'payments:ListFinancingLines',
					'payments:ListFinancingLineWithdrawals',
					'payments:ListPaymentPreferences',
					'payments:ListPaymentProgramOptions',
					'payments:ListPaymentProgramStatus',
					'payments:ListTagsForResource',
					'payments:ListPaymentInstruments',
					'payments:MakePayment',
					'payments:TagResource',
					'payments:UntagResource',
					'payments:UpdateFinancingApplication',
					'payments:UpdatePaymentInstrument',
					'payments:UpdatePaymentPreferences',
					'pricing:DescribeServices',
					'purchase-orders:AddPurchaseOrder',
					'purchase-orders:DeletePurchaseOrder',
					'purchase-orders:GetPurchaseOrder',
					'purchase-orders:ListPurchaseOrderInvoices',
					'purchase-orders:ListPurchaseOrders',
					'purchase-orders:ListTagsForResource',
					'purchase-orders:ModifyPurchaseOrders',
					'purchase-orders:TagResource',
					'purchase-orders:UntagResource',
					'purchase-orders:UpdatePurchaseOrder',
					'purchase-orders:UpdatePurchaseOrderStatus',
					'purchase-orders:ViewPurchaseOrders',
					'support:CreateCase',
					'support:AddAttachmentsToSet',
					'sustainability:GetCarbonFootprintSummary',
					'tax:BatchPutTaxRegistration',
					'tax:DeleteTaxRegistration',
					'tax:GetExemptions',
					'tax:GetTaxInheritance',
					'tax:GetTaxInterview',
					'tax:GetTaxRegistration',
					'tax:GetTaxRegistrationDocument',
					'tax:ListTaxRegistrations',
					'tax:PutTaxInheritance',
					'tax:PutTaxInterview',
					'tax:PutTaxRegistration',
					'tax:UpdateExemptions',
				],
				Resource: ALL,
			},
		],
	},
};

/**
 * PowerUserAccess: everything except IAM, Organizations and Account management, plus a few
 * read and service-linked-role actions in those services.
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/PowerUserAccess.html
 */
export const POWER_USER_ACCESS: ManagedPolicy = {
	PolicyName: 'PowerUserAccess',
	Arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
	Path: '/',
	PolicyId: 'ANPAJYRXTHIB4FOVS3ZXS',
	Description: 'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
	DefaultVersionId: 'v12',
	CreateDate: Date.UTC(2015, 1, 6, 18, 39, 47),
	UpdateDate: Date.UTC(2026, 1, 12, 0, 0, 0),
	// SIMPLIFIED: the second statement lists the account/IAM/Organizations actions it is best known
	// for; the published version may list a few more.
	summarized: true,
	Document: {
		Version: '2012-10-17',
		Statement: [
			{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: ALL },
			{
				Effect: 'Allow',
				Action: [
					'account:GetAccountInformation',
					'account:GetPrimaryEmail',
					'account:ListRegions',
					'iam:CreateServiceLinkedRole',
					'iam:DeleteServiceLinkedRole',
					'iam:ListRoles',
					'organizations:DescribeOrganization',
				],
				Resource: ALL,
			},
		],
	},
};

/**
 * ReadOnlyAccess: read actions across AWS services. The real document is about 150 KB; this is a
 * faithful summary with the same shape (Allow `Describe*`/`Get*`/`List*` service by service).
 * @see https://docs.aws.amazon.com/aws-managed-policy/latest/reference/ReadOnlyAccess.html
 */
export const READ_ONLY_ACCESS: ManagedPolicy = {
	PolicyName: 'ReadOnlyAccess',
	Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
	Path: '/',
	PolicyId: 'ANPAILL3HVNFSB6DCOWYQ',
	Description: 'Provides read-only access to AWS services and resources.',
	DefaultVersionId: 'v178',
	CreateDate: Date.UTC(2015, 1, 6, 18, 39, 48),
	UpdateDate: Date.UTC(2026, 1, 12, 0, 0, 0),
	// SIMPLIFIED: a summary of the ~150 KB document covering the services the console simulates.
	summarized: true,
	Document: {
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'ReadOnlyActionsGroup1',
				Effect: 'Allow',
				Action: [
					'aws-portal:View*',
					'budgets:Describe*',
					'budgets:View*',
					'ce:Describe*',
					'ce:Get*',
					'ce:List*',
					'cloudtrail:Describe*',
					'cloudtrail:Get*',
					'cloudtrail:List*',
					'cloudtrail:LookupEvents',
					'cloudwatch:Describe*',
					'cloudwatch:Get*',
					'cloudwatch:List*',
					'dynamodb:BatchGet*',
					'dynamodb:Describe*',
					'dynamodb:Get*',
					'dynamodb:List*',
					'dynamodb:Query',
					'dynamodb:Scan',
					'ec2:Describe*',
					'ec2:Get*',
					'freetier:GetFreeTierUsage',
					'iam:Generate*',
					'iam:Get*',
					'iam:List*',
					'iam:Simulate*',
					'lambda:Get*',
					'lambda:List*',
					'organizations:Describe*',
					'organizations:List*',
					'payments:GetPaymentInstrument',
					'rds:Describe*',
					'rds:List*',
					's3:Get*',
					's3:List*',
					'sns:Get*',
					'sns:List*',
					'support:DescribeCases',
				],
				Resource: ALL,
			},
		],
	},
};

/** Every AWS managed policy the simulator knows, in the order the console lists them. */
export const AWS_MANAGED_POLICIES: readonly ManagedPolicy[] = [
	ADMINISTRATOR_ACCESS,
	BILLING,
	IAM_FULL_ACCESS,
	IAM_READ_ONLY_ACCESS,
	IAM_USER_CHANGE_PASSWORD,
	POWER_USER_ACCESS,
	READ_ONLY_ACCESS,
];

const BY_ARN: ReadonlyMap<string, ManagedPolicy> = new Map(AWS_MANAGED_POLICIES.map((p) => [p.Arn, p]));

/** The AWS managed policy with this ARN, if the simulator knows it. */
export function findManagedPolicy(arn: string): ManagedPolicy | undefined {
	return BY_ARN.get(arn);
}

/**
 * AWS's documented example policy that lets IAM users manage their own MFA device and denies
 * everything else until they sign in with MFA.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_iam_mfa-selfmanage.html
 */
export const MANAGE_OWN_MFA_EXAMPLE_POLICY: PolicyDocument = {
	Version: '2012-10-17',
	Statement: [
		{ Sid: 'AllowViewAccountInfo', Effect: 'Allow', Action: 'iam:ListVirtualMFADevices', Resource: ALL },
		{
			Sid: 'AllowManageOwnVirtualMFADevice',
			Effect: 'Allow',
			Action: ['iam:CreateVirtualMFADevice'],
			Resource: 'arn:aws:iam::*:mfa/*',
		},
		{
			Sid: 'AllowManageOwnUserMFA',
			Effect: 'Allow',
			Action: [
				'iam:DeactivateMFADevice',
				'iam:EnableMFADevice',
				'iam:GetUser',
				'iam:GetMFADevice',
				'iam:ListMFADevices',
				'iam:ResyncMFADevice',
			],
			Resource: 'arn:aws:iam::*:user/${aws:username}',
		},
		{
			Sid: 'DenyAllExceptListedIfNoMFA',
			Effect: 'Deny',
			NotAction: [
				'iam:CreateVirtualMFADevice',
				'iam:EnableMFADevice',
				'iam:GetUser',
				'iam:GetMFADevice',
				'iam:ListMFADevices',
				'iam:ListVirtualMFADevices',
				'iam:ResyncMFADevice',
				'sts:GetSessionToken',
			],
			Resource: ALL,
			Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
		},
	],
};
