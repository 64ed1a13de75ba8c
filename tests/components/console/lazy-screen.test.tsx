// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '@/components/console/shell/lazy-screen';
import { ScreenReadyContext } from '@/components/console/shell/screen-ready';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
	return <h2>Hello {name}</h2>;
}

/** A loader the test settles by hand, to see each state in turn. */
function controlledLoader() {
	const attempts: { resolve: (value: typeof Greeting) => void; reject: (error: Error) => void }[] = [];
	const load = vi.fn(
		() =>
			new Promise<typeof Greeting>((resolve, reject) => {
				attempts.push({ resolve, reject });
			}),
	);
	return { load, attempts };
}

describe('lazyScreen', () => {
	it('says Loading… politely, then shows the screen and reports it ready once', async () => {
		const { load, attempts } = controlledLoader();
		const LazyGreeting = lazyScreen(load);
		const ready = vi.fn();
		render(
			<ScreenReadyContext.Provider value={ready}>
				<LazyGreeting name="Ada" />
			</ScreenReadyContext.Provider>,
		);
		expect(screen.getByRole('status').textContent).toBe('Loading…');
		expect(ready).not.toHaveBeenCalled();
		attempts[0]?.resolve(Greeting);
		expect(await screen.findByRole('heading', { name: 'Hello Ada' })).toBeTruthy();
		await waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
	});

	it('renders at once on a later visit, without downloading again or reporting late readiness', async () => {
		const { load, attempts } = controlledLoader();
		const LazyGreeting = lazyScreen(load);
		const first = render(<LazyGreeting name="Ada" />);
		attempts[0]?.resolve(Greeting);
		await screen.findByRole('heading', { name: 'Hello Ada' });
		first.unmount();

		const ready = vi.fn();
		render(
			<ScreenReadyContext.Provider value={ready}>
				<LazyGreeting name="Grace" />
			</ScreenReadyContext.Provider>,
		);
		expect(screen.getByRole('heading', { name: 'Hello Grace' })).toBeTruthy();
		expect(load).toHaveBeenCalledTimes(1);
		expect(ready).not.toHaveBeenCalled();
	});

	it('explains a failed download and tries again on request', async () => {
		const { load, attempts } = controlledLoader();
		const LazyGreeting = lazyScreen(load);
		render(<LazyGreeting name="Ada" />);
		attempts[0]?.reject(new Error('Failed to fetch dynamically imported module'));
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('This page did not load');
		expect(alert.textContent).toContain('Check your internet connection');

		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(await screen.findByText('Loading…')).toBeTruthy();
		expect(load).toHaveBeenCalledTimes(2);
		attempts[1]?.resolve(Greeting);
		expect(await screen.findByRole('heading', { name: 'Hello Ada' })).toBeTruthy();
	});
});
