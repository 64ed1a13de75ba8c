import type { SimError } from '@/simulator';
import { ErrorAlert } from './Alert';
import { WhyDenied } from './WhyDenied';

export interface CallErrorAlertProps {
	error: SimError;
	title?: string;
	id?: string;
	focusKey?: unknown;
	focusOnShow?: boolean;
}

/**
 * A failed simulator call: AWS's message word for word, and for a policy decision the "Why?"
 * disclosure. Takes focus when it appears so the failure is heard.
 */
export function CallErrorAlert({ error, title, id, focusKey, focusOnShow = true }: CallErrorAlertProps) {
	return (
		<ErrorAlert
			title={title ?? (error.code === 'AccessDenied' ? 'Access denied' : 'The request failed')}
			message={error.message}
			focusKey={focusKey}
			focusOnShow={focusOnShow}
			{...(id === undefined ? {} : { id })}
		>
			{error.explanation && <WhyDenied explanation={error.explanation} />}
		</ErrorAlert>
	);
}
