import type { Page } from '@playwright/test';

/** Collects console errors, warnings and uncaught exceptions of a page, for a test to assert none. */
export function collectConsoleProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') {
			problems.push(`${message.type()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	return problems;
}
