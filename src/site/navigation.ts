/**
 * The site's navigation, in one place: the lessons come from the lessons collection (so a new lesson
 * appears by itself), and every other page is listed here once. A unit test compares this list with
 * the pages in src/pages, and a browser test with the built site, so no page can be left unreachable.
 * Pure data: no Astro imports.
 */

export interface NavLink {
	readonly href: string;
	readonly title: string;
}

export interface NavSection {
	/** A short id, unique in the navigation, for the section's label. */
	readonly id: string;
	readonly title: string;
	readonly links: readonly NavLink[];
}

/** The course's start page, reached from the site name in the header. */
export const HOME: NavLink = { href: '/', title: 'Secure your AWS account' };

/** The spaced-retrieval review that follows the last lesson. */
export const FINAL_REVIEW: NavLink = { href: '/review/', title: 'Final review' };

/** Every page that is not a lesson or the home page, grouped as the navigation shows them. */
export const EXTRA_SECTIONS: readonly NavSection[] = [
	{
		id: 'remember',
		title: 'Remember it',
		links: [FINAL_REVIEW, { href: '/glossary/', title: 'Glossary' }],
	},
	{
		id: 'practise',
		title: 'Practise more',
		links: [
			{ href: '/sandbox/', title: 'Free practice console' },
			{ href: '/challenge/', title: 'Fix this broken account' },
			{ href: '/what-if/', title: 'What if…?' },
		],
	},
	{
		id: 'real',
		title: 'Your real account',
		links: [
			{ href: '/runbook/', title: 'Your runbook' },
			{ href: '/check-your-account/', title: 'Check your real account' },
		],
	},
	{
		id: 'you',
		title: 'Your course',
		links: [
			{ href: '/progress/', title: 'Your progress' },
			{ href: '/summary/', title: 'Completion summary' },
			{ href: '/search/', title: 'Search' },
		],
	},
];

/** The addresses of every page the navigation lists besides the lessons, the home page first. */
export function extraPageHrefs(sections: readonly NavSection[] = EXTRA_SECTIONS): string[] {
	return [HOME.href, ...sections.flatMap((section) => section.links.map((link) => link.href))];
}
