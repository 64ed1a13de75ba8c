/**
 * Every duration the site shows comes from the lessons' frontmatter `minutes`, through these
 * functions, so the home page, the lessons and the course text can never disagree.
 * Pure: no Astro imports, so unit tests load it directly.
 */

/** What a duration needs from a lesson. */
export interface TimedLesson {
	readonly data: { readonly minutes: number };
}

/** The whole course: the sum of every lesson's minutes. */
export function courseMinutes(lessons: readonly TimedLesson[]): number {
	return lessons.reduce((sum, lesson) => sum + lesson.data.minutes, 0);
}

/**
 * A duration in words, as a learner would plan with it: "about 10 minutes" below an hour, then hours
 * to the nearest half hour ("about 1½ hours", "about 2 hours"), since nobody plans an evening to the minute.
 */
export function describeDuration(minutes: number): string {
	if (!Number.isFinite(minutes) || minutes <= 0)
		throw new Error(`A duration must be a positive number of minutes, not ${minutes}.`);
	if (minutes < 60) {
		const whole = Math.max(1, Math.round(minutes));
		return `about ${whole} ${whole === 1 ? 'minute' : 'minutes'}`;
	}
	const halfHours = Math.round(minutes / 30);
	const hours = Math.floor(halfHours / 2);
	const half = halfHours % 2 === 1 ? '½' : '';
	const unit = hours === 1 && half === '' ? 'hour' : 'hours';
	return `about ${hours}${half} ${unit}`;
}

/** The same words at the start of a sentence: "About 2 hours". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
