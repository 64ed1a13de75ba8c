import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useNarrowScreen } from './use-narrow-screen';

/**
 * On a phone the practice tools sit above the console in one compact row, so a tall panel (the
 * practice account's details, the billing clock) folds behind a button until it is wanted. On
 * wider screens, where the tools have their own column, the panel is simply shown.
 */
export function NarrowDisclosure({ label, children }: { label: string; children: ComponentChildren }) {
	const narrow = useNarrowScreen();
	const [open, setOpen] = useState(false);
	const panelId = useId();
	if (!narrow) return <>{children}</>;
	return (
		<div class={`c-disclosure${open ? ' is-open' : ''}`}>
			<button
				type="button"
				class="c-btn c-disclosure__toggle"
				aria-expanded={open}
				aria-controls={panelId}
				onClick={() => setOpen(!open)}
			>
				{label}
			</button>
			<div id={panelId} class="c-disclosure__panel" hidden={!open}>
				{children}
			</div>
		</div>
	);
}
