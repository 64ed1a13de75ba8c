import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from './Button';
import './ui.css';

export type AlertType = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
	type?: AlertType;
	title?: string;
	children?: ComponentChildren;
	/** Lets a form point at the alert with aria-describedby. */
	id?: string;
	/**
	 * Moves focus to the alert when it appears (and whenever focusKey changes), so keyboard and
	 * screen-reader users land on the message. Focus already makes screen readers read it, so
	 * a focused alert does not also use role="alert".
	 */
	focusOnShow?: boolean;
	/** Change it to move focus again (for example, a second failed attempt with the same text). */
	focusKey?: unknown;
	/** role="status" for messages that should be announced politely without moving focus. */
	live?: 'status' | 'alert';
	onDismiss?: () => void;
	dismissLabel?: string;
}

/** A coloured message box: info, success, warning or error. */
export function Alert({
	type = 'info',
	title,
	children,
	id,
	focusOnShow = false,
	focusKey,
	live,
	onDismiss,
	dismissLabel = 'Dismiss',
}: AlertProps) {
	const ref = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (focusOnShow) ref.current?.focus();
	}, [focusOnShow, focusKey]);
	return (
		<div ref={ref} id={id} class={`c-alert c-alert--${type}`} role={live} tabIndex={focusOnShow ? -1 : undefined}>
			<div class="c-alert__body">
				{title && <p class="c-alert__title">{title}</p>}
				{children}
			</div>
			{onDismiss && (
				<div>
					<Button variant="link" onClick={onDismiss}>
						{dismissLabel}
					</Button>
				</div>
			)}
		</div>
	);
}

export interface ErrorAlertProps {
	id?: string;
	title?: string;
	message: string;
	children?: ComponentChildren;
	/** Defaults to true: a failed action moves focus to its error. */
	focusOnShow?: boolean;
	focusKey?: unknown;
}

/** The error box a form shows after a failed action; it takes focus so the failure is heard. */
export function ErrorAlert({ id, title, message, children, focusOnShow = true, focusKey }: ErrorAlertProps) {
	return (
		<Alert
			type="error"
			{...(id === undefined ? {} : { id })}
			{...(title === undefined ? {} : { title })}
			focusOnShow={focusOnShow}
			focusKey={focusKey}
		>
			<p>{message}</p>
			{children}
		</Alert>
	);
}
