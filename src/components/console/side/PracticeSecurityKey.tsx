import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { loadOnce } from '@/lib/load-once';
import { useConsole } from '../console-context';
import {
	answerTouchRequest,
	getTouchRequest,
	keyHoldsSomething,
	subscribeCredentials,
	subscribeTouchRequest,
} from './practice-key-signals';
import { useNarrowScreen } from './use-narrow-screen';
import './side.css';

type CredentialsList = ComponentType<{ announce: (message: string) => void }>;
const credentialsList = loadOnce(() => import('./PracticeKeyCredentials').then((m) => m.PracticeKeyCredentials));

/**
 * A pretend FIDO2 security key for learners who would rather not create a real passkey. When the
 * console asks for a passkey through it, the key "blinks" here: **Touch the key** lets it create a
 * key pair or sign, **Don't allow** refuses, as a real key and the browser's dialog would. The list
 * of its passkeys downloads once it holds any.
 */
export function PracticeSecurityKey() {
	const { announce } = useConsole();
	const narrow = useNarrowScreen();
	const [open, setOpen] = useState(false);
	const [request, setRequest] = useState(getTouchRequest);
	const [List, setList] = useState<CredentialsList | undefined>(credentialsList.loaded);
	const touchRef = useRef<HTMLButtonElement>(null);
	const headingId = useId();
	const panelId = useId();

	useEffect(() => {
		const showList = () =>
			void credentialsList.load().then(
				(component) => setList(() => component),
				() => undefined,
			);
		if (keyHoldsSomething()) showList();
		const stopCredentials = subscribeCredentials(showList);
		const stopRequests = subscribeTouchRequest(() => {
			const next = getTouchRequest();
			setRequest(next);
			// A real key's prompt takes the learner's attention; this one opens and takes focus.
			if (next) setOpen(true);
		});
		return () => {
			stopCredentials();
			stopRequests();
		};
	}, []);
	useEffect(() => {
		if (request) touchRef.current?.focus();
	}, [request]);

	function answer(touched: boolean) {
		answerTouchRequest(touched);
		announce(touched ? 'Practice security key touched.' : 'Practice security key request refused.');
	}

	return (
		<div class={`pkey${narrow ? ' pkey--drawer' : ''}`}>
			{narrow && (
				<button type="button" class="c-btn" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
					Practice security key
				</button>
			)}
			<section id={panelId} class="pkey__body" aria-labelledby={headingId} hidden={narrow && !open}>
				<h2 id={headingId} class="auth__title">
					Practice security key
				</h2>
				<p class="auth__note">
					A pretend security key for this practice site only: it makes real key pairs in this browser and signs with
					them, so the console checks it like a real passkey. It can never be used on AWS.
				</p>
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
				{List && <List announce={announce} />}
			</section>
		</div>
	);
}
