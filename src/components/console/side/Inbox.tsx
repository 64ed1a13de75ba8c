import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { loadOnce } from '@/lib/load-once';
import { selectMailbox } from '@/simulator';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import './side.css';

type Dialog = ComponentType<{ open: boolean; onClose: () => void }>;
const inboxDialog = loadOnce<Dialog>(() => import('./InboxDialog').then((m) => m.InboxDialog));

/**
 * The practice mailbox's button, with the number of unread messages: the root user's email and
 * any address subscribed to a topic arrive here. The mailbox's window downloads the first time it
 * opens; if that fails, the learner is told and can press the button again.
 */
export function Inbox() {
	const { state, announce } = useConsole();
	const [open, setOpen] = useState(false);
	const [Dialog, setDialog] = useState<Dialog | undefined>(inboxDialog.loaded);
	const { unread } = selectMailbox(state);
	const label = unread === 0 ? 'Inbox' : `Inbox, ${unread} unread`;

	function openInbox() {
		inboxDialog.load().then(
			(component) => {
				setDialog(() => component);
				setOpen(true);
			},
			() => announce('The practice inbox did not load. Check your internet connection, then try again.'),
		);
	}

	return (
		<>
			<Button class="inbox__toggle" aria-label={label} onClick={openInbox}>
				<span aria-hidden="true">Inbox</span>
				{unread > 0 && (
					<span class="inbox__count" aria-hidden="true">
						{unread}
					</span>
				)}
			</Button>
			{Dialog && <Dialog open={open} onClose={() => setOpen(false)} />}
		</>
	);
}
