import {
	isValidBudgetName,
	MAX_EMAIL_SUBSCRIBERS,
	MONTHLY_COST_BUDGET_NAME,
	monthlyCostBudgetRequest,
	ZERO_SPEND_BUDGET_NAME,
	zeroSpendBudgetRequest,
	type BudgetSubscriber,
	type CreateBudgetInput,
} from '@/simulator';

/**
 * The **Create budget** page's form as plain data: what the learner typed, the checks the console
 * makes next to each field, and the `CreateBudget` request it sends. Messages are our own
 * (UNCONFIRMED; see docs/simulator-coverage.md).
 */

export type BudgetSetup = 'template' | 'custom';
export type BudgetTemplate = 'zero-spend' | 'monthly-cost';

/** One alert of a customized budget: a percentage of the budgeted amount, on actual or forecasted spend. */
export interface AlertForm {
	readonly key: number;
	readonly threshold: string;
	readonly trigger: 'ACTUAL' | 'FORECASTED';
	readonly emails: string;
	/** An SNS topic ARN of the account, or '' for none. */
	readonly topicArn: string;
}

export interface BudgetForm {
	readonly setup: BudgetSetup;
	readonly template: BudgetTemplate;
	readonly name: string;
	readonly amount: string;
	/** Comma-separated, as the console's field takes them (templates). */
	readonly emails: string;
	readonly alerts: readonly AlertForm[];
}

export type FieldErrors = Record<string, string>;

/** Field ids, so an error summary or the first invalid field can take focus. */
export const fieldId = {
	name: 'budget-name',
	amount: 'budget-amount',
	emails: 'budget-emails',
	alertThreshold: (key: number) => `budget-alert-${key}-threshold`,
	alertEmails: (key: number) => `budget-alert-${key}-emails`,
} as const;

/** The most alerts a customized budget can have (a budget has up to five notifications). */
export const MAX_ALERTS = 5;

export function newAlert(key: number, threshold = '80', trigger: AlertForm['trigger'] = 'ACTUAL'): AlertForm {
	return { key, threshold, trigger, emails: '', topicArn: '' };
}

/** The names the console fills in for each template. */
export const TEMPLATE_NAMES: Readonly<Record<BudgetTemplate, string>> = {
	'zero-spend': ZERO_SPEND_BUDGET_NAME,
	'monthly-cost': MONTHLY_COST_BUDGET_NAME,
};

export function initialBudgetForm(): BudgetForm {
	return {
		setup: 'template',
		template: 'zero-spend',
		name: TEMPLATE_NAMES['zero-spend'],
		amount: '',
		emails: '',
		alerts: [newAlert(1, '80', 'ACTUAL'), newAlert(2, '100', 'FORECASTED')],
	};
}

/** Email addresses from a comma-separated field, trimmed, empty entries dropped. */
export function parseEmails(text: string): string[] {
	return text
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A budgeted amount as the API takes it: digits with an optional decimal part, no sign or exponent. */
const AMOUNT = /^(\d*\.)?\d+$/;

function emailError(text: string, required: boolean): string | undefined {
	const emails = parseEmails(text);
	if (emails.length === 0) return required ? 'Enter at least one email address.' : undefined;
	const bad = emails.find((email) => !EMAIL.test(email));
	if (bad) return `${bad} is not a valid email address.`;
	if (emails.length > MAX_EMAIL_SUBSCRIBERS) return `Enter up to ${MAX_EMAIL_SUBSCRIBERS} email addresses.`;
	if (new Set(emails).size !== emails.length) return 'Enter each email address once.';
	return undefined;
}

function amountError(text: string): string | undefined {
	const amount = text.trim().replace(/^\$/, '');
	if (amount === '') return 'Enter your budgeted amount.';
	if (!AMOUNT.test(amount) || !(Number(amount) > 0)) return 'Enter an amount greater than 0, such as 10 or 10.50.';
	return undefined;
}

/** The checks the console makes before it sends the request. */
export function validateBudgetForm(form: BudgetForm, existingNames: readonly string[]): FieldErrors {
	const errors: FieldErrors = {};
	if (form.name === '') errors[fieldId.name] = 'Enter a budget name.';
	else if (!isValidBudgetName(form.name))
		errors[fieldId.name] =
			"Budget names can have up to 100 characters. They can't contain a colon (:), a backslash (\\) or /action/.";
	else if (existingNames.includes(form.name))
		errors[fieldId.name] = 'A budget with this name already exists. Budget names must be unique in the account.';
	const needsAmount = form.setup === 'custom' || form.template === 'monthly-cost';
	const amount = needsAmount ? amountError(form.amount) : undefined;
	if (amount) errors[fieldId.amount] = amount;
	if (form.setup === 'template') {
		const emails = emailError(form.emails, true);
		if (emails) errors[fieldId.emails] = emails;
		return errors;
	}
	for (const alert of form.alerts) {
		const value = alert.threshold.trim();
		if (value === '' || !/^\d+(\.\d+)?$/.test(value) || !(Number(value) > 0))
			errors[fieldId.alertThreshold(alert.key)] = 'Enter a threshold greater than 0, as a percentage of the budget.';
		const emails = emailError(alert.emails, false);
		if (emails) errors[fieldId.alertEmails(alert.key)] = emails;
		else if (parseEmails(alert.emails).length === 0 && alert.topicArn === '')
			errors[fieldId.alertEmails(alert.key)] =
				'Add an email recipient or an Amazon SNS topic, so the alert reaches someone.';
	}
	const keys = form.alerts.map((a) => `${a.trigger} ${Number(a.threshold)}`);
	const repeated = form.alerts.find((_alert, i) => keys.indexOf(keys[i] ?? '') !== i);
	if (repeated && !errors[fieldId.alertThreshold(repeated.key)])
		errors[fieldId.alertThreshold(repeated.key)] = 'Another alert already has this threshold and trigger.';
	return errors;
}

/** The `CreateBudget` request for a valid form. */
export function budgetRequestFor(form: BudgetForm, accountId: string): CreateBudgetInput {
	const amount = form.amount.trim().replace(/^\$/, '');
	if (form.setup === 'template') {
		const emailAddresses = parseEmails(form.emails);
		return form.template === 'zero-spend'
			? zeroSpendBudgetRequest(accountId, { budgetName: form.name, emailAddresses })
			: monthlyCostBudgetRequest(accountId, { budgetName: form.name, amount, emailAddresses });
	}
	return {
		AccountId: accountId,
		Budget: {
			BudgetName: form.name,
			BudgetType: 'COST',
			TimeUnit: 'MONTHLY',
			BudgetLimit: { Amount: amount, Unit: 'USD' },
		},
		NotificationsWithSubscribers: form.alerts.map((alert) => {
			const subscribers: BudgetSubscriber[] = parseEmails(alert.emails).map((Address) => ({
				SubscriptionType: 'EMAIL',
				Address,
			}));
			if (alert.topicArn) subscribers.push({ SubscriptionType: 'SNS', Address: alert.topicArn });
			return {
				Notification: {
					NotificationType: alert.trigger,
					ComparisonOperator: 'GREATER_THAN',
					Threshold: Number(alert.threshold),
					ThresholdType: 'PERCENTAGE',
				},
				Subscribers: subscribers,
			};
		}),
	};
}

/** Which field a `CreateBudget` error is about, so it can be shown next to it. */
export function fieldForBudgetError(message: string): string | undefined {
	const lower = message.toLowerCase();
	if (lower.includes('budgetname') || lower.includes('error creating budget')) return fieldId.name;
	if (lower.includes('amount')) return fieldId.amount;
	return undefined;
}
