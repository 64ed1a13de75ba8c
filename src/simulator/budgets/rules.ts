import { parseTopicArn } from '../core/arn.ts';
import { own } from '../core/own.ts';
import { fail } from '../core/result.ts';
import { asRecord, printable, validationMessage, type Read } from '../core/validate.ts';
import {
	BUDGET_COMPARISON_OPERATORS,
	BUDGET_NOTIFICATION_TYPES,
	BUDGET_SUBSCRIPTION_TYPES,
	BUDGET_THRESHOLD_TYPES,
	BUDGET_TIME_UNITS,
	type BudgetNotification,
	type BudgetSubscriber,
	type BudgetTimeUnit,
	type SimState,
} from '../state.ts';

/**
 * Input rules of the AWS Budgets API, from its shapes: budget names, amounts, notifications and
 * subscribers. Every reader turns any JSON into a value or an `InvalidParameterException`.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Types_AWS_Budgets.html
 */

const INVALID = 'InvalidParameterException';
type Invalid = typeof INVALID;
const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/** A budget can have up to five notifications (CreateBudget's `NotificationsWithSubscribers`). */
export const MAX_NOTIFICATIONS_PER_BUDGET = 5;
/** The API refuses a `NotificationsWithSubscribers` list longer than this before counting. */
const MAX_NOTIFICATIONS_IN_REQUEST = 10;
/** "Each notification can have one SNS subscriber and up to 10 email subscribers." */
export const MAX_EMAIL_SUBSCRIBERS = 10;
export const MAX_SNS_SUBSCRIBERS = 1;
/** The `Subscribers` list: 1 to 11 items. */
const MAX_SUBSCRIBERS_IN_REQUEST = MAX_EMAIL_SUBSCRIBERS + MAX_SNS_SUBSCRIBERS;
/** `NotificationThreshold`: a double from 0 to 15,000,000,000,000. */
export const MAX_THRESHOLD = 15_000_000_000_000;
/** "The maximum limit for your threshold is 1,000,000% above the budgeted amount." */
export const MAX_PERCENTAGE_THRESHOLD = 1_000_000;
/** `BudgetName`: 1 to 100 characters. */
export const MAX_BUDGET_NAME_LENGTH = 100;
/** `NumericValue` has no practical maximum; the simulator keeps amounts below this (UNCONFIRMED limit). */
const MAX_BUDGET_AMOUNT = 15_000_000_000_000;

/** `BudgetName`: no ":" or "\", and not "/action/" (nor a script tag). */
const BUDGET_NAME_PATTERN = /^(?![^:\\]*\/action\/|(?:.*<script>.*<\/script>.*))[^:\\]+$/is;
const BUDGET_NAME_PATTERN_TEXT = '^(?![^:\\\\]*/action/|(?i).*<script>.*</script>.*)[^:\\\\]+$';
/** `NumericValue`: digits with an optional decimal part. Linear to match, whatever the input. */
const NUMERIC_VALUE = /^(\d*\.)?\d+$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalid(path: string, value: unknown, constraint: string): Read<never, Invalid> {
	return fail(INVALID, validationMessage(path, value, constraint));
}

/**
 * `AccountId`: 12 digits, and it must be this account's. Another account's ID is refused as
 * access denied (UNCONFIRMED wording: AWS's exact text for this case is not published).
 */
export function readAccountId(
	state: SimState,
	input: unknown,
	action: string,
	principalArn: string,
): Read<string, Invalid | 'AccessDenied'> {
	const value = asRecord(input)['AccountId'];
	if (typeof value !== 'string') return invalid('accountId', value, 'Member must not be null');
	if (!/^\d{12}$/.test(value)) {
		return invalid('accountId', value, 'Member must satisfy regular expression pattern: \\d{12}');
	}
	if (value !== state.account.accountId) {
		return fail(
			'AccessDenied',
			`User: ${principalArn} is not authorized to perform: ${action} on resource: arn:aws:budgets::${value}:budget/* because the account ${value} is not this account`,
		);
	}
	return ok(value);
}

/** A `BudgetName` member at `path` (for example `budgetName` or `budget.budgetName`). */
export function readBudgetName(value: unknown, path: string): Read<string, Invalid> {
	if (typeof value !== 'string') return invalid(path, value, 'Member must not be null');
	if (value.length < 1) return invalid(path, value, 'Member must have length greater than or equal to 1');
	if (value.length > MAX_BUDGET_NAME_LENGTH) {
		return invalid(path, value, `Member must have length less than or equal to ${MAX_BUDGET_NAME_LENGTH}`);
	}
	if (!BUDGET_NAME_PATTERN.test(value)) {
		return invalid(path, value, `Member must satisfy regular expression pattern: ${BUDGET_NAME_PATTERN_TEXT}`);
	}
	return ok(value);
}

