/**
 * The architecture's import rules, checked by ESLint (see CONTRIBUTING.md, "The dependency rule").
 *
 *   pages, layouts ─┐
 *   content (MDX) ──┴─> components ──> store ──> simulator (index.ts only)
 *                           ├──────> lessons ──> simulator
 *                           └──────> simulator (types, selectors)
 *   simulator ──> nothing outside src/simulator (plus src/lib and its hashing library)
 *   lib ──> nothing
 *
 * One rule resolves every import to a file of the project or a package and checks it against the
 * importing file's layer. It resolves paths instead of matching strings, so `../../store/x` from
 * one folder and `../store/x` from another are judged alike, which `no-restricted-imports`
 * patterns cannot do. MDX lessons are checked too: a processor hands the rule their import lines.
 */
import path from 'node:path';

/** Folders of `src/` and what each may import besides itself. */
const LAYERS = {
	simulator: { folders: ['lib'], packages: ['@noble/hashes', '@noble/curves', '@levischuck/tiny-cbor'] },
	lib: { folders: [], packages: [] },
	lessons: { folders: ['simulator', 'lib'], packages: [] },
	store: { folders: ['simulator', 'lib'], packages: ['zustand', 'preact'] },
	components: { folders: ['simulator', 'store', 'lessons', 'lib', 'site', 'styles', 'scripts'], packages: '*' },
	content: { folders: ['components'], packages: [] },
};

/** Where an import leads: a project path (relative to the root, with `/`) or a package name. */
function resolveTarget(specifier, importerPath) {
	if (specifier.startsWith('.')) {
		return { file: path.posix.normalize(path.posix.join(path.posix.dirname(importerPath), specifier)) };
	}
	if (specifier.startsWith('@/')) return { file: `src/${specifier.slice(2)}` };
	const parts = specifier.split('/');
	return { pkg: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier).split(':')[0] };
}

/** The folder of `src/` a project path is in (`simulator` for `src/simulator/iam/users.ts`). */
function folderOf(projectPath) {
	const match = /^src\/([^/]+)(?:\/|$)/.exec(projectPath);
	return match ? match[1] : undefined;
}

/** The simulator's public modules: its index, and the WebAuthn checks that pages download on demand. */
function isSimulatorIndex(projectPath) {
	return /^src\/simulator(\/index(\.ts)?|\/webauthn(\.ts)?)?$/.test(projectPath);
}

/** Why `importer` may not import `target`, or undefined when it may. */
export function boundaryViolation(importerPath, specifier) {
	const from = folderOf(importerPath);
	if (from === undefined) return undefined;
	const target = resolveTarget(specifier, importerPath);
	const layer = Object.prototype.hasOwnProperty.call(LAYERS, from) ? LAYERS[from] : undefined;
	if (target.file !== undefined) {
		const to = folderOf(target.file);
		if (to === from) return undefined;
		if (to === 'simulator' && !isSimulatorIndex(target.file)) {
			return `Import the simulator through its public index ('@/simulator', or '@/simulator/webauthn' for the WebAuthn checks), not '${specifier}': its files are private to it.`;
		}
		if (layer && !layer.folders.includes(to ?? '')) {
			return `src/${from} may not import from ${to ? `src/${to}` : target.file} ('${specifier}'). ${ALLOWED_TEXT[from]}`;
		}
		return undefined;
	}
	if (!layer || layer.packages === '*') return undefined;
	if (target.pkg && !layer.packages.includes(target.pkg)) {
		return `src/${from} may not import the package '${target.pkg}'. ${ALLOWED_TEXT[from]}`;
	}
	return undefined;
}

const ALLOWED_TEXT = {
	simulator: 'The simulator is pure: it imports only itself, src/lib, @noble hashing and curves, and a CBOR decoder.',
	lib: 'src/lib holds small helpers with no dependencies: it imports nothing.',
	lessons: 'Lessons are pure like the simulator: they import @/simulator and src/lib only.',
	store: 'The store imports @/simulator, src/lib, zustand and preact hooks only.',
	components: 'Components do not import pages, layouts or content.',
	content: 'Lessons in MDX import components only, never logic.',
};

