import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** One lesson of the course: prose in MDX, practice lab and quiz referenced by id. */
const lessons = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './src/content/lessons' }),
	schema: z.object({
		/** Shown as the page heading and in the navigation. */
		title: z.string().min(1),
		/** One sentence for search results and the page's meta description. */
		description: z.string().min(1),
		/** Position in the course, 1-based; navigation and previous/next follow it. */
		order: z.number().int().positive(),
		/** What the learner can do after the lesson, shown at the top. */
		objectives: z.array(z.string().min(1)).min(1),
		/** Estimated minutes to read and practise. */
		minutes: z.number().int().positive(),
		/** Id of the lab module in src/lessons (the practice console and its tasks). */
		lab: z.string().optional(),
		/** Id of the quiz in src/content/quizzes. */
		quiz: z.string().optional(),
		/** When the console steps were last checked against AWS's documentation. */
		verifiedOn: z.coerce.date(),
	}),
});

const option = z.object({
	/** Stable id within the question, e.g. "a". */
	id: z.string().min(1),
	text: z.string().min(1),
	correct: z.boolean(),
	/** Why this option is right or wrong; shown after answering. */
	explanation: z.string().min(1),
});

/** A self-check quiz: single and multiple choice questions with an explanation per option. */
const quizzes = defineCollection({
	loader: glob({ pattern: '**/*.json', base: './src/content/quizzes' }),
	schema: z.object({
		title: z.string().min(1),
		questions: z
			.array(
				z.object({
					/** Stable id; saved answers are keyed by it. */
					id: z.string().min(1),
					prompt: z.string().min(1),
					kind: z.enum(['single', 'multiple']),
					options: z.array(option).min(2),
					/** Id of an earlier lesson this question brings back, if any. */
					revisits: z.string().optional(),
				}),
			)
			.min(5),
	}),
});

export const collections = { lessons, quizzes };
