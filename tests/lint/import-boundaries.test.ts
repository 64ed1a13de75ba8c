import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { boundaryConfigs, boundaryViolation } from '../../eslint.boundaries.js';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: boundaryConfigs });

/** Lints a deliberate violation in tests/fixtures/lint as if it lived at `pretendPath` in src/. */
async function lintFixtureAs(fixture: string, pretendPath: string) {
	const text = readFileSync(path.join(root, 'tests/fixtures/lint', fixture), 'utf8');
	const [result] = await eslint.lintText(text, { filePath: path.join(root, pretendPath) });
	return (result?.messages ?? []).map((message) => ({
		rule: message.ruleId,
		line: message.line,
		message: message.message,
	}));
}

describe('the architecture as lint rules', () => {
	it('refuses a simulator file that imports the store', async () => {
		const problems = await lintFixtureAs('simulator-imports-the-store.ts', 'src/simulator/iam/example.ts');
		expect(problems).toEqual([
			expect.objectContaining({
				rule: 'boundaries/import-boundaries',
				line: 2,
				message: expect.stringContaining('src/simulator may not import from src/store'),
			}),
		]);
	});

	it('refuses a UI or state package inside the simulator', async () => {
		const problems = await lintFixtureAs('simulator-imports-a-ui-package.ts', 'src/simulator/example.ts');
		expect(problems).toEqual([
			expect.objectContaining({ line: 2, message: expect.stringContaining("may not import the package 'zustand'") }),
		]);
	});

	it('refuses the clock, randomness and browser storage in the pure folders', async () => {
		const problems = await lintFixtureAs('simulator-reads-the-clock.ts', 'src/simulator/example.ts');
		expect(problems.map((p) => [p.rule, p.line])).toEqual([
			['no-restricted-properties', 2],
			['no-restricted-properties', 3],
			['no-restricted-syntax', 4],
			['no-restricted-globals', 5],
		]);
		// The same file outside the pure folders is fine.
		expect(await lintFixtureAs('simulator-reads-the-clock.ts', 'src/components/example.ts')).toEqual([]);
	});

	it('refuses a file of the simulator other than its index, by alias or by relative path', async () => {
		const problems = await lintFixtureAs('component-imports-a-simulator-file.ts', 'src/components/console/example.ts');
		expect(problems).toEqual([
			expect.objectContaining({ line: 2, message: expect.stringContaining("not '@/simulator/execute'") }),
			expect.objectContaining({ line: 3, message: expect.stringContaining("not '../../simulator/specs'") }),
		]);
	});

	it('keeps src/lib free of imports', async () => {
		const problems = await lintFixtureAs('lib-imports-the-simulator.ts', 'src/lib/example.ts');
		expect(problems).toEqual([
			expect.objectContaining({
				line: 2,
				message: expect.stringContaining('src/lib may not import from src/simulator'),
			}),
		]);
	});

	it('keeps the lessons pure', async () => {
		const problems = await lintFixtureAs('lessons-import-preact.ts', 'src/lessons/example.ts');
		expect(problems).toEqual([
			expect.objectContaining({ line: 2, message: expect.stringContaining("may not import the package 'preact'") }),
		]);
	});

	it('lets a lesson in MDX import components only', async () => {
		const problems = await lintFixtureAs('lesson-imports-logic.mdx', 'src/content/lessons/99-example.mdx');
		expect(problems).toEqual([
			expect.objectContaining({
				rule: 'boundaries/import-boundaries',
				line: 5,
				message: expect.stringContaining('src/content may not import from src/simulator'),
			}),
		]);
	});

	it('accepts what the architecture allows', async () => {
		expect(await lintFixtureAs('allowed-imports.ts', 'src/simulator/mfa/example.ts')).toEqual([]);
	});
});

describe('boundaryViolation', () => {
	it('judges a path by where it leads, not how it is written', () => {
		expect(boundaryViolation('src/simulator/iam/users.ts', '../state.ts')).toBeUndefined();
		expect(boundaryViolation('src/simulator/iam/users.ts', '../../store/sim-store')).toMatch(/src\/store/);
		expect(boundaryViolation('src/simulator/users.ts', '../store/sim-store')).toMatch(/src\/store/);
		expect(boundaryViolation('src/components/x.tsx', '@/simulator')).toBeUndefined();
		expect(boundaryViolation('src/components/x.tsx', '../simulator/index.ts')).toBeUndefined();
		expect(boundaryViolation('src/pages/x.astro', '@/simulator/state')).toMatch(/public index/);
	});
});
