import { useState } from 'preact/hooks';
import { lazyScreen } from '../shell/lazy-screen';
import { Button } from '../ui/Button';

const FORM_ID = 'sign-in-resync';

const SignInResyncForm = lazyScreen(() => import('./SignInResyncForm').then((m) => m.SignInResyncForm));

/**
 * **Resync MFA device** on the sign-in page's MFA step: two consecutive codes bring a device that is
 * out of sync back in step without signing in first (AWS lets the root user resync "with or without
 * completing the sign-in process", and prompts IAM users to resync when a device is out of sync).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html
 */
// SIMPLIFIED: AWS's exact labels on this part of the sign-in page are not documented.
export function SignInResync({ onResynced }: { onResynced: () => void }) {
	const [open, setOpen] = useState(false);
	return (
		<div class="c-signin__resync">
			<p>
				Codes not accepted? Your device may be out of sync.{' '}
				<Button variant="link" aria-expanded={open} aria-controls={FORM_ID} onClick={() => setOpen(!open)}>
					Resync MFA device
				</Button>
			</p>
			{open && (
				<div id={FORM_ID}>
					<SignInResyncForm id={`${FORM_ID}-form`} onClose={() => setOpen(false)} onResynced={onResynced} />
				</div>
			)}
		</div>
	);
}
