import type { ProgressState, QuizProgress } from './progress-schema';

/**
 * The learner's saved progress (`course:progress`): its keys, version and the progress of someone
 * who has not started. Its shape, which only reading a save needs, is in `progress-schema.ts`.
 */

/** The version this build writes. Migrations in progress-migrations.ts lead up to it. */
export const PROGRESS_VERSION = 3;

/** Storage key of the saved progress. */
export const PROGRESS_KEY = 'course:progress';

/**
 * Storage key of a tiny summary the site's navigation reads with an inline script before any island loads.
 * Its shape, `{ completed: string[] }` (lesson ids), is shared with the layout: keep it.
 */
export const PROGRESS_SUMMARY_KEY = 'course:progress:summary';

/** Marker that identifies an exported progress file. */
export const PROGRESS_EXPORT_FORMAT = 'secure-aws-course-progress';

/** IAM's rule for user names: letters, digits and `_+=,.@-`, 1 to 64 characters. */
export const IAM_USER_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/;

/** How one check of the real account turned out: met, not met, or not judged for want of output. */
export const REAL_CHECK_VERDICTS = ['healthy', 'to-fix', 'not-checked'] as const;

/**
 * Progress of someone who has not started yet. Without its own practice seed, one is derived from
 * the shuffle seed (as the migration to version 3 does for a learner who already had one).
 */
export function createEmptyProgress(
	shuffleSeed: number,
	practiceSeed: number = practiceSeedFrom(shuffleSeed),
): ProgressState {
	return {
		shuffleSeed: shuffleSeed >>> 0,
		lessons: {},
		tasks: {},
		hints: {},
		quizzes: {},
		realAccount: {},
		practiceSeed: practiceSeed >>> 0,
	};
}

/**
 * A practice seed that follows from a shuffle seed but does not repeat it (a 32-bit mix), for a
 * save written before practice seeds existed: the migration cannot draw a random one.
 */
export function practiceSeedFrom(shuffleSeed: number): number {
	let mixed = Math.imul((shuffleSeed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
	mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
	return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** A quiz nobody has touched yet. */
export function createEmptyQuizProgress(attempts = 0): QuizProgress {
	return { answers: {}, submitted: {}, correctOnce: {}, attempts };
}
