import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ConfirmDialogProps {
	open: boolean;
	title: string;
	children: ComponentChildren;
	confirmLabel: string;
	onConfirm: () => void;
	/** Called for Cancel, Escape, or any other way of closing without confirming. */
	onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: the browser traps focus and closes on Escape. Focus starts on
 * Cancel, the safe choice; the caller puts focus back where the learner was.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
	const dialogRef = useRef<HTMLDialogElement>(null);
	const cancelRef = useRef<HTMLButtonElement>(null);
	const confirmedRef = useRef(false);
	const titleId = `confirm-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

	useEffect(() => {
		const dialog = dialogRef.current;
		if (!dialog) return;
		if (open && !dialog.open) {
			confirmedRef.current = false;
			dialog.showModal();
			cancelRef.current?.focus();
		} else if (!open && dialog.open) {
			dialog.close();
		}
	}, [open]);

	function handleClose(): void {
		if (confirmedRef.current) onConfirm();
		else onCancel();
	}

	return (
		<dialog ref={dialogRef} class="confirm-dialog" aria-labelledby={titleId} onClose={handleClose}>
			<h2 id={titleId} class="confirm-dialog__title">
				{title}
			</h2>
			<div class="confirm-dialog__body">{children}</div>
			<div class="confirm-dialog__actions">
				<button ref={cancelRef} type="button" class="button" onClick={() => dialogRef.current?.close()}>
					Cancel
				</button>
				<button
					type="button"
					class="button button--danger"
					onClick={() => {
						confirmedRef.current = true;
						dialogRef.current?.close();
					}}
				>
					{confirmLabel}
				</button>
			</div>
		</dialog>
	);
}
