import { own } from '../core/own.ts';
import { parseTopicArn, topicArn } from '../core/arn.ts';
import { done, nextSeq, type Handler } from '../core/handler.ts';
import { toHex, uuidFor } from '../core/ids.ts';
import { regionName } from '../core/regions.ts';
import { fail } from '../core/result.ts';
import { requiredString, type Read } from '../core/validate.ts';
import { deliverMail, SNS_SENDER } from '../mailbox/mailbox.ts';
import type { SubscriptionView } from '../operations.ts';
import type { RegionalSns, SimState, SnsSubscription } from '../state.ts';

const EMPTY: RegionalSns = { topics: {}, subscriptions: {} };
/** What `Subscribe` returns for an email subscription until it is confirmed. */
export const PENDING_CONFIRMATION = 'pending confirmation';

function regionalSns(state: SimState, region: string): RegionalSns {
	return state.sns[region] ?? EMPTY;
}

function withRegional(state: SimState, region: string, regional: RegionalSns): SimState {
	return { ...state, sns: { ...state.sns, [region]: regional } };
}

/** Reads `TopicArn` and finds the topic in the call's Region. */
function readTopic(
	state: SimState,
	input: unknown,
	region: string,
	member = 'TopicArn',
): Read<string, 'InvalidParameter' | 'NotFound'> {
	const arn = requiredString(input, member, { code: 'InvalidParameter' });
	if (!arn.ok) return arn;
	const parsed = parseTopicArn(arn.value);
	if (!parsed) return fail('InvalidParameter', `Invalid parameter: ${member}`);
	if (parsed.region !== region || !regionalSns(state, region).topics[arn.value])
		return fail('NotFound', 'Topic does not exist');
	return arn;
}

/**
 * CreateTopic: a standard topic. Names are 1–256 letters, digits, hyphens and underscores;
 * creating an existing name returns the existing topic.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html
 */
export const createTopic: Handler<'CreateTopic'> = (state, input, env) => {
	const name = requiredString(input, 'Name', { code: 'InvalidParameter' });
	if (!name.ok) return name;
	if (!/^[A-Za-z0-9_-]{1,256}$/.test(name.value)) return fail('InvalidParameter', 'Invalid parameter: Topic Name');
	const TopicArn = topicArn(env.region, state.account.accountId, name.value);
	const regional = regionalSns(state, env.region);
	if (own(regional.topics, TopicArn)) return done(state, { TopicArn });
	const topics = { ...regional.topics, [TopicArn]: { TopicArn, Name: name.value, createdAt: env.now } };
	return done(withRegional(state, env.region, { ...regional, topics }), { TopicArn });
};

/**
 * DeleteTopic: deletes a topic and all its subscriptions. Alarms that named it keep the ARN and
 * simply notify no one.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_DeleteTopic.html
 */
export const deleteTopic: Handler<'DeleteTopic'> = (state, input, env) => {
	const arn = readTopic(state, input, env.region);
	if (!arn.ok) return arn;
	const regional = regionalSns(state, env.region);
	const { [arn.value]: _deleted, ...topics } = regional.topics;
	const subscriptions = Object.fromEntries(
		Object.entries(regional.subscriptions).filter(([, s]) => s.TopicArn !== arn.value),
	);
	return done(withRegional(state, env.region, { topics, subscriptions }), {});
};

/**
 * ListTopics: the topics in the Region.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html
 */
export const listTopics: Handler<'ListTopics'> = (state, _input, env) =>
	done(state, {
		Topics: Object.keys(regionalSns(state, env.region).topics)
			.sort()
			.map((TopicArn) => ({ TopicArn })),
	});

