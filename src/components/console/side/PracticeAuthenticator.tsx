import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { loadOnce } from '@/lib/load-once';
import type { FirstAction } from './AuthenticatorPanel';
import { AuthenticatorAddButtons } from './AuthenticatorAddButtons';
import { authenticatorHoldsSomething, getSetupOffer, subscribeSetupOffer } from './authenticator-signals';
import { useNarrowScreen } from './use-narrow-screen';
import './side.css';

type Panel = ComponentType<{ firstAction?: FirstAction | undefined }>;
const authenticatorPanel = loadOnce<Panel>(() => import('./AuthenticatorPanel').then((m) => m.AuthenticatorPanel));

/**
 * A phone-like authenticator for learners who would rather not use their own phone. It "scans" the
 * QR code the console is showing, or takes a typed secret key, and shows each account's current
 * six-digit code from real time, just like an authenticator app.
 *
 * Most pages never need it, so its working part (the codes, the saved accounts) downloads the
 * first time the learner uses it, or at once when it already holds accounts or the console shows a
 * QR code. Until then the panel shows what an empty authenticator shows.
 */
export function PracticeAuthenticator() {
	const narrow = useNarrowScreen();
	const [open, setOpen] = useState(false);
	const [Panel, setPanel] = useState<Panel | undefined>(authenticatorPanel.loaded);
	const [firstAction, setFirstAction] = useState<FirstAction | undefined>();
	const [failed, setFailed] = useState(false);
	const [offerOpen, setOfferOpen] = useState(() => getSetupOffer() !== null);
	const toggleRef = useRef<HTMLButtonElement>(null);
	const panelRef = useRef<HTMLElement>(null);
	const headingId = useId();
	const panelId = useId();

	function loadPanel(action?: FirstAction) {
		if (action) setFirstAction(action);
		setFailed(false);
		authenticatorPanel.load().then(
			(component) => setPanel(() => component),
			() => setFailed(true),
		);
	}

	useEffect(() => {
		if (authenticatorHoldsSomething() || getSetupOffer()) loadPanel();
		return subscribeSetupOffer(() => {
			const offer = getSetupOffer();
			setOfferOpen(offer !== null);
			if (offer) loadPanel();
		});
	}, []);

	useEffect(() => {
		if (!narrow || !open) return;
		panelRef.current?.focus();
		function onKey(event: KeyboardEvent) {
			if (event.key === 'Escape') {
				setOpen(false);
				toggleRef.current?.focus();
			}
		}
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [narrow, open]);

	const hidden = narrow && !open;

	return (
		<div class={`auth${narrow ? ' auth--drawer' : ''}${open ? ' is-open' : ''}`}>
			{narrow && (
				<button
					ref={toggleRef}
					type="button"
					class="c-btn auth__toggle"
					aria-expanded={open}
					aria-controls={panelId}
					onClick={() => {
						if (!open) loadPanel();
						setOpen(!open);
					}}
				>
					Practice authenticator
				</button>
			)}
			<section
				ref={panelRef}
				id={panelId}
				class="auth__phone"
				aria-labelledby={headingId}
				hidden={hidden}
				tabIndex={narrow ? -1 : undefined}
			>
				<div class="auth__head">
					<h2 id={headingId} class="auth__title">
						Practice authenticator
					</h2>
					{narrow && (
						<button
							type="button"
							class="c-btn c-btn--link"
							onClick={() => {
								setOpen(false);
								toggleRef.current?.focus();
							}}
						>
							Close
						</button>
					)}
				</div>
				<p class="auth__note">
					Works like an authenticator app on a phone. Codes use real time. For practice secrets of this simulated
					account only.
				</p>
				{Panel ? (
					<Panel firstAction={firstAction} />
				) : (
					<>
						{failed && (
							<p class="auth__notice" role="alert">
								The practice authenticator did not load. Check your internet connection, then press the button again.
							</p>
						)}
						<AuthenticatorAddButtons
							onScan={() => loadPanel('scan')}
							onEnterKey={() => loadPanel('enter-key')}
							keyFormOpen={false}
							offerOpen={offerOpen}
						/>
						<p class="auth__empty">No accounts yet.</p>
					</>
				)}
			</section>
		</div>
	);
}
