import type { Caller } from './cli-read';
import { isObject, type Json, type JsonObject } from './cli-text';
import type {
	AlarmFacts,
	BudgetFacts,
	BudgetNotificationFacts,
	RootFacts,
	SubscriptionFacts,
	UserFacts,
} from './facts';

/**
 * What one command's JSON output says, as pieces of {@link AccountFacts} that cli-parse.ts puts
 * together, and the small readers the extractors share. Each extractor checks the members it reads
 * and refuses output that lacks them.
 */

export interface Contribution {
	readonly caller?: Caller;
	readonly root?: RootFacts;
	/** The full list of IAM users. */
	readonly listedUsers?: readonly UserFacts[];
	/** Every user's credentials, from the credential report. */
	readonly reportUsers?: readonly UserFacts[];
	/** Details about the everyday user. */
	readonly admin?: Omit<UserFacts, 'userName'>;
	/** Details about one group of the everyday user. */
	readonly group?: {
		readonly groupName: string;
		readonly attachedPolicyArns?: readonly string[];
		readonly inlinePolicyNames?: readonly string[];
	};
	/** The text of one inline policy, of the user (no group name) or of a group. */
	readonly inlineDocument?: { readonly groupName?: string; readonly policyName: string; readonly document: unknown };
	readonly alarms?: readonly AlarmFacts[];
	readonly subscriptions?: readonly SubscriptionFacts[];
	readonly totalChargesMetric?: boolean;
	readonly budgets?: readonly BudgetFacts[];
	readonly budgetNotifications?: Readonly<Record<string, readonly BudgetNotificationFacts[]>>;
	readonly observedAt?: number;
}

export type Extracted =
	| { readonly ok: true; readonly value: Contribution; readonly summary: string }
	| { readonly ok: false; readonly message: string };

export const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
export const refuse = (message: string): Extracted => ({ ok: false, message });
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
export const unchanged = 'Paste the output unchanged.';

export function listOf(json: JsonObject, member: string): JsonObject[] | string {
	const list = json[member];
	if (!Array.isArray(list)) return `"${member}" should be a list. ${unchanged}`;
	if (json['IsTruncated'] === true)
		return `AWS sent only part of the list (IsTruncated is true). Run the command as shown, without --max-items, so the AWS CLI fetches every page.`;
	const items = list.filter(isObject);
	return items.length === list.length ? items : `Some entries in "${member}" are not objects. ${unchanged}`;
}

export function stringsOf(json: JsonObject, member: string): string[] | string {
	const list = json[member];
	if (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
		return `"${member}" should be a list of names. ${unchanged}`;
	return list as string[];
}

/** A field every entry must have; `undefined` when one lacks it. */
export function every(items: readonly JsonObject[], member: string): string[] | undefined {
	const values = items.map((item) => text(item[member]));
	return values.every((v): v is string => v !== undefined) ? values : undefined;
}

export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
