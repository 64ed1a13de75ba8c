import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Button } from '../ui/Button';

export type InstanceAction = 'stop' | 'terminate';

/**
 * The **Instance state** button and its actions. A disclosure rather than an ARIA menu: a button that
 * shows two ordinary buttons, which keyboards and screen readers handle without special keys. Escape
 * closes it and returns focus to the button.
 */
export function InstanceStateMenu(props: { disabled: boolean; onChoose: (action: InstanceAction) => void }) {
	const [open, setOpen] = useState(false);
	const toggleRef = useRef<HTMLButtonElement>(null);
	const listId = `ec2-state-actions${useId()}`;
	useEffect(() => {
		if (props.disabled) setOpen(false);
	}, [props.disabled]);
	const choose = (action: InstanceAction) => {
		setOpen(false);
		// The action's button goes with the menu: the dialog that follows gives focus back to the toggle.
		toggleRef.current?.focus();
		props.onChoose(action);
	};
	return (
		<div
			class="ec2-menu"
			onKeyDown={(event) => {
				if (event.key === 'Escape' && open) {
					event.stopPropagation();
					setOpen(false);
					toggleRef.current?.focus();
				}
			}}
		>
			<button
				ref={toggleRef}
				type="button"
				class="c-btn"
				aria-expanded={open}
				aria-controls={listId}
				disabled={props.disabled}
				onClick={() => setOpen(!open)}
			>
				Instance state <span aria-hidden="true">{open ? '▴' : '▾'}</span>
			</button>
			{open && (
				<ul id={listId} class="ec2-menu__list">
					<li>
						<Button onClick={() => choose('stop')}>Stop instance</Button>
					</li>
					<li>
						<Button variant="danger" onClick={() => choose('terminate')}>
							Terminate (delete) instance
						</Button>
					</li>
				</ul>
			)}
		</div>
	);
}