/** Whether a name passes the API's `BudgetName` rules (the console checks it as you type). */
export function isValidBudgetName(name: string): boolean {
	return name.length >= 1 && name.length <= MAX_BUDGET_NAME_LENGTH && BUDGET_NAME_PATTERN.test(name);
}

/** What a `Budget` (in CreateBudget or UpdateBudget) contributes to the simulated budget. */
export interface BudgetBody {
	readonly BudgetName: string;
	readonly TimeUnit: BudgetTimeUnit;
	readonly BudgetLimit: { readonly Amount: string; readonly Unit: 'USD' };
}

/** The `Budget` structure at `path` (`budget` or `newBudget`). */
export function readBudgetBody(value: unknown, path: string): Read<BudgetBody, Invalid> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return invalid(path, null, 'Member must not be null');
	}
	const budget = value as Record<string, unknown>;
	const name = readBudgetName(budget['BudgetName'], `${path}.budgetName`);
	if (!name.ok) return name;
	const type = budget['BudgetType'];
	if (typeof type !== 'string') return invalid(`${path}.budgetType`, type, 'Member must not be null');
	if (type !== 'COST') {
		// SIMPLIFIED: usage, reservation and Savings Plans budgets are not modelled.
		return fail(INVALID, `The budget type ${printable(type)} is not available in this practice account. Use COST.`);
	}
	const unit = budget['TimeUnit'];
	if (typeof unit !== 'string') return invalid(`${path}.timeUnit`, unit, 'Member must not be null');
	if (!(BUDGET_TIME_UNITS as readonly string[]).includes(unit)) {
		return invalid(`${path}.timeUnit`, unit, `Member must satisfy enum value set: [${BUDGET_TIME_UNITS.join(', ')}]`);
	}
	const limit = readSpend(budget['BudgetLimit'], `${path}.budgetLimit`);
	if (!limit.ok) return limit;
	return ok({ BudgetName: name.value, TimeUnit: unit as BudgetTimeUnit, BudgetLimit: limit.value });
}

/**
 * A `Spend` (`{ Amount, Unit }`): the amount is a decimal string, as the API has it. A missing
 * limit gets the message AWS Budgets gives (as reproduced by moto).
 */
function readSpend(value: unknown, path: string): Read<{ Amount: string; Unit: 'USD' }, Invalid> {
	if (value === undefined || value === null) {
		return fail(
			INVALID,
			'Unable to create/update budget - please provide one of the followings: Budget Limit/ Planned Budget Limit/ Auto Adjust Data',
		);
	}
	const spend = asRecord(value);
	const amount = spend['Amount'];
	if (typeof amount !== 'string') return invalid(`${path}.amount`, amount, 'Member must not be null');
	if (!NUMERIC_VALUE.test(amount)) {
		return invalid(`${path}.amount`, amount, 'Member must satisfy regular expression pattern: ([0-9]*\\.)?[0-9]+');
	}
	const number = Number(amount);
	// UNCONFIRMED wording for a zero or huge budget amount.
	if (!(number > 0)) return fail(INVALID, 'The budget amount must be greater than 0.');
	if (number > MAX_BUDGET_AMOUNT) return fail(INVALID, 'The budget amount is too large.');
	const unit = spend['Unit'];
	if (typeof unit !== 'string') return invalid(`${path}.unit`, unit, 'Member must not be null');
	if (unit !== 'USD')
		return fail(INVALID, `The budget unit ${printable(unit)} is not valid for a cost budget. Use USD.`);
	return ok({ Amount: amount, Unit: 'USD' });
}

/** A notification as requests name it (its state is the service's). */
export type NotificationKey = Pick<
	BudgetNotification,
	'NotificationType' | 'ComparisonOperator' | 'Threshold' | 'ThresholdType'
>;

function readEnum<T extends string>(value: unknown, path: string, values: readonly T[]): Read<T, Invalid> {
	if (typeof value !== 'string') return invalid(path, value, 'Member must not be null');
	if (!(values as readonly string[]).includes(value)) {
		return invalid(path, value, `Member must satisfy enum value set: [${values.join(', ')}]`);
	}
	return ok(value as T);
}

