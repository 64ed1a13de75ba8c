import { done, type Handler, type HandlerEnv } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, type Read } from '../core/validate.ts';
import type { Budget, BudgetNotification, SimState } from '../state.ts';
import { readExistingBudget, readOwnAccount } from './budgets.ts';
import {
	describeNotification,
	duplicateNotificationMessage,
	duplicateSubscriberMessage,
	MAX_NOTIFICATIONS_PER_BUDGET,
	notificationLimitError,
	readNotification,
	readSubscriber,
	readSubscribers,
	sameNotification,
	sameSubscriber,
	subscriberLimitError,
} from './rules.ts';
import { notificationView, putBudget } from './views.ts';

/** The budget named in the request, after checking the account, or the error. */
function readBudgetFor(
	state: SimState,
	input: unknown,
	env: HandlerEnv,
	action: string,
	notFound: (name: string) => string,
): Read<Budget, 'InvalidParameterException' | 'AccessDenied' | 'NotFoundException'> {
	const account = readOwnAccount(state, input, env, action);
	if (!account.ok) return account;
	return readExistingBudget(state, input, notFound);
}

/** The budget a read of its notifications or subscribers names, as `budgets:ViewBudget` allows it. */
function readBudgetToView(
	state: SimState,
	input: unknown,
	env: HandlerEnv,
): Read<Budget, 'InvalidParameterException' | 'AccessDenied' | 'NotFoundException'> {
	return readBudgetFor(
		state,
		input,
		env,
		'budgets:ViewBudget',
		(name) => `Unable to get budget: ${name} - the budget doesn't exist.`,
	);
}

/** The budget's notification matching the request's `Notification`, or `NotFoundException` (UNCONFIRMED wording). */
function readExistingNotification(
	budget: Budget,
	input: unknown,
	verb: string,
): Read<{ notification: BudgetNotification; index: number }, 'InvalidParameterException' | 'NotFoundException'> {
	const key = readNotification(asRecord(input)['Notification'], 'notification');
	if (!key.ok) return key;
	const index = budget.notifications.findIndex((n) => sameNotification(n, key.value));
	const notification = budget.notifications[index];
	if (!notification) {
		return fail(
			'NotFoundException',
			`Unable to ${verb}: ${describeNotification(key.value)} - the notification doesn't exist.`,
		);
	}
	return { ok: true, value: { notification, index } };
}

/** The budget and the notification a request names, with the messages AWS uses for `verb`. */
function readNotificationFor(
	state: SimState,
	input: unknown,
	env: HandlerEnv,
	action: string,
	verb: string,
): Read<
	{ budget: Budget; notification: BudgetNotification; index: number },
	'InvalidParameterException' | 'AccessDenied' | 'NotFoundException'
> {
	const budget = readBudgetFor(state, input, env, action, () => `Unable to ${verb} - the budget doesn't exist.`);
	if (!budget.ok) return budget;
	const found = readExistingNotification(budget.value, input, verb);
	if (!found.ok) return found;
	return { ok: true, value: { budget: budget.value, ...found.value } };
}

function withNotifications(state: SimState, budget: Budget, notifications: readonly BudgetNotification[]): SimState {
	return putBudget(state, { ...budget, notifications, LastUpdatedTime: state.billing.clock });
}

/**
 * CreateNotification: a new alert on a budget (up to five), with 1 to 11 subscribers.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_CreateNotification.html
 */
export const createNotification: Handler<'CreateNotification'> = (state, input, env) => {
	const budget = readBudgetFor(
		state,
		input,
		env,
		'budgets:ModifyBudget',
		() => "Unable to create notification - the budget doesn't exist.",
	);
	if (!budget.ok) return budget;
	const key = readNotification(asRecord(input)['Notification'], 'notification');
	if (!key.ok) return key;
	const subscribers = readSubscribers(state, asRecord(input)['Subscribers'], 'subscribers');
	if (!subscribers.ok) return subscribers;
	const notifications = budget.value.notifications;
	if (notifications.some((n) => sameNotification(n, key.value))) {
		return fail('DuplicateRecordException', duplicateNotificationMessage(key.value));
	}
	if (notifications.length >= MAX_NOTIFICATIONS_PER_BUDGET) return notificationLimitError();
	const added: BudgetNotification = { ...key.value, NotificationState: 'OK', subscribers: subscribers.value };
	return done(withNotifications(state, budget.value, [...notifications, added]), {});
};

