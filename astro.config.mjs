import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from 'astro-pagefind';

export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [mdx(), preact(), pagefind()],
	experimental: { csp: true },
	devToolbar: { enabled: false },
});
