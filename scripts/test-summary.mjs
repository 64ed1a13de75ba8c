// Prints one closing line for the whole test run, summed over vitest and Playwright:
// "tests: N passed, N failed, N skipped". Reads the JSON reports the two runners write.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

if (existsSync('reports/vitest.json')) {
	const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
	passed += report.numPassedTests ?? 0;
	failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
	skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else missing.push('unit tests (reports/vitest.json)');

if (existsSync('reports/playwright.json')) {
	const { stats } = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
	passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
	failed += stats?.unexpected ?? 0;
	skipped += stats?.skipped ?? 0;
} else missing.push('browser tests (reports/playwright.json)');

if (missing.length > 0) {
	console.log(`Did not run: ${missing.join(', ')}.`);
	failed += missing.length;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
