import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import {
	answerTouchRequest,
	browserStorage,
	getTouchRequest,
	loadPracticeKey,
	notifyCredentialsChanged,
	type PracticeCredential,
	savePracticeKey,
	subscribeCredentials,
	subscribeTouchRequest,
} from './practice-key-store';
import { useNarrowScreen } from './use-narrow-screen';
import './side.css';

/**
 * A pretend FIDO2 security key for learners who would rather not create a real passkey. When the
 * console asks for a passkey through it, the key "blinks" here: **Touch the key** lets it create a
 * key pair or sign, **Don't allow** refuses, as a real key and the browser's dialog would.
 */
export function PracticeSecurityKey() {
	const { announce } = useConsole();
	const narrow = useNarrowScreen();
	const [open, setOpen] = useState(false);
	const [loaded] = useState(() => loadPracticeKey(browserStorage()));
	const [credentials, setCredentials] = useState<readonly PracticeCredential[]>(loaded.credentials);
	const [request, setRequest] = useState(getTouchRequest);
	const [confirming, setConfirming] = useState<string | null>(null);
	const touchRef = useRef<HTMLButtonElement>(null);
	const toggleRef = useRef<HTMLButtonElement>(null);
	const headingId = useId();
	const panelId = useId();

	useEffect(
		() =>
			subscribeTouchRequest(() => {
				const next = getTouchRequest();
				setRequest(next);
				// A real key's prompt takes the learner's attention; this one opens and takes focus.
				if (next) setOpen(true);
			}),
		[],
	);
	useEffect(() => subscribeCredentials(() => setCredentials(loadPracticeKey(browserStorage()).credentials)), []);
	useEffect(() => {
		if (request) touchRef.current?.focus();
	}, [request]);

	function answer(touched: boolean) {
		answerTouchRequest(touched);
		announce(touched ? 'Practice security key touched.' : 'Practice security key request refused.');
	}

	function remove(credential: PracticeCredential) {
		const next = credentials.filter((c) => c.id !== credential.id);
		savePracticeKey(browserStorage(), next);
		notifyCredentialsChanged();
		setConfirming(null);
		announce(`Removed the passkey for ${credential.userName} from the practice security key.`);
	}

	const hidden = narrow && !open;
	return (
		<div class={`pkey${narrow ? ' pkey--drawer' : ''}`}>
			{narrow && (
				<button
					ref={toggleRef}
					type="button"
					class="c-btn"
					aria-expanded={open}
					aria-controls={panelId}
					onClick={() => setOpen(!open)}
				>
					Practice security key
				</button>
			)}
			<section id={panelId} class="pkey__body" aria-labelledby={headingId} hidden={hidden}>
				<h2 id={headingId} class="auth__title">
					Practice security key
				</h2>
				<p class="auth__note">
					A pretend security key for this practice site only: it makes real key pairs in this browser and signs with
					them, so the console checks it like a real passkey. It can never be used on AWS.
				</p>
				{loaded.damaged && (
					<p class="auth__notice">
						The saved practice security key could not be read, so it starts empty. A copy of the old data was kept in
						this browser.
					</p>
				)}
				<div role="status" class={request ? 'pkey__request' : undefined}>
					{request && (
						<p>
							{request.kind === 'create'
								? `The console asks for a new passkey for ${request.userName ?? 'this user'} on ${request.rpId}.`
								: `The console asks you to sign in on ${request.rpId}.`}
						</p>
					)}
				</div>
				{request ? (
					<div class="auth__add">
						<button ref={touchRef} type="button" class="c-btn c-btn--primary" onClick={() => answer(true)}>
							Touch the key
						</button>
						<button type="button" class="c-btn" onClick={() => answer(false)}>
							Don’t allow
						</button>
					</div>
				) : (
					<p class="auth__hint">Nothing to confirm. In the console, choose Use the practice security key.</p>
				)}
				{credentials.length > 0 && (
					<ul class="auth__list" aria-label="Passkeys on the practice security key">
						{credentials.map((credential) => (
							<li key={credential.id} class="auth__account">
								<p class="auth__account-name">
									<span class="auth__issuer">{credential.userName}</span>
									<span>
										{credential.rpId}, used {credential.signCount} {credential.signCount === 1 ? 'time' : 'times'}
									</span>
								</p>
								{confirming === credential.id ? (
									<div class="auth__actions">
										<button type="button" class="c-btn c-btn--danger" onClick={() => remove(credential)}>
											Yes, remove<span class="c-visually-hidden"> the passkey for {credential.userName}</span>
										</button>
										<button type="button" class="c-btn c-btn--link" onClick={() => setConfirming(null)}>
											Keep it
										</button>
									</div>
								) : (
									<button type="button" class="c-btn c-btn--link" onClick={() => setConfirming(credential.id)}>
										Remove<span class="c-visually-hidden"> the passkey for {credential.userName}</span>
									</button>
								)}
							</li>
						))}
					</ul>
				)}
			</section>
		</div>
	);
}
