/**
 * The "available offline" indicator: one short line in the footer, in a polite live region, so a
 * change of state is announced without interrupting.
 */
export type OfflineState = 'preparing' | 'ready' | 'offline';

const TEXT: Record<OfflineState, string> = {
	preparing: 'Preparing offline use…',
	ready: 'Available offline',
	offline: 'Offline: showing the saved copy',
};

export interface OfflineIndicator {
	show(state: OfflineState): void;
	/** Removes the text, when offline use turns out to be unavailable. */
	clear(): void;
}

/** Adds the indicator to the footer (or the end of the page) and returns a way to update it. */
export function mountOfflineIndicator(doc: Document = document): OfflineIndicator {
	const element = doc.createElement('p');
	element.className = 'offline-status';
	element.setAttribute('role', 'status');
	element.setAttribute('aria-live', 'polite');
	element.dataset['offline'] = '';
	(doc.querySelector('.site-footer') ?? doc.body).append(element);
	return {
		show(state) {
			element.dataset['offline'] = state;
			element.textContent = TEXT[state];
		},
		clear() {
			element.dataset['offline'] = '';
			element.textContent = '';
		},
	};
}
