/**
 * Course search on the static build, with Pagefind's JavaScript API and our own small,
 * accessible result list. Pagefind's index is same-origin (/pagefind/), so nothing leaves the site.
 */
export {};

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface PagefindApi {
	search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
	// The index only exists in the built site, so the path is resolved at run time, not bundled.
	const url = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ url) as Promise<PagefindApi>;
	return pagefind;
}

/** Pagefind excerpts mark hits with <mark>; keep only that tag and plain text. */
function renderExcerpt(target: HTMLElement, excerpt: string): void {
	const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
	for (const part of parts) {
		const hit = /^<mark>(.*)<\/mark>$/.exec(part);
		if (hit) {
			const mark = document.createElement('mark');
			mark.textContent = hit[1] ?? '';
			target.append(mark);
		} else {
			target.append(part.replace(/<[^>]*>/g, ''));
		}
	}
}

async function runSearch(query: string): Promise<void> {
	if (!statusLine || !list) return;
	list.replaceChildren();
	const trimmed = query.trim();
	if (!trimmed) {
		statusLine.textContent = 'Type a word to search the lessons.';
		return;
	}
	statusLine.textContent = `Searching for “${trimmed}”…`;
	try {
		const api = await loadPagefind();
		const found = await api.search(trimmed);
		const results = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
		for (const result of results) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const excerpt = document.createElement('p');
			renderExcerpt(excerpt, result.excerpt);
			item.append(link, excerpt);
			list.append(item);
		}
		statusLine.textContent =
			results.length === 0
				? `No lessons mention “${trimmed}”. Try another word.`
				: `${results.length} ${results.length === 1 ? 'lesson matches' : 'lessons match'} “${trimmed}”.`;
	} catch {
		statusLine.textContent =
			'Search is not available on this copy of the site. It works on the built site (npm run build, then npm run preview).';
	}
}

if (form && input) {
	const initial = new URLSearchParams(window.location.search).get('q') ?? '';
	input.value = initial;
	if (initial) void runSearch(initial);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(window.location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void runSearch(input.value);
	});
}
