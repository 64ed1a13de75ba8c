/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		environment: 'node',
		setupFiles: ['tests/support/setup.ts'],
		// The JSON report feeds the one-line summary that CI prints (scripts/test-summary.mjs).
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
	},
});
