/**
 * Labs whose starting account comes in several variants, so that what the learner reads in the
 * console cannot be known in advance: the site builds each variant, and the learner's practice
 * seed (kept with their progress) picks one, the same one every time. A module with nothing else
 * in it: the lab's island needs the count before anything else has downloaded.
 */

/** How many starting accounts each such lab ships, by lab id. */
const VARIANT_COUNTS: Readonly<Record<string, number>> = { 'users-list': 8 };

/** How many variants the lab's starting account has; 1 for a lab with a single starting account. */
export function startingVariantCount(labId: string): number {
	return Object.prototype.hasOwnProperty.call(VARIANT_COUNTS, labId) ? (VARIANT_COUNTS[labId] ?? 1) : 1;
}

/** The variant a learner with this practice seed starts from; `undefined` for a lab without variants. */
export function startingVariantFor(labId: string, practiceSeed: number): number | undefined {
	const count = startingVariantCount(labId);
	return count > 1 ? (practiceSeed >>> 0) % count : undefined;
}
