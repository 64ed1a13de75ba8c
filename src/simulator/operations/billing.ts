/** Billing console, AWS Budgets and account plan operations and the views they return. */
import type {
	BudgetComparisonOperator,
	BudgetNotificationType,
	BudgetSubscriber,
	BudgetThresholdType,
	BudgetTimeUnit,
} from '../state.ts';
import type { CommonError, Empty } from './common.ts';

/** An amount as AWS Budgets writes it: a decimal string and its unit. */
export interface BudgetSpendView {
	readonly Amount: string;
	readonly Unit: 'USD';
}

/** A budget as `DescribeBudget(s)` returns it. */
export interface BudgetView {
	readonly BudgetName: string;
	readonly BudgetLimit: BudgetSpendView;
	readonly TimeUnit: BudgetTimeUnit;
	readonly TimePeriod: { readonly Start: number; readonly End: number };
	readonly CalculatedSpend: { readonly ActualSpend: BudgetSpendView; readonly ForecastedSpend: BudgetSpendView };
	readonly BudgetType: 'COST';
	readonly LastUpdatedTime: number;
}

/** A budget's `Budget` member in CreateBudget and UpdateBudget (cost budgets only). */
export interface BudgetInput {
	readonly BudgetName: string;
	readonly BudgetType: 'COST';
	readonly TimeUnit: BudgetTimeUnit;
	readonly BudgetLimit: BudgetSpendView;
}

/** A notification as requests name it. `ThresholdType` defaults to `PERCENTAGE`. */
export interface BudgetNotificationInput {
	readonly NotificationType: BudgetNotificationType;
	readonly ComparisonOperator: BudgetComparisonOperator;
	readonly Threshold: number;
	readonly ThresholdType?: BudgetThresholdType;
}

/** A notification as `DescribeNotificationsForBudget` returns it. */
export interface BudgetNotificationView extends Required<BudgetNotificationInput> {
	readonly NotificationState: 'OK' | 'ALARM';
}

/** CreateBudget's input: the account, the budget, and its notifications with their subscribers. */
export interface CreateBudgetInput {
	readonly AccountId: string;
	readonly Budget: BudgetInput;
	readonly NotificationsWithSubscribers?: readonly {
		readonly Notification: BudgetNotificationInput;
		readonly Subscribers: readonly BudgetSubscriber[];
	}[];
}

/** Errors every AWS Budgets operation can return. */
type BudgetsError = CommonError | 'InvalidParameterException';

/** The account plan as `GetAccountPlanState` returns it. */
export interface AccountPlanStateView {
	readonly accountId: string;
	readonly accountPlanType: 'FREE' | 'PAID';
	readonly accountPlanStatus: 'NOT_STARTED' | 'ACTIVE' | 'EXPIRED';
	readonly accountPlanRemainingCredits: { readonly amount: number; readonly unit: 'USD' };
	/** When the Free plan ends; absent on the Paid plan. */
	readonly accountPlanExpirationDate?: number;
}

/** The Billing console, AWS Budgets and the account plan. */
export interface BillingOperations {
	// ---------- Billing console (no public API; SIMPLIFIED) ----------
	GetBillingPreferences: {
		input: Empty;
		output: { ReceiveBillingAlerts: boolean; IamUserAccessToBilling: boolean };
		errors: CommonError;
	};
	UpdateBillingPreferences: {
		input: { ReceiveBillingAlerts: boolean };
		output: { ReceiveBillingAlerts: boolean };
		errors: CommonError | 'ValidationException';
	};
	/** Root only: "IAM user and role access to Billing information". */
	UpdateIamUserAccessToBilling: {
		input: { Activate: boolean };
		output: { IamUserAccessToBilling: boolean };
		errors: CommonError;
	};
	GetCostSummary: {
		input: Empty;
		output: {
			MonthToDateUsd: number;
			Currency: 'USD';
			BillingPeriodStart: number;
			AsOf: number;
			SpendRateUsdPerHour: number;
		};
		errors: CommonError;
	};

	// ---------- AWS Budgets (global) ----------
	CreateBudget: {
		input: CreateBudgetInput;
		output: Empty;
		errors: BudgetsError | 'DuplicateRecordException' | 'CreationLimitExceededException';
	};
	DescribeBudgets: {
		input: { AccountId: string; MaxResults?: number };
		output: { Budgets: readonly BudgetView[] };
		errors: BudgetsError;
	};
	DescribeBudget: {
		input: { AccountId: string; BudgetName: string };
		output: { Budget: BudgetView };
		errors: BudgetsError | 'NotFoundException';
	};
	UpdateBudget: {
		input: { AccountId: string; NewBudget: BudgetInput };
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	DeleteBudget: {
		input: { AccountId: string; BudgetName: string };
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	CreateNotification: {
		input: {
			AccountId: string;
			BudgetName: string;
			Notification: BudgetNotificationInput;
			Subscribers: readonly BudgetSubscriber[];
		};
		output: Empty;
		errors: BudgetsError | 'NotFoundException' | 'DuplicateRecordException' | 'CreationLimitExceededException';
	};
	DeleteNotification: {
		input: { AccountId: string; BudgetName: string; Notification: BudgetNotificationInput };
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	DescribeNotificationsForBudget: {
		input: { AccountId: string; BudgetName: string };
		output: { Notifications: readonly BudgetNotificationView[] };
		errors: BudgetsError | 'NotFoundException';
	};
	CreateSubscriber: {
		input: {
			AccountId: string;
			BudgetName: string;
			Notification: BudgetNotificationInput;
			Subscriber: BudgetSubscriber;
		};
		output: Empty;
		errors: BudgetsError | 'NotFoundException' | 'DuplicateRecordException' | 'CreationLimitExceededException';
	};
	DeleteSubscriber: {
		input: {
			AccountId: string;
			BudgetName: string;
			Notification: BudgetNotificationInput;
			Subscriber: BudgetSubscriber;
		};
		output: Empty;
		errors: BudgetsError | 'NotFoundException';
	};
	DescribeSubscribersForNotification: {
		input: { AccountId: string; BudgetName: string; Notification: BudgetNotificationInput };
		output: { Subscribers: readonly BudgetSubscriber[] };
		errors: BudgetsError | 'NotFoundException';
	};

	// ---------- Account plan (AWS Free Tier API, global) ----------
	GetAccountPlanState: { input: Empty; output: AccountPlanStateView; errors: CommonError };
	UpgradeAccountPlan: {
		input: { accountPlanType: 'PAID' };
		output: { accountId: string; accountPlanType: 'PAID'; accountPlanStatus: 'ACTIVE' };
		errors: CommonError | 'ValidationException';
	};
}
