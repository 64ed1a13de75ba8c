import * as z from '@/lib/shape';
import { IAM_USER_NAME_PATTERN, REAL_CHECK_VERDICTS, type PROGRESS_EXPORT_FORMAT } from './progress-state';

/**
 * The shape of the learner's saved progress (`course:progress`), version 3: what a save must look like
 * to be read. Its constants and the empty progress are in `progress-state.ts`, so a page that finds
 * nothing saved does not download the shape.
 * Everything is keyed by stable content ids (lesson entry ids, lab ids, task ids, quiz and question ids),
 * never by titles or order, so reordering or renaming lessons needs no migration.
 */

const nonNegativeInt = () => z.int({ min: 0 });
const epochMs = nonNegativeInt();

/**
 * Keys that plain objects already "have". No lesson, lab, task or question has one of these ids, and
 * code that copies progress with spread or assignment would turn "__proto__" into a prototype, so a
 * save holding one is refused with a clear message rather than half-read.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A content id used as a record key. */
const idKey = z.refine(
	z.string({ minLength: 1 }),
	(key) => !RESERVED_KEYS.has(key),
	'"__proto__", "constructor" and "prototype" cannot be used as ids',
);

export const LessonProgressSchema = z.object({
	/** When every lab task and quiz question of the lesson was first done. It stays set afterwards. */
	completedAt: z.optional(epochMs),
});

export const TaskProgressSchema = z.object({
	/** When the task was first achieved. */
	achievedAt: epochMs,
	/** Whether the learner used the reference solution to get there. Shown honestly, without penalty. */
	withSolution: z.boolean(),
});

export const QuizProgressSchema = z.object({
	/** Selected option ids per question id. */
	answers: z.record(idKey, z.array(z.string())),
	/** Whether the current answer to a question has been checked (its feedback is showing). */
	submitted: z.record(idKey, z.boolean()),
	/** Questions the learner has answered correctly at least once; Retry keeps this, lesson completion uses it. */
	correctOnce: z.record(idKey, z.boolean()),
	/** Times the quiz was started over with Retry; part of the option-order seed. */
	attempts: nonNegativeInt(),
});

/**
 * The verdicts of the learner's last real-account check, for their completion summary: each check's id,
 * its title as the page showed it and its verdict, with the time. Never what was pasted, nor anything
 * read from the account (no IDs, addresses, keys or ARNs): the titles name only the everyday user.
 * An optional field, so saves from before it still load as version 2.
 */
export const RealAccountCheckSchema = z.object({
	checkedAt: epochMs,
	checks: z.array(
		z.object({
			id: idKey,
			title: z.string({ minLength: 1 }),
			verdict: z.oneOf(REAL_CHECK_VERDICTS),
		}),
	),
});

/**
 * What the learner told the course about their real AWS account (version 2). Only their choice of
 * names, and the verdicts of their last check: nothing read from the account itself is ever saved.
 */
export const RealAccountSchema = z.object({
	/** The IAM user they work as every day (the course calls it iam-admin); unset means iam-admin. */
	adminUserName: z.optional(
		z.string({
			pattern: IAM_USER_NAME_PATTERN,
			patternMessage: 'Expected an IAM user name (1 to 64 letters, digits or _+=,.@-)',
		}),
	),
	/** The last real-account check's verdicts; unset until the learner grades their account. */
	lastCheck: z.optional(RealAccountCheckSchema),
});

export const ProgressStateSchema = z.object({
	/** The learner's own seed for shuffling quiz options, chosen once at random. */
	shuffleSeed: nonNegativeInt(),
	lessons: z.record(idKey, LessonProgressSchema),
	/** labId → taskId → achievement. */
	tasks: z.record(idKey, z.record(idKey, TaskProgressSchema)),
	/** labId → taskId → highest hint level opened (1 = first hint). */
	hints: z.record(idKey, z.record(idKey, nonNegativeInt())),
	/** quizId → answers. */
	quizzes: z.record(idKey, QuizProgressSchema),
	/** Added in version 2. */
	realAccount: RealAccountSchema,
	/**
	 * Added in version 3: the learner's own seed for practice accounts that come in variants (see
	 * `src/lessons/starting-variants.ts`), so lesson 5's team is theirs and the same on every visit.
	 */
	practiceSeed: nonNegativeInt(),
});

export type LessonProgress = z.Infer<typeof LessonProgressSchema>;
export type TaskProgress = z.Infer<typeof TaskProgressSchema>;
export type QuizProgress = z.Infer<typeof QuizProgressSchema>;
export type RealAccountSettings = z.Infer<typeof RealAccountSchema>;
export type RealAccountCheck = z.Infer<typeof RealAccountCheckSchema>;
export type RealCheckVerdict = (typeof REAL_CHECK_VERDICTS)[number];
export type ProgressState = z.Infer<typeof ProgressStateSchema>;

/** The saved envelope under `course:progress`. */
export interface ProgressEnvelope {
	version: number;
	state: ProgressState;
}

/** An exported progress file. */
export interface ProgressExport {
	format: typeof PROGRESS_EXPORT_FORMAT;
	version: number;
	exportedAt: string;
	state: ProgressState;
}
