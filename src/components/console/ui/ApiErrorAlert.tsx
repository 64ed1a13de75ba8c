import type { SimError } from '@/simulator';
import { AccessDeniedDetails } from './AccessDeniedDetails';
import { Alert, ErrorAlert } from './Alert';
import { WhyDenied } from './WhyDenied';
import { errorTitle } from './error-title';

export interface CallErrorAlertProps {
	error: SimError;
	title?: string;
	id?: string;
	focusKey?: unknown;
	focusOnShow?: boolean;
}

/**
 * A failed simulator call: AWS's message word for word. A policy decision shows what today's
 * consoles show under **Access denied** (the refused request's facts, with **Copy**), then the
 * course's "Why?" disclosure. Takes focus when it appears so the failure is heard.
 */
export function CallErrorAlert({ error, title, id, focusKey, focusOnShow = true }: CallErrorAlertProps) {
	const idProp = id === undefined ? {} : { id };
	if (error.code === 'AccessDenied' && error.explanation) {
		return (
			<Alert type="error" title={title ?? 'Access denied'} focusOnShow={focusOnShow} focusKey={focusKey} {...idProp}>
				<AccessDeniedDetails explanation={error.explanation} message={error.message} />
				<WhyDenied explanation={error.explanation} />
			</Alert>
		);
	}
	return (
		<ErrorAlert
			title={title ?? errorTitle(error)}
			message={error.message}
			focusKey={focusKey}
			focusOnShow={focusOnShow}
			{...idProp}
		>
			{error.explanation && <WhyDenied explanation={error.explanation} />}
		</ErrorAlert>
	);
}
