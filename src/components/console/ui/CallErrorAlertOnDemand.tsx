import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from '@/lib/load-once';
import type { CallErrorAlertProps } from './ApiErrorAlert';
import { ErrorAlert } from './Alert';
import { errorTitle } from './error-title';

const callErrorAlert = loadOnce(() => import('./ApiErrorAlert').then((m) => m.CallErrorAlert));

/**
 * {@link CallErrorAlert}, downloaded the first time a screen has an error to show. For a screen
 * that shows before the simulator's operations (the root user's Users list): its errors only come
 * from them, so the Access denied details and "Why?" need not travel with the screen. If the
 * download fails, AWS's message is still shown, in a plain error box.
 */
export function CallErrorAlertOnDemand(props: CallErrorAlertProps) {
	const [Alert, setAlert] = useState(callErrorAlert.loaded);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		if (Alert) return;
		callErrorAlert.load().then(
			(component) => setAlert(() => component),
			() => setFailed(true),
		);
	}, []);
	if (Alert) return <Alert {...props} />;
	if (!failed) return null;
	const { error, title, id, focusOnShow = true, focusKey } = props;
	return (
		<ErrorAlert
			title={title ?? errorTitle(error)}
			message={error.message}
			focusOnShow={focusOnShow}
			focusKey={focusKey}
			{...(id === undefined ? {} : { id })}
		/>
	);
}
