import { useEffect, useState } from 'preact/hooks';
import { notifyCredentialsChanged, subscribeCredentials } from './practice-key-signals';
import { browserStorage, loadPracticeKey, type PracticeCredential, savePracticeKey } from './practice-key-store';

/**
 * The practice security key's passkeys: which site and user each is for, how often it signed, and
 * a way to remove it. Downloaded once the key holds something or is first used.
 */
export function PracticeKeyCredentials(props: { announce: (message: string) => void }) {
	const [loaded] = useState(() => loadPracticeKey(browserStorage()));
	const [credentials, setCredentials] = useState<readonly PracticeCredential[]>(loaded.credentials);
	const [confirming, setConfirming] = useState<string | null>(null);
	useEffect(() => subscribeCredentials(() => setCredentials(loadPracticeKey(browserStorage()).credentials)), []);

	function remove(credential: PracticeCredential) {
		savePracticeKey(
			browserStorage(),
			credentials.filter((c) => c.id !== credential.id),
		);
		notifyCredentialsChanged();
		setConfirming(null);
		props.announce(`Removed the passkey for ${credential.userName} from the practice security key.`);
	}

	return (
		<>
			{loaded.damaged && (
				<p class="auth__notice">
					The saved practice security key could not be read, so it starts empty. A copy of the old data was kept in this
					browser.
				</p>
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
		</>
	);
}
