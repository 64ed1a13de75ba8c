/** The practice mailbox. */

/** The link in an SNS confirmation email: following it confirms the subscription. */
export interface ConfirmSubscriptionLink {
	readonly action: 'ConfirmSubscription';
	readonly TopicArn: string;
	readonly Token: string;
	readonly region: string;
}

export const MAIL_KINDS = ['subscription-confirmation', 'alarm', 'sign-in-instructions', 'budget-alert'] as const;

/** A message in the practice mailbox (root email and any subscribed address). */
export interface MailMessage {
	readonly MessageId: string;
	readonly to: string;
	readonly from: string;
	readonly subject: string;
	readonly body: string;
	readonly receivedAt: number;
	readonly read: boolean;
	readonly kind: (typeof MAIL_KINDS)[number];
	readonly link?: ConfirmSubscriptionLink;
}
