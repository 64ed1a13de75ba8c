import type { ComponentChildren } from 'preact';

/**
 * A screen's main heading. The console moves focus here after every navigation, so it can take
 * focus (tabIndex -1) without joining the tab order.
 */
export function ScreenHeading({ id, children }: { id?: string; children: ComponentChildren }) {
	return (
		<h2 id={id} class="c-screen__title" tabIndex={-1} data-screen-heading>
			{children}
		</h2>
	);
}
