import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { Button } from './Button';
import './ui.css';

export interface ModalProps {
	open: boolean;
	title: string;
	onClose: () => void;
	children: ComponentChildren;
	footer?: ComponentChildren;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes it on Escape
 * and returns focus to the control that opened it.
 */
export function Modal({ open, title, onClose, children, footer }: ModalProps) {
	const ref = useRef<HTMLDialogElement>(null);
	const titleId = `m${useId()}`;
	useEffect(() => {
		const dialog = ref.current;
		if (!dialog) return;
		if (open && !dialog.open) {
			if (typeof dialog.showModal === 'function') dialog.showModal();
			else dialog.setAttribute('open', '');
		} else if (!open && dialog.open) {
			if (typeof dialog.close === 'function') dialog.close();
			else dialog.removeAttribute('open');
		}
	}, [open]);
	return (
		<dialog
			ref={ref}
			class="c-modal"
			aria-labelledby={titleId}
			onCancel={(event) => {
				event.preventDefault();
				onClose();
			}}
		>
			{open && (
				<>
					<div class="c-modal__header">
						<h2 id={titleId}>{title}</h2>
					</div>
					<div class="c-modal__body">{children}</div>
					{footer && <div class="c-modal__footer">{footer}</div>}
				</>
			)}
		</dialog>
	);
}

export interface ConfirmDialogProps {
	open: boolean;
	title: string;
	children: ComponentChildren;
	confirmLabel: string;
	cancelLabel?: string;
	/** Destructive actions get the danger style. */
	danger?: boolean;
	/** Keeps the confirm button disabled, e.g. until the learner has typed a confirmation. */
	confirmDisabled?: boolean;
	onConfirm: () => void;
	onCancel: () => void;
}

/** Asks before a destructive or hard-to-undo action; Cancel is focused first. */
export function ConfirmDialog({
	open,
	title,
	children,
	confirmLabel,
	cancelLabel = 'Cancel',
	danger = false,
	confirmDisabled = false,
	onConfirm,
	onCancel,
}: ConfirmDialogProps) {
	return (
		<Modal
			open={open}
			title={title}
			onClose={onCancel}
			footer={
				<>
					<Button autofocus onClick={onCancel}>
						{cancelLabel}
					</Button>
					<Button variant={danger ? 'danger' : 'primary'} disabled={confirmDisabled} onClick={onConfirm}>
						{confirmLabel}
					</Button>
				</>
			}
		>
			{children}
		</Modal>
	);
}
