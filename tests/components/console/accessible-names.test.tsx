// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Console } from '@/components/console/Console';
import { testStore, signInPageArrived } from './support';

afterEach(cleanup);

/** The text of the elements an element's aria-describedby points at. */
function descriptionOf(element: HTMLElement): string {
	const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
	return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('controls are named by their label and described by their help', () => {
	it('names a radio tile by its label alone and attaches its help as the description', async () => {
		render(<Console store={testStore()} />);
		await signInPageArrived();
		const root = screen.getByRole('radio', { name: 'Root user' });
		expect(descriptionOf(root)).toBe('Account owner that performs tasks requiring unrestricted access.');
		expect(screen.getByRole('radio', { name: 'IAM user' })).toBeTruthy();
	});

	it('names a service search result by the service and describes it by its summary', () => {
		render(<Console store={testStore({ signedInAsRoot: true })} />);
		const search = screen.getByRole('combobox', { name: 'Search for services' });
		fireEvent.input(search, { target: { value: 'cloudwatch' } });
		const option = screen.getByRole('option', { name: 'CloudWatch' });
		expect(descriptionOf(option)).toBe('Monitor resources and applications');
	});
});
