// Takes screenshots of pages of the built site, for looking at changes the way a learner sees them.
// Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> …]
// Env: WIDTH (default 1280), THEME (light|dark, default light), FULL=0 for the first screen only.
import { chromium } from '@playwright/test';

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
	console.error('Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> …]');
	process.exit(2);
}
const width = Number(process.env.WIDTH ?? 1280);
const theme = process.env.THEME === 'dark' ? 'dark' : 'light';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
for (const path of paths) {
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${theme}.png`;
	await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL !== '0' });
	console.log(`${outDir}/${name}`);
}
await browser.close();
