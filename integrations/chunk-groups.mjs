/**
 * Joins files that every page loading one of them loads together, at the same moment, so each
 * page downloads fewer, better-compressed files. Rollup gives each distinct set of importers its
 * own chunk; some of those sets differ only in ways no page sees (Preact's three modules, for
 * instance, are needed by every island on every page). Measured with `npm run budget`, each file
 * joined saves its own compression start-up and import list, about 0.1 KB gzip.
 *
 * Only groups whose members are loaded by exactly the same pages at the same time belong here:
 * joining anything else would make some page download code it does not use. The lists were made
 * from the built site (which pages load which file, with every island open) and are checked by
 * the budget's per-page figures.
 */

/** Chunk name → module ids (as Vite resolves them) that go in it, matched by their ending. */
const GROUPS = {
	// Every island's runtime: Preact, its hooks and JSX runtime, and Vite's preload helper.
	preact: [
		/node_modules\/preact\/dist\/preact\.module\.js$/,
		/node_modules\/preact\/hooks\/dist\/hooks\.module\.js$/,
		/node_modules\/preact\/jsx-runtime\/dist\/jsxRuntime\.module\.js$/,
		/vite\/preload-helper(\.js)?$/,
	],
};

/** @returns {import('vite').Plugin} */
export default function chunkGroups() {
	let client = false;
	return {
		name: 'course:chunk-groups',
		apply: 'build',
		configResolved(config) {
			// Only the browser's files: the pages are rendered at build time from Astro's own bundle.
			client = !config.build.ssr;
		},
		outputOptions(options) {
			if (!client) return null;
			return {
				...options,
				manualChunks(id) {
					for (const [name, members] of Object.entries(GROUPS)) {
						if (members.some((member) => member.test(id))) return name;
					}
					return undefined;
				},
			};
		},
	};
}