/** A `Notification` at `path`. `ThresholdType` defaults to `PERCENTAGE`, as in the API. */
export function readNotification(value: unknown, path: string): Read<NotificationKey, Invalid> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return invalid(path, null, 'Member must not be null');
	}
	const n = value as Record<string, unknown>;
	const type = readEnum(n['NotificationType'], `${path}.notificationType`, BUDGET_NOTIFICATION_TYPES);
	if (!type.ok) return type;
	const operator = readEnum(n['ComparisonOperator'], `${path}.comparisonOperator`, BUDGET_COMPARISON_OPERATORS);
	if (!operator.ok) return operator;
	const thresholdType =
		n['ThresholdType'] === undefined
			? ok('PERCENTAGE' as const)
			: readEnum(n['ThresholdType'], `${path}.thresholdType`, BUDGET_THRESHOLD_TYPES);
	if (!thresholdType.ok) return thresholdType;
	const threshold = n['Threshold'];
	if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
		return invalid(`${path}.threshold`, typeof threshold === 'object' ? null : threshold, 'Member must not be null');
	}
	if (threshold < 0) {
		return invalid(`${path}.threshold`, threshold, 'Member must have value greater than or equal to 0');
	}
	if (threshold > MAX_THRESHOLD) {
		return invalid(`${path}.threshold`, threshold, `Member must have value less than or equal to ${MAX_THRESHOLD}`);
	}
	if (thresholdType.value === 'PERCENTAGE' && threshold > MAX_PERCENTAGE_THRESHOLD) {
		// UNCONFIRMED wording; the limit is from the API reference.
		return fail(INVALID, 'The threshold can be at most 1,000,000% of the budgeted amount.');
	}
	return ok({
		NotificationType: type.value,
		ComparisonOperator: operator.value,
		Threshold: threshold + 0,
		ThresholdType: thresholdType.value,
	});
}

/** Whether two notifications are the same one (requests identify a notification by its settings). */
export function sameNotification(a: NotificationKey, b: NotificationKey): boolean {
	return (
		a.NotificationType === b.NotificationType &&
		a.ComparisonOperator === b.ComparisonOperator &&
		a.Threshold === b.Threshold &&
		a.ThresholdType === b.ThresholdType
	);
}

/** A notification as messages name it, for example `ACTUAL GREATER_THAN 85 PERCENTAGE`. */
export function describeNotification(n: NotificationKey): string {
	return `${n.NotificationType} ${n.ComparisonOperator} ${n.Threshold} ${n.ThresholdType}`;
}

/**
 * A `Subscriber` at `path`: an email address, or the ARN of an SNS topic of this account that
 * exists. SIMPLIFIED: AWS also needs the topic's access policy to let AWS Budgets publish; topics
 * here have no access policies. Messages UNCONFIRMED.
 */
export function readSubscriber(state: SimState, value: unknown, path: string): Read<BudgetSubscriber, Invalid> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return invalid(path, null, 'Member must not be null');
	}
	const s = value as Record<string, unknown>;
	const type = readEnum(s['SubscriptionType'], `${path}.subscriptionType`, BUDGET_SUBSCRIPTION_TYPES);
	if (!type.ok) return type;
	const address = s['Address'];
	// The address is sensitive in the API, so messages do not quote it.
	if (typeof address !== 'string') return invalid(`${path}.address`, null, 'Member must not be null');
	if (address.length < 1) return invalid(`${path}.address`, '', 'Member must have length greater than or equal to 1');
	if (/[\r\n]/.test(address)) return fail(INVALID, 'The subscriber address cannot contain line breaks.');
	if (type.value === 'EMAIL') {
		if (address.length > 254 || !EMAIL_PATTERN.test(address)) {
			return fail(INVALID, `The email address ${printable(address)} is not valid.`);
		}
		return ok({ SubscriptionType: 'EMAIL', Address: address });
	}
	const topic = parseTopicArn(address);
	if (!topic || topic.accountId !== state.account.accountId || !own(state.sns[topic.region]?.topics ?? {}, address)) {
		return fail(INVALID, `The SNS topic ${printable(address)} does not exist in this account.`);
	}
	return ok({ SubscriptionType: 'SNS', Address: address });
}

/**
 * A `Subscribers` list at `path` (1 to 11 items). Counts beyond what a notification can have are
 * `CreationLimitExceededException`; the SNS wording is AWS's (seen in a 2026 error report), the
 * email wording follows it (UNCONFIRMED).
 */
