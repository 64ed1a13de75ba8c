// ESLint: type-aware TypeScript rules, accessibility of Preact and Astro markup, and the
// architecture's import rules (eslint.boundaries.js). `npm run lint` allows no warnings.
// Formatting is Prettier's job (npm run format:check); eslint-config-prettier turns off the
// rules that would disagree with it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaryConfigs } from './eslint.boundaries.js';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.builds/',
			'node_modules/',
			'reports/',
			'test-results/',
			'playwright-report/',
			'public/',
			'tests/fixtures/lint/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: { ...globals.browser, ...globals.node },
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			eqeqeq: ['error', 'always'],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
		},
	},
	{
		files: ['tests/**/*.{ts,tsx}'],
		rules: {
			// Tests read JSON reports and saved states (JSON.parse gives `any`) and use vitest's
			// asymmetric matchers (`expect.any()` is typed `any`); checking those values is what the
			// assertions themselves do.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			// `expect(store.method)` and spies pass methods around without calling them.
			'@typescript-eslint/unbound-method': 'off',
		},
	},
	...astro.configs.recommended,
	// The accessibility rules of eslint-plugin-jsx-a11y, for Astro markup and Preact's JSX alike.
	...astro.configs['jsx-a11y-recommended'],
	{
		settings: {
			// Preact's JSX uses HTML attribute names (class, for); tell the plugin which props are labels.
			'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } },
		},
	},
	{
		// Type information for .astro files comes from Astro's own checker (`astro check`); the
		// type-aware rules cannot read Astro's component syntax.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs', '**/*.mdx/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
	...boundaryConfigs,
	prettier,
);
