// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PRACTICE_ROOT } from '@/simulator';
import { ConsoleWorkspace } from '@/components/console/ConsoleWorkspace';
import { testStore } from '../console/support';

afterEach(cleanup);

describe('the practice account card', () => {
	it('gives only what a new account’s owner knows before signing in, so the account ID is found in the console', () => {
		render(<ConsoleWorkspace store={testStore()} initialRoute={{ screen: 'sign-in' }} />);
		const card = screen.getByRole('region', { name: 'Practice account' });
		expect(
			within(card)
				.getAllByRole('term')
				.map((term) => term.textContent),
		).toEqual(['Root user email address', 'Password']);
		expect(card.textContent).toContain(PRACTICE_ROOT.email);
		// Nowhere on the page before signing in, in either of the ways the console writes it.
		expect(document.body.textContent).not.toContain(PRACTICE_ROOT.accountId);
		expect(document.body.textContent).not.toContain('1111-2222-3333');
	});
});
