import { getCollection, type CollectionEntry } from 'astro:content';

export type LessonEntry = CollectionEntry<'lessons'>;

/** The lessons in course order. */
export async function getLessonsInOrder(): Promise<LessonEntry[]> {
	const lessons = await getCollection('lessons');
	return lessons.sort((a, b) => a.data.order - b.data.order);
}

/**
 * The lesson's address: its file name without the ordering prefix, so that reordering
 * lessons never changes a URL ("02-root-mfa" → "root-mfa").
 */
export function lessonSlug(lesson: Pick<LessonEntry, 'id'>): string {
	return lesson.id.replace(/^\d+-/, '');
}

export function lessonHref(lesson: Pick<LessonEntry, 'id'>): string {
	return `/lessons/${lessonSlug(lesson)}/`;
}
