import { useState } from 'preact/hooks';
import { takeFlash, type FlashTarget } from '../side/flash';
import { Alert } from './Alert';

/** The message a wizard left for this screen ("Successfully created alarm …"), shown once. */
export function FlashAlert({ target }: { target: FlashTarget }) {
	const [flash] = useState(() => takeFlash(target));
	if (!flash) return null;
	return (
		<Alert type={flash.type} title={flash.title} live="status">
			<p>{flash.body}</p>
		</Alert>
	);
}
