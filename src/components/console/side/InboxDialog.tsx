import { useState } from 'preact/hooks';
import { focusAfterRender } from '../ui/focus';
import { selectMailbox, type MailMessage, type SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { ErrorAlert } from '../ui/Alert';
import { Modal } from '../ui/Modal';
import { formatDateTime, isoTime } from '../format';

interface Confirmation {
	readonly messageId: string;
	readonly subscriptionArn: string;
}

/**
 * The practice mailbox's window: the messages, newest first, and the one the learner opened. Here
 * the learner confirms SNS subscriptions, reads alarm emails and finds sign-in instructions.
 */
export function InboxDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
	const { state, call, whenReady, announce } = useConsole();
	const [openedId, setOpenedId] = useState<string | null>(null);
	const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
	const [error, setError] = useState<{ messageId: string; error: SimError<string> } | null>(null);

	// Newest first, as mail apps list them.
	const { messages } = selectMailbox(state);
	const opened = messages.find((m) => m.MessageId === openedId) ?? null;

	function openMessage(message: MailMessage) {
		setOpenedId(message.MessageId);
		setError(null);
		if (!message.read) whenReady(() => call({ op: 'MarkMessageRead', input: { MessageId: message.MessageId } }));
	}

	function confirmSubscription(message: MailMessage) {
		const link = message.link;
		if (!link) return;
		whenReady(() => {
			const response = call({
				op: 'ConfirmSubscription',
				input: { TopicArn: link.TopicArn, Token: link.Token },
				region: link.region,
			});
			if (response.ok) {
				const { SubscriptionArn } = response.output;
				setConfirmation({ messageId: message.MessageId, subscriptionArn: SubscriptionArn });
				setError(null);
				announce('Subscription confirmed.');
				// The link is replaced by the confirmation page: continue there.
				focusAfterRender('inbox-confirmed');
			} else {
				setConfirmation(null);
				setError({ messageId: message.MessageId, error: response.error });
			}
		});
	}

	return (
		<Modal open={open} title="Practice inbox" onClose={onClose} footer={<Button onClick={onClose}>Close</Button>}>
			<div class="inbox__layout">
				<p class="inbox__meta">
					Email sent to the practice account's addresses arrives here. Nothing leaves this browser.
				</p>
				{messages.length === 0 ? (
					<p>No messages yet.</p>
				) : (
					<ul class="inbox__list" aria-label="Messages">
						{messages.map((message) => (
							<li key={message.MessageId}>
								<button
									type="button"
									class={`inbox__item${message.read ? '' : ' is-unread'}`}
									aria-current={message.MessageId === openedId ? 'true' : undefined}
									onClick={() => openMessage(message)}
								>
									<span class="inbox__subject">
										{message.read ? '' : <span class="c-visually-hidden">Unread: </span>}
										{message.subject}
									</span>
									<span class="inbox__meta">
										From {message.from}, to {message.to}, {formatDateTime(message.receivedAt)}
									</span>
								</button>
							</li>
						))}
					</ul>
				)}
				{opened && (
					<article class="inbox__message" aria-labelledby="inbox-open-subject">
						<h3 id="inbox-open-subject">{opened.subject}</h3>
						<p class="inbox__meta">
							From: {opened.from}
							<br />
							To: {opened.to}
							<br />
							Received: <time dateTime={isoTime(opened.receivedAt)}>{formatDateTime(opened.receivedAt)}</time>
						</p>
						<div class="inbox__body">{opened.body}</div>
						{opened.link && confirmation?.messageId !== opened.MessageId && (
							<p>
								<Button variant="link" onClick={() => confirmSubscription(opened)}>
									Confirm subscription
								</Button>
							</p>
						)}
						{error?.messageId === opened.MessageId && (
							<ErrorAlert title="The subscription could not be confirmed" message={error.error.message} />
						)}
						{confirmation?.messageId === opened.MessageId && (
							<section class="inbox__confirmed" aria-labelledby="inbox-confirmed" role="status">
								<h3 id="inbox-confirmed" tabIndex={-1}>
									Subscription confirmed!
								</h3>
								<p>You have successfully subscribed.</p>
								<p>
									Your subscription's id is: <span class="c-mono">{confirmation.subscriptionArn}</span>
								</p>
							</section>
						)}
					</article>
				)}
			</div>
		</Modal>
	);
}