export function readSubscribers(
	state: SimState,
	value: unknown,
	path: string,
): Read<BudgetSubscriber[], Invalid | 'DuplicateRecordException' | 'CreationLimitExceededException'> {
	if (!Array.isArray(value)) return invalid(path, null, 'Member must not be null');
	if (value.length < 1) return invalid(path, '[]', 'Member must have length greater than or equal to 1');
	if (value.length > MAX_SUBSCRIBERS_IN_REQUEST) {
		return invalid(path, null, `Member must have length less than or equal to ${MAX_SUBSCRIBERS_IN_REQUEST}`);
	}
	const subscribers: BudgetSubscriber[] = [];
	for (let i = 0; i < value.length; i++) {
		const subscriber = readSubscriber(state, value[i], `${path}.${i + 1}.member`);
		if (!subscriber.ok) return subscriber;
		if (subscribers.some((s) => sameSubscriber(s, subscriber.value))) {
			return fail('DuplicateRecordException', duplicateSubscriberMessage(subscriber.value));
		}
		subscribers.push(subscriber.value);
	}
	const limit = subscriberLimitError(subscribers);
	return limit ?? ok(subscribers);
}

/** The limit error when a notification would have too many subscribers of a kind, if any. */
export function subscriberLimitError(
	subscribers: readonly BudgetSubscriber[],
): Read<never, 'CreationLimitExceededException'> | undefined {
	const sns = subscribers.filter((s) => s.SubscriptionType === 'SNS').length;
	if (sns > MAX_SNS_SUBSCRIBERS) {
		return fail(
			'CreationLimitExceededException',
			`one notification can only have ${MAX_SNS_SUBSCRIBERS} subscribers with type of SNS`,
		);
	}
	if (subscribers.length - sns > MAX_EMAIL_SUBSCRIBERS) {
		return fail(
			'CreationLimitExceededException',
			`one notification can only have ${MAX_EMAIL_SUBSCRIBERS} subscribers with type of EMAIL`,
		);
	}
	return undefined;
}

export function sameSubscriber(a: BudgetSubscriber, b: BudgetSubscriber): boolean {
	return a.SubscriptionType === b.SubscriptionType && a.Address === b.Address;
}

/** Patterned on AWS's duplicate-record messages (moto's text); UNCONFIRMED for subscribers. */
export function duplicateSubscriberMessage(subscriber: BudgetSubscriber): string {
	return `Error creating subscriber: ${subscriber.Address} - the subscriber already exists.`;
}

/** A `NotificationsWithSubscribers` list (up to 10 items in a request, 5 notifications per budget). */
export function readNotificationsWithSubscribers(
	state: SimState,
	value: unknown,
): Read<
	{ notification: NotificationKey; subscribers: BudgetSubscriber[] }[],
	Invalid | 'DuplicateRecordException' | 'CreationLimitExceededException'
> {
	if (value === undefined) return ok([]);
	const path = 'notificationsWithSubscribers';
	if (!Array.isArray(value)) return invalid(path, null, 'Member must be a list');
	if (value.length > MAX_NOTIFICATIONS_IN_REQUEST) {
		return invalid(path, null, `Member must have length less than or equal to ${MAX_NOTIFICATIONS_IN_REQUEST}`);
	}
	if (value.length > MAX_NOTIFICATIONS_PER_BUDGET) return notificationLimitError();
	const out: { notification: NotificationKey; subscribers: BudgetSubscriber[] }[] = [];
	for (let i = 0; i < value.length; i++) {
		const item = asRecord(value[i]);
		const notification = readNotification(item['Notification'], `${path}.${i + 1}.member.notification`);
		if (!notification.ok) return notification;
		const subscribers = readSubscribers(state, item['Subscribers'], `${path}.${i + 1}.member.subscribers`);
		if (!subscribers.ok) return subscribers;
		if (out.some((o) => sameNotification(o.notification, notification.value))) {
			return fail('DuplicateRecordException', duplicateNotificationMessage(notification.value));
		}
		out.push({ notification: notification.value, subscribers: subscribers.value });
	}
	return ok(out);
}

/** Follows the wording of AWS's SNS subscriber limit message (UNCONFIRMED). */
export function notificationLimitError(): Read<never, 'CreationLimitExceededException'> {
	return fail(
		'CreationLimitExceededException',
		`one budget can only have ${MAX_NOTIFICATIONS_PER_BUDGET} notifications`,
	);
}

/** Patterned on AWS's duplicate-record messages (moto's text); UNCONFIRMED for notifications. */
export function duplicateNotificationMessage(n: NotificationKey): string {
	return `Error creating notification: ${describeNotification(n)} - the notification already exists.`;
}