/**
 * DeleteNotification: removes an alert and its subscribers.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DeleteNotification.html
 */
export const deleteNotification: Handler<'DeleteNotification'> = (state, input, env) => {
	const found = readNotificationFor(state, input, env, 'budgets:ModifyBudget', 'delete notification');
	if (!found.ok) return found;
	const budget = found.value.budget;
	const notifications = budget.notifications.filter((_, i) => i !== found.value.index);
	return done(withNotifications(state, budget, notifications), {});
};

/**
 * DescribeNotificationsForBudget: a budget's alerts, each with its state (`ALARM` once it has
 * fired in the current period).
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeNotificationsForBudget.html
 */
export const describeNotificationsForBudget: Handler<'DescribeNotificationsForBudget'> = (state, input, env) => {
	const budget = readBudgetToView(state, input, env);
	if (!budget.ok) return budget;
	return done(state, { Notifications: budget.value.notifications.map(notificationView) });
};

/**
 * CreateSubscriber: one more email address or SNS topic for an alert (up to 10 emails and 1 topic).
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_CreateSubscriber.html
 */
export const createSubscriber: Handler<'CreateSubscriber'> = (state, input, env) => {
	const found = readNotificationFor(state, input, env, 'budgets:ModifyBudget', 'create subscriber');
	if (!found.ok) return found;
	const budget = found.value.budget;
	const subscriber = readSubscriber(state, asRecord(input)['Subscriber'], 'subscriber');
	if (!subscriber.ok) return subscriber;
	const notification = found.value.notification;
	if (notification.subscribers.some((s) => sameSubscriber(s, subscriber.value))) {
		return fail('DuplicateRecordException', duplicateSubscriberMessage(subscriber.value));
	}
	const subscribers = [...notification.subscribers, subscriber.value];
	const limit = subscriberLimitError(subscribers);
	if (limit) return limit;
	const notifications = budget.notifications.map((n, i) => (i === found.value.index ? { ...n, subscribers } : n));
	return done(withNotifications(state, budget, notifications), {});
};

/**
 * DeleteSubscriber: removes a subscriber; removing the last one deletes the notification too.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DeleteSubscriber.html
 */
export const deleteSubscriber: Handler<'DeleteSubscriber'> = (state, input, env) => {
	const found = readNotificationFor(state, input, env, 'budgets:ModifyBudget', 'delete subscriber');
	if (!found.ok) return found;
	const budget = found.value.budget;
	const subscriber = readSubscriber(state, asRecord(input)['Subscriber'], 'subscriber');
	if (!subscriber.ok) return subscriber;
	const notification = found.value.notification;
	if (!notification.subscribers.some((s) => sameSubscriber(s, subscriber.value))) {
		// UNCONFIRMED wording.
		return fail('NotFoundException', "Unable to delete subscriber - the subscriber doesn't exist.");
	}
	const subscribers = notification.subscribers.filter((s) => !sameSubscriber(s, subscriber.value));
	const notifications =
		subscribers.length === 0
			? budget.notifications.filter((_, i) => i !== found.value.index)
			: budget.notifications.map((n, i) => (i === found.value.index ? { ...n, subscribers } : n));
	return done(withNotifications(state, budget, notifications), {});
};

/**
 * DescribeSubscribersForNotification: who an alert goes to.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeSubscribersForNotification.html
 */
export const describeSubscribersForNotification: Handler<'DescribeSubscribersForNotification'> = (
	state,
	input,
	env,
) => {
	const budget = readBudgetToView(state, input, env);
	if (!budget.ok) return budget;
	const found = readExistingNotification(budget.value, input, 'get subscribers');
	if (!found.ok) return found;
	return done(state, { Subscribers: found.value.notification.subscribers });
};
