import { useState } from 'preact/hooks';
import type { PolicyExplanation } from '@/simulator';
import { Button } from './Button';
import { copyText } from './copy-text';
import { deniedRequestFacts, deniedRequestText } from './denied-request';
import './ui.css';

export interface AccessDeniedDetailsProps {
	explanation: PolicyExplanation;
	/** AWS's error message for the refused call, shown word for word under the box. */
	message: string;
}

/**
 * What today's consoles show under **Access denied**: "You don't have permission to …", then a box
 * listing the user, service, action, resource and context, with **Copy** so the learner can send it
 * to whoever manages their permissions.
 */
export function AccessDeniedDetails({ explanation, message }: AccessDeniedDetailsProps) {
	const [copyStatus, setCopyStatus] = useState('');
	const copy = async () => {
		const copied = await copyText(deniedRequestText(explanation));
		setCopyStatus(
			copied ? 'Copied.' : 'Your browser did not let this page copy. Select the text in the box and copy it yourself.',
		);
	};
	return (
		<div class="c-denied">
			<p>
				You don't have permission to <code class="c-mono">{explanation.action}</code>.
			</p>
			<p>To ask for access, copy these details and send them to whoever manages permissions in this account.</p>
			<div class="c-denied__box">
				<dl class="c-denied__facts">
					{deniedRequestFacts(explanation).map((fact) => (
						<div key={fact.term}>
							<dt>{fact.term}:</dt>
							<dd class={fact.term === 'Context' ? undefined : 'c-mono'}>{fact.value}</dd>
						</div>
					))}
				</dl>
				<Button onClick={() => void copy()}>Copy</Button>
			</div>
			<p class="c-denied__status" role="status">
				{copyStatus}
			</p>
			<p class="c-denied__message">{message}</p>
		</div>
	);
}
