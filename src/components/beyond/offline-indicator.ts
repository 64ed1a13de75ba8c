/**
 * The offline line in the footer: what is kept for offline use, in a polite live region (a change of
 * state is announced without interrupting), and a button that keeps the whole course, with its size.
 */
export type OfflineState = 'preparing' | 'page' | 'data-saver' | 'keeping' | 'whole' | 'failed' | 'offline';

const TEXT: Record<Exclude<OfflineState, 'keeping'>, string> = {
	preparing: 'Preparing offline use…',
	page: 'This page is available offline, and so is every page you open from now on.',
	'data-saver': 'Data saver is on: pages you open are kept for offline use, and nothing else is downloaded.',
	whole: 'The whole course is available offline.',
	failed: 'Some files could not be downloaded, so not every page is available offline. Try again later.',
	offline: 'Offline: showing the saved copy',
};

export interface OfflineIndicator {
	/** Shows a state; `progress` is what has been downloaded so far while the whole course is kept. */
	show(state: OfflineState, progress?: { done: number; total: number }): void;
	/** Offers to keep the whole course (about `bytes` to download); hidden when `bytes` is undefined. */
	offerWholeCourse(bytes: number | undefined, onChoose: () => void): void;
	/** Removes the line and the button, when offline use turns out to be unavailable. */
	clear(): void;
}

/** "about 850 KB", "about 1.4 MB": a download size as a learner reads it. */
export function describeSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `about ${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `about ${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Adds the line (and room for the button) to the footer, or the end of the page, and returns its controls. */
export function mountOfflineIndicator(doc: Document = document): OfflineIndicator {
	const container = doc.createElement('div');
	container.className = 'offline';
	const status = doc.createElement('p');
	status.className = 'offline-status';
	status.setAttribute('role', 'status');
	status.setAttribute('aria-live', 'polite');
	status.dataset['offline'] = '';
	// The button sits outside the live region, so only the state is announced.
	const button = doc.createElement('button');
	button.type = 'button';
	button.className = 'button offline-keep';
	button.hidden = true;
	let onChoose: (() => void) | undefined;
	button.addEventListener('click', () => onChoose?.());
	container.append(status, button);
	(doc.querySelector('.site-footer') ?? doc.body).append(container);
	return {
		show(state, progress) {
			status.dataset['offline'] = state;
			status.textContent =
				state === 'keeping'
					? `Downloading the course for offline use: ${progress?.done ?? 0} of ${progress?.total ?? '…'} files…`
					: TEXT[state];
			// Nothing to offer while offline, while downloading, or once everything is kept.
			button.disabled = state === 'keeping';
			if (state === 'offline' || state === 'whole') button.hidden = true;
		},
		offerWholeCourse(bytes, choose) {
			onChoose = choose;
			button.hidden = bytes === undefined;
			if (bytes !== undefined) button.textContent = `Make the whole course available offline (${describeSize(bytes)})`;
		},
		clear() {
			status.dataset['offline'] = '';
			status.textContent = '';
			button.hidden = true;
		},
	};
}
