import { useState } from 'preact/hooks';
import { Button } from '../ui/Button';
import { groupSecret } from '../side/authenticator-store';

/** The device's base32 secret key, in groups of four for reading, with a copy button. */
export function SecretKey(props: { secret: string }) {
	const [copied, setCopied] = useState<string | null>(null);

	async function copy() {
		try {
			await navigator.clipboard.writeText(props.secret);
			setCopied('Secret key copied.');
		} catch {
			setCopied('Copying is blocked in this browser. Select the key and copy it yourself.');
		}
	}

	return (
		<div class="secret-key">
			<dl class="secret-key__pair">
				<dt>Secret key</dt>
				<dd class="secret-key__value c-mono" data-testid="mfa-secret-key" data-secret={props.secret}>
					{groupSecret(props.secret)}
				</dd>
			</dl>
			<Button onClick={() => void copy()}>Copy secret key</Button>
			<p class="secret-key__status" role="status">
				{copied}
			</p>
		</div>
	);
}
