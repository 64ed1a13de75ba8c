/** Billing: preferences, the billing clock, estimated charges, the account plan, and AWS Budgets. */

/** One published `AWS/Billing` `EstimatedCharges` (Currency=USD) datapoint. */
export interface BillingDatapoint {
	readonly Timestamp: number;
	readonly Value: number;
}

export const ACCOUNT_PLAN_TYPES = ['FREE', 'PAID'] as const;

/**
 * The account plan Billing Home shows (accounts created since 15 July 2025 choose one). Credits
 * pay for charges first; the Free plan ends after six months or when the credits run out.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_freetier_GetAccountPlanState.html
 */
export interface AccountPlan {
	readonly type: (typeof ACCOUNT_PLAN_TYPES)[number];
	/** Billing-clock time the account and its plan started. */
	readonly startedAt: number;
	/** Billing-clock time the Free plan ends (six months after it started). */
	readonly expiresAt: number;
	/** Credits granted so far, USD: the sign-up credit plus those earned by activities. */
	readonly creditsGrantedUsd: number;
	/** Credits spent on charges so far, USD. */
	readonly creditsUsedUsd: number;
	/** Credit-earning activities completed (each counts once). */
	readonly earnedActivities: readonly string[];
	/** Billing-clock time of the upgrade to the Paid plan. */
	readonly upgradedAt?: number;
}

/** Billing preferences, the simulated billing clock and the estimated charges. */
export interface BillingState {
	readonly alertsEnabled: boolean;
	/** Billing-clock time when "Receive CloudWatch billing alerts" was turned on. */
	readonly alertsEnabledAt?: number;
	/** "IAM user and role access to Billing information" (root only can change it). */
	readonly iamAccessActivated: boolean;
	/** The simulated billing clock, epoch ms. It moves with real time and with AdvanceBillingClock. */
	readonly clock: number;
	/** The last real time seen by `execute`, so real time can drive the billing clock. */
	readonly lastRealNow: number;
	readonly spendRateUsdPerHour: number;
	readonly monthToDateUsd: number;
	/** Billing-clock time of the next EstimatedCharges publication, if alerts are on. */
	readonly nextPublishAt?: number;
	readonly datapoints: readonly BillingDatapoint[];
	readonly plan: AccountPlan;
	/** Billing-clock time AWS Budgets next refreshes spend and sends alerts, if any budget exists. */
	readonly nextBudgetUpdateAt?: number;
}

export const BUDGET_TIME_UNITS = ['DAILY', 'MONTHLY', 'QUARTERLY', 'ANNUALLY'] as const;
export const BUDGET_NOTIFICATION_TYPES = ['ACTUAL', 'FORECASTED'] as const;
export const BUDGET_COMPARISON_OPERATORS = ['GREATER_THAN', 'LESS_THAN', 'EQUAL_TO'] as const;
export const BUDGET_THRESHOLD_TYPES = ['PERCENTAGE', 'ABSOLUTE_VALUE'] as const;
export const BUDGET_SUBSCRIPTION_TYPES = ['EMAIL', 'SNS'] as const;

export type BudgetTimeUnit = (typeof BUDGET_TIME_UNITS)[number];
export type BudgetNotificationType = (typeof BUDGET_NOTIFICATION_TYPES)[number];
export type BudgetComparisonOperator = (typeof BUDGET_COMPARISON_OPERATORS)[number];
export type BudgetThresholdType = (typeof BUDGET_THRESHOLD_TYPES)[number];
export type BudgetSubscriptionType = (typeof BUDGET_SUBSCRIPTION_TYPES)[number];

/** Who a budget alert goes to: an email address, or an SNS topic ARN. */
export interface BudgetSubscriber {
	readonly SubscriptionType: BudgetSubscriptionType;
	readonly Address: string;
}

/** One alert of a budget: a threshold on actual or forecasted spend, and who hears about it. */
export interface BudgetNotification {
	readonly NotificationType: BudgetNotificationType;
	readonly ComparisonOperator: BudgetComparisonOperator;
	readonly Threshold: number;
	readonly ThresholdType: BudgetThresholdType;
	/** `ALARM` once the alert has fired in the current budget period (it fires once per period). */
	readonly NotificationState: 'OK' | 'ALARM';
	readonly subscribers: readonly BudgetSubscriber[];
}

/**
 * An AWS Budgets cost budget, with the API's member names. Budgets alert; they never stop resources.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_Budget.html
 */
export interface Budget {
	readonly BudgetName: string;
	readonly BudgetType: 'COST';
	readonly TimeUnit: BudgetTimeUnit;
	readonly BudgetLimit: { readonly Amount: string; readonly Unit: 'USD' };
	/** Billing-clock time the budget was created. */
	readonly createdAt: number;
	readonly LastUpdatedTime: number;
	readonly notifications: readonly BudgetNotification[];
	/** Billing-clock start of the current budget period (UTC day, month, quarter or year). */
	readonly periodStart: number;
	/** Charges in the current budget period so far, USD, before credits (as the budget templates count them). */
	readonly periodSpendUsd: number;
}
