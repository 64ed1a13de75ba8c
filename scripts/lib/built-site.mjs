// Shared by the gate scripts: where the build is, which pages it has, and a preview server for it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawn } from 'node:child_process';

/** The build folder: ASTRO_OUT_DIR when set (side-by-side builds), else dist/. */
export const distDir = process.env.ASTRO_OUT_DIR ?? join(process.cwd(), 'dist');

/** Every page of the build (its URL path and HTML), in path order. */
export function builtPages() {
	const pages = [];
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_astro' && name !== 'pagefind') walk(full);
			} else if (name === 'index.html') {
				const rel = relative(distDir, dir).split(sep).join('/');
				pages.push({ path: rel ? `/${rel}/` : '/', html: readFileSync(full, 'utf8') });
			}
		}
	};
	walk(distDir);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Starts `astro preview` on the port and waits until it answers; `stop()` ends it. */
export async function startPreview(port) {
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(
		process.execPath,
		['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{
			stdio: 'ignore',
		},
	);
	const stop = () => server.kill();
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`${base}/`)).ok) return { base, stop };
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	stop();
	throw new Error(`The preview server did not start on ${base}.`);
}

/** Prints rows of strings as a Markdown table, so the figures can be pasted into notes as they are. */
export function printTable(header, rows) {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	console.log(line(header));
	console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
	for (const row of rows) console.log(line(row));
}
