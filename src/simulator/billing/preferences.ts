import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, requiredBoolean, requiredNumber, validationMessage } from '../core/validate.ts';
import { advanceBillingClockTo, FIRST_PUBLISH_DELAY_MS, monthStart } from './clock.ts';

// SIMPLIFIED: the Billing console's preferences have no public API in the shape the console
// uses; these operations model what the pages do.

/**
 * **Billing preferences**: whether **Receive CloudWatch billing alerts** is on, and whether IAM
 * users may see billing pages.
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-pref.html
 */
export const getBillingPreferences: Handler<'GetBillingPreferences'> = (state) =>
	done(state, {
		ReceiveBillingAlerts: state.billing.alertsEnabled,
		IamUserAccessToBilling: state.billing.iamAccessActivated,
	});

/** The message when turning billing alerts off is attempted. */
export const BILLING_ALERTS_CANNOT_BE_DISABLED =
	'Billing alerts cannot be turned off once they are on. Delete the billing alarms you no longer want instead.';

/**
 * **Receive CloudWatch billing alerts** → **Update**: starts sending EstimatedCharges to CloudWatch
 * (first data about 15 minutes later). It cannot be turned off again.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 */
export const updateBillingPreferences: Handler<'UpdateBillingPreferences'> = (state, input) => {
	const receive = requiredBoolean(input, 'ReceiveBillingAlerts');
	if (!receive.ok) return receive;
	if (!receive.value) {
		if (state.billing.alertsEnabled) return fail('ValidationException', BILLING_ALERTS_CANNOT_BE_DISABLED);
		return done(state, { ReceiveBillingAlerts: false });
	}
	if (state.billing.alertsEnabled) return done(state, { ReceiveBillingAlerts: true });
	const clock = state.billing.clock;
	return done(
		{
			...state,
			billing: {
				...state.billing,
				alertsEnabled: true,
				alertsEnabledAt: clock,
				nextPublishAt: clock + FIRST_PUBLISH_DELAY_MS,
			},
		},
		{ ReceiveBillingAlerts: true },
	);
};

/**
 * **IAM user and role access to Billing information** → **Activate IAM Access**: only the root
 * user can change it; policies are still needed afterwards.
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html
 */
export const updateIamUserAccessToBilling: Handler<'UpdateIamUserAccessToBilling'> = (state, input) => {
	const activate = requiredBoolean(input, 'Activate');
	if (!activate.ok) return activate;
	return done(
		{ ...state, billing: { ...state.billing, iamAccessActivated: activate.value } },
		{ IamUserAccessToBilling: activate.value },
	);
};

/**
 * The Billing home page's month-to-date estimated charges.
 * @see https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/view-billing-dashboard.html
 */
export const getCostSummary: Handler<'GetCostSummary'> = (state) =>
	done(state, {
		MonthToDateUsd: state.billing.monthToDateUsd,
		Currency: 'USD',
		BillingPeriodStart: monthStart(state.billing.clock),
		AsOf: state.billing.clock,
		SpendRateUsdPerHour: state.billing.spendRateUsdPerHour,
	});

/** The longest fast-forward in one call: 31 days. */
export const MAX_ADVANCE_HOURS = 744;

/**
 * Simulation control: fast-forwards the billing clock (charges accrue, EstimatedCharges is
 * published, alarms are evaluated, unconfirmed subscriptions expire).
 */
export const advanceBillingClock: Handler<'AdvanceBillingClock'> = (state, input, env) => {
	const hours = requiredNumber(input, 'Hours');
	if (!hours.ok) return hours;
	if (hours.value <= 0 || hours.value > MAX_ADVANCE_HOURS) {
		return fail(
			'ValidationError',
			validationMessage(
				'Hours',
				hours.value,
				`Member must be greater than 0 and less than or equal to ${MAX_ADVANCE_HOURS}`,
			),
		);
	}
	const next = advanceBillingClockTo(state, state.billing.clock + hours.value * 3_600_000, env);
	return done(next, { Clock: next.billing.clock });
};

/** The highest spend rate the account can reach, in USD per hour (it keeps every total finite and readable). */
export const MAX_SPEND_RATE_USD_PER_HOUR = 1000;

/** Simulation control: sets how fast charges accrue (0 to 1000 USD per hour). */
export const setSpendRate: Handler<'SetSpendRate'> = (state, input) => {
	const rate = asRecord(input)['UsdPerHour'];
	if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > MAX_SPEND_RATE_USD_PER_HOUR) {
		return fail(
			'ValidationError',
			validationMessage('UsdPerHour', rate, `Member must be a number from 0 to ${MAX_SPEND_RATE_USD_PER_HOUR}`),
		);
	}
	return done({ ...state, billing: { ...state.billing, spendRateUsdPerHour: rate + 0 } }, {});
};
