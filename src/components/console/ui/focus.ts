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

/**
 * Focuses the first field, in the form's order, that has an error, so the learner lands on what to
 * fix; returns whether there was one. Fields are found by their `name`.
 */
export function focusFirstFieldWithError<Name extends string>(
	form: HTMLFormElement,
	order: readonly Name[],
	errors: Partial<Record<Name, string>>,
): boolean {
	const first = order.find((name) => errors[name]);
	if (first === undefined) return false;
	form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
	return true;
}
