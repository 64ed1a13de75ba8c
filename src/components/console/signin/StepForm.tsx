import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { ErrorAlert } from '../ui/Alert';

/** A refusal of a sign-in step, counted so that the same message is announced again on a new try. */
export interface StepFailure {
	readonly error: SimError;
	readonly attempt: number;
}

/** The last refusal of a sign-in step, a way to report a new one, and a way to clear it. */
export function useStepFailure() {
	const [failure, setFailure] = useState<StepFailure | null>(null);
	return {
		failure,
		report: (error: SimError) => setFailure((last) => ({ error, attempt: (last?.attempt ?? 0) + 1 })),
		clear: () => setFailure(null),
	};
}

/**
 * A sign-in page's form: its last refusal shown first (and focused, so it is read out), tied to the
 * form by `aria-describedby`.
 */
export function StepForm(props: {
	label: string;
	errorId: string;
	/** The refusal's title, e.g. "Authentication failed". */
	title: string;
	failure: StepFailure | null;
	onSubmit: (event: Event) => void;
	children: ComponentChildren;
}) {
	const { failure } = props;
	return (
		<form
			onSubmit={props.onSubmit}
			noValidate
			aria-label={props.label}
			aria-describedby={failure ? props.errorId : undefined}
		>
			{failure && (
				<ErrorAlert id={props.errorId} title={props.title} message={failure.error.message} focusKey={failure.attempt} />
			)}
			{props.children}
		</form>
	);
}
