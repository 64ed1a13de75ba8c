// Prints which source files make up a built chunk, by raw bytes, largest first: where a page's
// JavaScript comes from. Build with source maps first, into a folder of its own:
//   SOURCEMAP=1 ASTRO_OUT_DIR=/tmp/map-dist ASTRO_CACHE_DIR=/tmp/map-cache npx astro build
//   node scripts/chunk-sources.mjs /tmp/map-dist/_astro/ConsoleWorkspace.*.js
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

for (const file of process.argv.slice(2)) {
	const code = readFileSync(file, 'utf8');
	const lines = code.split('\n');
	const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
	const mappings = [];
	map.eachMapping((mapping) => mappings.push(mapping));
	mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
	// Each generated character belongs to the source of the mapping that starts before it.
	const bytes = new Map();
	mappings.forEach((mapping, index) => {
		const next = mappings[index + 1];
		const end =
			next && next.generatedLine === mapping.generatedLine
				? next.generatedColumn
				: lines[mapping.generatedLine - 1].length;
		const source = (mapping.source ?? '(unmapped)').replace(/.*\/(src|node_modules)\//, '$1/');
		bytes.set(source, (bytes.get(source) ?? 0) + end - mapping.generatedColumn);
	});
	console.log(`${file}: ${(code.length / 1024).toFixed(1)} KB raw`);
	for (const [source, size] of [...bytes].sort((a, b) => b[1] - a[1])) {
		console.log(`${(size / 1024).toFixed(2).padStart(7)}  ${source}`);
	}
}
