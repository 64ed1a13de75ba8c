import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { selectMfaRegistrationRequired } from '@/simulator';
import { useConsole } from '../console-context';
import { formatAccountId, identityLabel } from './identity';

/**
 * The account menu at the right of the navigation bar: a disclosure button that shows who is
 * signed in and opens the account ID, "Security credentials" and "Sign out" (only "Sign out" while
 * the root user must register MFA).
 */
export function AccountMenu() {
	const { state, call, whenReady, navigate, announce } = useConsole();
	const [open, setOpen] = useState(false);
	const panelId = `acct${useId()}`;
	const buttonRef = useRef<HTMLButtonElement>(null);
	const wrapRef = useRef<HTMLDivElement>(null);

	useEffect(() => {
		if (!open) return;
		const onPointer = (event: Event) => {
			if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
		};
		document.addEventListener('mousedown', onPointer);
		return () => document.removeEventListener('mousedown', onPointer);
	}, [open]);

	if (!state.session) return null;
	const label = identityLabel(state);
	const close = () => {
		setOpen(false);
		buttonRef.current?.focus();
	};
	return (
		<div
			class="c-account"
			ref={wrapRef}
			onKeyDown={(event) => {
				if (event.key === 'Escape' && open) {
					event.preventDefault();
					close();
				}
			}}
		>
			<button
				ref={buttonRef}
				type="button"
				class="c-account__button"
				aria-expanded={open}
				aria-controls={panelId}
				onClick={() => setOpen(!open)}
			>
				<span class="c-visually-hidden">Account menu, signed in as </span>
				{label}
				<span aria-hidden="true"> ▾</span>
			</button>
			<div id={panelId} class="c-account__panel" hidden={!open}>
				<dl class="c-account__facts">
					<dt>Account ID</dt>
					<dd class="c-mono">{formatAccountId(state.account.accountId)}</dd>
					{state.session.principal.type === 'IAMUser' && (
						<>
							<dt>IAM user</dt>
							<dd>{state.session.principal.userName}</dd>
						</>
					)}
				</dl>
				<ul class="c-account__actions">
					{!selectMfaRegistrationRequired(state) && (
						<li>
							<button
								type="button"
								class="c-account__item"
								onClick={() => {
									setOpen(false);
									navigate({ screen: 'security-credentials' });
								}}
							>
								Security credentials
							</button>
						</li>
					)}
					<li>
						<button
							type="button"
							class="c-account__item"
							onClick={() => {
								setOpen(false);
								whenReady(() => {
									call({ op: 'ConsoleLogout', input: {} });
									announce('You signed out.');
									navigate({ screen: 'sign-in' });
								});
							}}
						>
							Sign out
						</button>
					</li>
				</ul>
			</div>
		</div>
	);
}
