import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const distDir = process.env.ASTRO_OUT_DIR ?? join(process.cwd(), 'dist');

/** Every page of the built site (its URL path), read from dist/ so new pages are covered automatically. */
export function builtPagePaths(): string[] {
	const paths: string[] = [];
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name === '_astro' || name === 'pagefind') continue;
				walk(full);
			} else if (name === 'index.html') {
				const rel = relative(distDir, dir).replaceAll(sep, '/');
				paths.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(distDir);
	if (paths.length === 0) throw new Error('No built pages in dist/: run `npm run build` first.');
	return paths.sort();
}
