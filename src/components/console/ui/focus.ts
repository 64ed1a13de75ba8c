/**
 * Moves focus once the next render has happened. Use it when the control the learner just pressed
 * disappears (an Edit button replaced by its form, a tile replaced by the next list): without it
 * focus falls back to the page and a screen reader loses its place.
 * @param target an element id, or a function that finds the element after the render
 */
export function focusAfterRender(target: string | (() => HTMLElement | null | undefined)): void {
	setTimeout(() => {
		const element = typeof target === 'string' ? document.getElementById(target) : target();
		element?.focus();
	}, 0);
}
