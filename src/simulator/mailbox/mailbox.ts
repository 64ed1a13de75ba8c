import { nextSeq } from '../core/handler.ts';
import { uuidFor } from '../core/ids.ts';
import { MAILBOX_LIMIT, type MailMessage, type SimState } from '../state.ts';

/** Puts a message in the practice mailbox (newest last), returning its id. */
export function deliverMail(state: SimState, message: Omit<MailMessage, 'MessageId' | 'read'>): [SimState, string] {
	const [seq, next] = nextSeq(state);
	const MessageId = uuidFor(seq, 7);
	const full: MailMessage = { ...message, MessageId, read: false };
	const mailbox =
		next.mailbox.length >= MAILBOX_LIMIT
			? [...next.mailbox.slice(next.mailbox.length - MAILBOX_LIMIT + 1), full]
			: [...next.mailbox, full];
	return [{ ...next, mailbox }, MessageId];
}

/** The sender SNS uses for notification emails. UNCONFIRMED (see coverage doc). */
export const SNS_SENDER = 'AWS Notifications <no-reply@sns.amazonaws.com>';
