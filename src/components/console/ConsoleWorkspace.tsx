import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useStore, type SimStore } from '@/store';
import { ConsoleFrame, ConsoleProvider, loadSimulatorOnFirstUse } from './Console';
import { useConsole } from './console-context';
import { PracticeAccountCard } from './PracticeAccountCard';
import type { Route } from './routes';
import { FastForward } from './side/FastForward';
import { Inbox } from './side/Inbox';
import { NarrowDisclosure } from './side/NarrowDisclosure';
import { PracticeAuthenticator } from './side/PracticeAuthenticator';
import { PracticeSecurityKey } from './side/PracticeSecurityKey';
import { Alert } from './ui/Alert';
import { Button } from './ui/Button';
import { ConfirmDialog } from './ui/Modal';
import './workspace.css';

export interface ConsoleWorkspaceProps {
	store: SimStore;
	initialRoute?: Route | undefined;
	/** More buttons for the toolbar (a lab adds its own, e.g. hints). */
	extraToolbar?: ComponentChildren;
}

/**
 * The console with its practice tools: the practice account card, inbox, authenticator, security
 * key and billing clock beside it on wide screens (on phones, one compact row of buttons above it, so the
 * account details and the Inbox are never a long scroll away), save notices above it,
 * and Undo / Reset.
 */
export function ConsoleWorkspace({ store, initialRoute, extraToolbar }: ConsoleWorkspaceProps) {
	return (
		<ConsoleProvider store={store} initialRoute={initialRoute}>
			<div class="c-workspace" {...loadSimulatorOnFirstUse(store.preloadSimulator)}>
				<StoreNotice store={store} />
				<WorkspaceToolbar store={store} extra={extraToolbar} />
				<div class="c-workspace__layout">
					<aside class="c-workspace__side" aria-label="Practice tools">
						<NarrowDisclosure label="Practice account">
							<PracticeAccountCard />
						</NarrowDisclosure>
						<div class="c-side-card c-workspace__inbox">
							<Inbox />
						</div>
						<PracticeAuthenticator />
						<PracticeSecurityKey />
						<NarrowDisclosure label="Billing clock">
							<FastForward />
						</NarrowDisclosure>
					</aside>
					<div class="c-workspace__console">
						<ConsoleFrame />
					</div>
				</div>
			</div>
		</ConsoleProvider>
	);
}

function StoreNotice({ store }: { store: SimStore }) {
	const notice = useStore(store, (state) => state.notice);
	// The live region exists before any message, so a notice that appears later is announced.
	return (
		<div role="status" class="c-workspace__notice">
			{notice && (
				<Alert
					type={notice.kind === 'not-saved' || notice.kind === 'changed-elsewhere' ? 'warning' : 'info'}
					title="About your saved practice account"
					onDismiss={store.dismissNotice}
				>
					<p>{notice.message}</p>
				</Alert>
			)}
		</div>
	);
}

function WorkspaceToolbar({ store, extra }: { store: SimStore; extra: ComponentChildren }) {
	const { announce, navigate } = useConsole();
	const canUndo = useStore(store, (state) => state.history.length > 0);
	const [confirmReset, setConfirmReset] = useState(false);
	return (
		<div class="c-workspace__toolbar" role="group" aria-label="Practice account controls">
			<Button
				disabled={!canUndo}
				onClick={() => {
					if (store.undo()) announce('The last console action was undone.');
				}}
			>
				Undo
			</Button>
			<Button variant="danger" onClick={() => setConfirmReset(true)}>
				Reset
			</Button>
			{extra}
			<ConfirmDialog
				open={confirmReset}
				title="Reset the practice account?"
				confirmLabel="Reset"
				danger
				onCancel={() => setConfirmReset(false)}
				onConfirm={() => {
					setConfirmReset(false);
					store.reset();
					navigate({ screen: 'sign-in' });
					announce('The practice account was reset to its starting state.');
				}}
			>
				<p>
					Everything you did in this practice account is removed and it goes back to how it started. Your course
					progress is kept. This cannot be undone.
				</p>
			</ConfirmDialog>
		</div>
	);
}
