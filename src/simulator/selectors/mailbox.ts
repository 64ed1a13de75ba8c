/** The practice mailbox, which the console's Inbox shows on every page. */
import type { MailMessage, SimState } from '../state.ts';

/** The practice mailbox, newest first, with the unread count. */
export function selectMailbox(state: SimState): { readonly messages: readonly MailMessage[]; readonly unread: number } {
	const messages = state.mailbox.slice().reverse();
	return { messages, unread: messages.filter((m) => !m.read).length };
}
