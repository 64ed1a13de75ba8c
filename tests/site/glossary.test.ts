import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry, glossaryInOrder } from '@/site/glossary';

const lessonsDir = join(process.cwd(), 'src/content/lessons');
const lessonFiles = readdirSync(lessonsDir).filter((file) => file.endsWith('.mdx'));
const lessonSlugs = lessonFiles.map((file) => file.replace(/\.mdx$/, '').replace(/^\d+-/, ''));

/** The words the course promises to explain. */
const REQUIRED = [
	'arn',
	'region',
	'mfa',
	'totp',
	'virtual-mfa-device',
	'passkey',
	'security-key',
	'root-user',
	'iam-user',
	'iam-group',
	'managed-policy',
	'inline-policy',
	'administrator-access',
	'iam-full-access',
	'sns-topic',
	'subscription',
	'cloudwatch-metric',
	'alarm',
	'statistic',
	'billing-alarm',
	'budget',
	'free-plan',
	'access-key',
	'console-password',
	'cloudshell',
	'cloudtrail',
	'iam-identity-center',
	'aws-organizations',
	'account-id',
	'account-alias',
	'sign-in-url',
];

describe('the glossary', () => {
	it('explains every word the course promises', () => {
		const ids = new Set(GLOSSARY.map((entry) => entry.id));
		expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
	});

	it('has unique kebab-case ids and unique terms', () => {
		const ids = GLOSSARY.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		const terms = GLOSSARY.map((entry) => entry.term.toLowerCase());
		expect(new Set(terms).size).toBe(terms.length);
	});

	it('keeps each definition short: whole sentences, at most three, under 320 characters', () => {
		for (const entry of GLOSSARY) {
			expect(entry.definition, entry.id).toMatch(/^[A-Z].*[.]$/s);
			expect(entry.definition.length, entry.id).toBeLessThanOrEqual(320);
			// "N. Virginia" is a Region's name, not the end of a sentence.
			const sentences = entry.definition.replaceAll('N. Virginia', 'N Virginia').split(/[.!?](?:\s|$)/);
			expect(sentences.filter(Boolean).length, entry.id).toBeLessThanOrEqual(3);
		}
	});

	it('links only to lessons and entries that exist, never to itself', () => {
		for (const entry of GLOSSARY) {
			if (entry.lesson !== undefined) expect(lessonSlugs, entry.id).toContain(entry.lesson);
			for (const other of entry.seeAlso ?? []) {
				expect(other, entry.id).not.toBe(entry.id);
				expect(() => glossaryEntry(other), `${entry.id} → ${other}`).not.toThrow();
			}
		}
	});

	it('lists the entries alphabetically, whatever their case', () => {
		const terms = glossaryInOrder().map((entry) => entry.term);
		expect(terms.slice(0, 3)).toEqual(['Access key', 'Account alias', 'Account ID']);
		const lowered = terms.map((term) => term.toLowerCase());
		expect(lowered).toEqual([...lowered].sort((a, b) => a.localeCompare(b, 'en')));
		expect(terms).toHaveLength(GLOSSARY.length);
	});

	it('refuses an unknown id with a message that names it', () => {
		expect(() => glossaryEntry('root-usr')).toThrow('There is no glossary entry "root-usr"');
	});
});

/**
 * A lesson's prose, where a word counts as used: code, bold console labels, link texts, headings and
 * table rows are left out, unless they hold a <Term> themselves.
 */
function proseOf(source: string): string {
	const body = source.split('---').slice(2).join('---');
	return body
		.replace(/```[\s\S]*?```/g, ' ')
		.split('\n')
		.filter((line) => !/^\s*(#|import\s)/.test(line) && (!/^\s*\|/.test(line) || line.includes('<Term')))
		.join('\n')
		.replace(/`[^`]*`/g, ' ')
		.replace(/\*\*(?![^*]*<Term)[^*]*\*\*/g, ' ')
		.replace(/\[[^\]]*\]\([^)]*\)/g, ' ');
}

const TERM = /<Term id="([^"]+)">([\s\S]*?)<\/Term>/g;

describe.each(lessonFiles)('the glossary words in %s', (file) => {
	const source = readFileSync(join(lessonsDir, file), 'utf8');
	const uses = [...source.matchAll(TERM)].map((match) => ({ id: match[1] ?? '', text: match[2] ?? '' }));

	it('name entries that exist', () => {
		for (const use of uses) expect(() => glossaryEntry(use.id), use.id).not.toThrow();
	});

	it('explain each word once', () => {
		const ids = uses.map((use) => use.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('sit on the first time the word appears in the lesson’s prose', () => {
		const prose = proseOf(source);
		for (const use of uses) {
			const at = prose.indexOf(`<Term id="${use.id}">`);
			expect(at, use.id).toBeGreaterThanOrEqual(0);
			// Earlier text, with the other explained words taken out (a word inside them is explained there).
			const before = prose.slice(0, at).replace(TERM, ' ');
			const word = use.text.replace(/[*`]/g, '').trim();
			const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
			expect(before, `"${word}" appears before its <Term id="${use.id}">`).not.toMatch(pattern);
		}
	});

	it('are imported when used', () => {
		if (uses.length > 0) expect(source).toMatch(/^import Term from '\.\.\/\.\.\/components\/content\/Term\.astro';$/m);
	});
});
