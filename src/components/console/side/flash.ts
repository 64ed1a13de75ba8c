/**
 * A one-time message handed from a wizard to the screen it returns to ("MFA device assigned",
 * "Successfully created alarm …"), because routes are plain data and carry no messages.
 */
export interface FlashMessage {
	readonly type: 'success' | 'info';
	readonly title: string;
	readonly body: string;
}

export type FlashTarget = 'security-credentials' | 'cloudwatch-alarms' | 'billing-budgets';

const pending = new Map<FlashTarget, FlashMessage>();

/** Leaves a message for the next time the target screen opens. */
export function setFlash(target: FlashTarget, message: FlashMessage): void {
	pending.set(target, message);
}

/** Takes the target screen's waiting message, if any; it is shown once. */
export function takeFlash(target: FlashTarget): FlashMessage | null {
	const message = pending.get(target) ?? null;
	pending.delete(target);
	return message;
}
