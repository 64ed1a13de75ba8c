import { own } from '../core/own.ts';
import { deliverMail, SNS_SENDER } from '../mailbox/mailbox.ts';
import type { MailMessage, SimState } from '../state.ts';

/**
 * Publishes a message to a topic: SNS emails every confirmed subscription and skips pending
 * ones. A topic that no longer exists receives nothing. `kind` says which service's message it
 * carries (CloudWatch alarms by default, AWS Budgets alerts).
 * @see https://docs.aws.amazon.com/sns/latest/dg/SendMessageToHttp.confirm.html
 */
export function publishToTopic(
	state: SimState,
	topicArnValue: string,
	subject: string,
	body: string,
	now: number,
	kind: MailMessage['kind'] = 'alarm',
): SimState {
	const region = topicArnValue.split(':')[3] ?? '';
	const regional = state.sns[region];
	if (!regional || !own(regional.topics, topicArnValue)) return state;
	let next = state;
	for (const subscription of Object.values(regional.subscriptions)) {
		if (subscription.TopicArn !== topicArnValue || !subscription.confirmed) continue;
		const footer = `\n\n--\nIf you wish to stop receiving notifications from this topic, unsubscribe:\n${subscription.SubscriptionArn}`;
		[next] = deliverMail(next, {
			to: subscription.Endpoint,
			from: SNS_SENDER,
			subject,
			body: body + footer,
			receivedAt: now,
			kind,
		});
	}
	return next;
}