/** @type {import('eslint').Rule.RuleModule} */
const importBoundaries = {
	meta: {
		type: 'problem',
		docs: { description: 'Keeps each folder of src/ to the imports the architecture allows.' },
		schema: [],
	},
	create(context) {
		const root = context.cwd;
		// An MDX file's imports arrive as a virtual block named `<file>.mdx/<n>_imports.js`.
		const filename = context.filename.replace(/\.mdx[/\\][^/\\]+\.js$/, '.mdx');
		const importerPath = path.relative(root, filename).split(path.sep).join('/');
		const check = (node) => {
			const source = node.source;
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const message = boundaryViolation(importerPath, source.value);
			if (message) context.report({ node: source, message });
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check,
		};
	},
};

/** Hands ESLint the `import` lines of an MDX file, on their own lines, as a small module. */
/** @type {import('eslint').Linter.Processor} */
const mdxImports = {
	meta: { name: 'mdx-imports' },
	preprocess(text) {
		const lines = text.split('\n');
		const kept = lines.map((line) => (/^(import|export)\s[^;]*\sfrom\s*['"][^'"]+['"];?\s*$/.test(line) ? line : ''));
		return [{ text: kept.join('\n'), filename: '0_imports.js' }];
	},
	postprocess(messages) {
		return messages.flat();
	},
	supportsAutofix: false,
};

/** The local plugin: the boundary rule and the MDX processor. */
/** @type {import('eslint').ESLint.Plugin} */
export const boundariesPlugin = {
	meta: { name: 'course-boundaries' },
	rules: { 'import-boundaries': importBoundaries },
	processors: { 'mdx-imports': mdxImports },
};

/** Globals and properties the pure folders must not touch: no clock, no randomness, no browser. */
const IMPURE_GLOBALS = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'navigator',
	'crypto',
	'fetch',
	'setTimeout',
	'setInterval',
].map((name) => ({
	name,
	message: `src/simulator, src/lessons and src/lib are pure: ${name} arrives from outside, through the call context.`,
}));
const IMPURE_PROPERTIES = [
	{
		object: 'Date',
		property: 'now',
		message: 'No clock in the pure folders: read the time from the call context (ctx.now).',
	},
	{
		object: 'Math',
		property: 'random',
		message: 'No randomness in the pure folders: draw bytes from the call context (ctx.randomBytes).',
	},
	{
		object: 'globalThis',
		property: 'crypto',
		message: 'No randomness in the pure folders: draw bytes from the call context (ctx.randomBytes).',
	},
];

/** The flat-config blocks that enforce the architecture; eslint.config.js and the tests use them. */
/** @type {import('eslint').Linter.Config[]} */
export const boundaryConfigs = [
	{
		files: ['src/**/*.{ts,tsx,js,mjs,astro}'],
		plugins: { boundaries: boundariesPlugin },
		rules: { 'boundaries/import-boundaries': 'error' },
	},
	{
		files: ['src/content/**/*.mdx'],
		plugins: { boundaries: boundariesPlugin },
		processor: 'boundaries/mdx-imports',
	},
	{
		files: ['src/content/**/*.mdx/*.js'],
		plugins: { boundaries: boundariesPlugin },
		// The block holds the lesson's import lines alone, so the names they bring look unused.
		rules: {
			'boundaries/import-boundaries': 'error',
			'@typescript-eslint/no-unused-vars': 'off',
			'no-unused-vars': 'off',
		},
	},
	{
		files: ['src/simulator/**/*.ts', 'src/lessons/**/*.ts', 'src/lib/**/*.ts'],
		rules: {
			'no-restricted-globals': ['error', ...IMPURE_GLOBALS],
			'no-restricted-properties': ['error', ...IMPURE_PROPERTIES],
			// `new Date()` with no argument reads the clock; with an argument it only formats a time.
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'No clock in the pure folders: `new Date()` reads the time; pass ctx.now instead.',
				},
			],
		},
	},
];