function confirmationEmail(
	state: SimState,
	subscription: SnsSubscription,
	region: string,
): { subject: string; body: string } {
	const topicName = subscription.TopicArn.slice(subscription.TopicArn.lastIndexOf(':') + 1);
	return {
		// UNCONFIRMED subject and wording; see coverage doc.
		subject: 'AWS Notification - Subscription Confirmation',
		body: [
			`You have chosen to subscribe to the topic:`,
			subscription.TopicArn,
			'',
			'To confirm this subscription, follow the Confirm subscription link in this message.',
			'',
			`Topic ${topicName} is in the ${regionName(region)} Region of account ${state.account.accountId}.`,
			'If you did not request this subscription, ignore this message: the subscription is deleted if it is not confirmed within 48 hours.',
		].join('\n'),
	};
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Subscribe: an email subscription starts as `pending confirmation`; SNS emails a confirmation
 * link and delivers nothing until it is followed. Subscribing a pending address again resends
 * the confirmation.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html
 */
export const subscribe: Handler<'Subscribe'> = (state, input, env) => {
	const arn = readTopic(state, input, env.region);
	if (!arn.ok) return arn;
	const protocol = requiredString(input, 'Protocol', { code: 'InvalidParameter' });
	if (!protocol.ok) return protocol;
	// SIMPLIFIED: only the email protocol is modelled.
	if (protocol.value !== 'email')
		return fail('InvalidParameter', 'Invalid parameter: Protocol. This console supports only the email protocol.');
	const endpoint = requiredString(input, 'Endpoint', { code: 'InvalidParameter' });
	if (!endpoint.ok) return endpoint;
	if (!EMAIL_PATTERN.test(endpoint.value) || endpoint.value.length > 254)
		return fail('InvalidParameter', 'Invalid parameter: Email address');
	const regional = regionalSns(state, env.region);
	const existing = Object.values(regional.subscriptions).find(
		(s) => s.TopicArn === arn.value && s.Endpoint.toLowerCase() === endpoint.value.toLowerCase(),
	);
	if (existing?.confirmed) return done(state, { SubscriptionArn: existing.SubscriptionArn });
	let next = state;
	let subscription: SnsSubscription;
	if (existing) {
		subscription = existing;
	} else {
		const [seq, counted] = nextSeq(state);
		next = counted;
		subscription = {
			SubscriptionArn: `${arn.value}:${uuidFor(seq, 11)}`,
			TopicArn: arn.value,
			Protocol: 'email',
			Endpoint: endpoint.value,
			Owner: state.account.accountId,
			confirmed: false,
			token: toHex(env.ctx.randomBytes(32)),
			createdAt: state.billing.clock,
		};
		next = withRegional(next, env.region, {
			...regional,
			subscriptions: { ...regional.subscriptions, [subscription.SubscriptionArn]: subscription },
		});
	}
	const mail = confirmationEmail(next, subscription, env.region);
	[next] = deliverMail(next, {
		to: subscription.Endpoint,
		from: SNS_SENDER,
		subject: mail.subject,
		body: mail.body,
		receivedAt: env.now,
		kind: 'subscription-confirmation',
		link: {
			action: 'ConfirmSubscription',
			TopicArn: subscription.TopicArn,
			Token: subscription.token,
			region: env.region,
		},
	});
	return done(next, { SubscriptionArn: PENDING_CONFIRMATION });
};

/**
 * ConfirmSubscription: what the email's **Confirm subscription** link does. It needs no console
 * session. Confirming twice returns the same subscription.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_ConfirmSubscription.html
 */
export const confirmSubscription: Handler<'ConfirmSubscription'> = (state, input, env) => {
	const arn = readTopic(state, input, env.region);
	if (!arn.ok) return arn;
	const token = requiredString(input, 'Token', { code: 'InvalidParameter', min: 1, max: 2048 });
	if (!token.ok) return token;
	const regional = regionalSns(state, env.region);
	const subscription = Object.values(regional.subscriptions).find(
		(s) => s.TopicArn === arn.value && s.token === token.value,
	);
	// Expired (deleted after 48 hours) and mistyped tokens look the same.
	if (!subscription) return fail('InvalidParameter', 'Invalid token');
	if (subscription.confirmed) return done(state, { SubscriptionArn: subscription.SubscriptionArn });
	const confirmed = { ...subscription, confirmed: true };
	return done(
		withRegional(state, env.region, {
			...regional,
			subscriptions: { ...regional.subscriptions, [confirmed.SubscriptionArn]: confirmed },
		}),
		{ SubscriptionArn: confirmed.SubscriptionArn },
	);
};

/**
 * Unsubscribe: deletes a confirmed subscription (a pending one has no ARN to name yet).
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Unsubscribe.html
 */
export const unsubscribe: Handler<'Unsubscribe'> = (state, input, env) => {
	const arn = requiredString(input, 'SubscriptionArn', { code: 'InvalidParameter' });
	if (!arn.ok) return arn;
	if (!/^arn:aws:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+:[0-9a-f-]{36}$/.test(arn.value))
		return fail('InvalidParameter', 'Invalid parameter: SubscriptionArn');
	const regional = regionalSns(state, env.region);
	const subscription = own(regional.subscriptions, arn.value);
	if (!subscription || !subscription.confirmed) return fail('NotFound', 'Subscription does not exist');
	const { [arn.value]: _deleted, ...subscriptions } = regional.subscriptions;
	return done(withRegional(state, env.region, { ...regional, subscriptions }), {});
};

function subscriptionView(s: SnsSubscription): SubscriptionView {
	return {
		SubscriptionArn: s.confirmed ? s.SubscriptionArn : 'PendingConfirmation',
		Owner: s.Owner,
		Protocol: s.Protocol,
		Endpoint: s.Endpoint,
		TopicArn: s.TopicArn,
	};
}

/**
 * ListSubscriptions: every subscription in the Region; pending ones show `PendingConfirmation`.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptions.html
 */
export const listSubscriptions: Handler<'ListSubscriptions'> = (state, _input, env) =>
	done(state, { Subscriptions: Object.values(regionalSns(state, env.region).subscriptions).map(subscriptionView) });

/**
 * ListSubscriptionsByTopic.
 * @see https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptionsByTopic.html
 */
export const listSubscriptionsByTopic: Handler<'ListSubscriptionsByTopic'> = (state, input, env) => {
	const arn = readTopic(state, input, env.region);
	if (!arn.ok) return arn;
	const subscriptions = Object.values(regionalSns(state, env.region).subscriptions).filter(
		(s) => s.TopicArn === arn.value,
	);
	return done(state, { Subscriptions: subscriptions.map(subscriptionView) });
};
