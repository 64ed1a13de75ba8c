import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capitalise, courseMinutes, describeDuration } from '@/site/durations';

const lessonsDir = join(process.cwd(), 'src/content/lessons');
const lessonFiles = readdirSync(lessonsDir).filter((file) => file.endsWith('.mdx'));
const minutesOf = (file: string) => {
	const frontmatter = readFileSync(join(lessonsDir, file), 'utf8').split('---')[1] ?? '';
	return Number(/^minutes:\s*(\d+)\s*$/m.exec(frontmatter)?.[1]);
};

describe('courseMinutes', () => {
	it('adds up every lesson’s minutes', () => {
		expect(courseMinutes([{ data: { minutes: 10 } }, { data: { minutes: 15 } }, { data: { minutes: 25 } }])).toBe(50);
	});

	it('is the sum of the minutes in the lessons’ frontmatter', () => {
		const minutes = lessonFiles.map(minutesOf);
		for (const [index, value] of minutes.entries()) expect(value, lessonFiles[index]).toBeGreaterThan(0);
		const total = minutes.reduce((sum, value) => sum + value, 0);
		expect(courseMinutes(minutes.map((value) => ({ data: { minutes: value } })))).toBe(total);
	});
});

describe('describeDuration', () => {
	it.each([
		[1, 'about 1 minute'],
		[10, 'about 10 minutes'],
		[59, 'about 59 minutes'],
		[60, 'about 1 hour'],
		[74, 'about 1 hour'],
		[75, 'about 1½ hours'],
		[90, 'about 1½ hours'],
		[122, 'about 2 hours'],
		[135, 'about 2½ hours'],
	])('describes %i minutes as "%s"', (minutes, words) => {
		expect(describeDuration(minutes)).toBe(words);
	});

	it('refuses a duration that is not a positive number', () => {
		for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => describeDuration(bad)).toThrow();
	});
});

describe('lesson text', () => {
	// A course or lesson time written by hand drifts from the frontmatter; <Duration /> cannot. (Short times of
	// single steps, such as "less than a minute", are facts about AWS and stay in words.)
	it.each(lessonFiles)('%s writes no course or lesson duration by hand', (file) => {
		const body = readFileSync(join(lessonsDir, file), 'utf8').split('---').slice(2).join('---');
		expect(body).not.toMatch(/\b(?:under|about|less than|around|over)\s+an\s+hour\b/i);
		expect(body).not.toMatch(/\b\d+\s+minutes\s+(?:in total|for the (?:whole )?course|for this lesson)\b/i);
	});
});

describe('capitalise', () => {
	it('starts a sentence with the words', () => {
		expect(capitalise('about 2 hours')).toBe('About 2 hours');
	});
});
