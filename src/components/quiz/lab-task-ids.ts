import { labTaskIds } from '@/lessons/registry';

/**
 * The task ids of a lab, from the lab registry. Returns null for a lab the registry does not know, so callers
 * never treat an unknown lab as done.
 */
export function findLabTaskIds(labId: string): string[] | null {
	const ids = labTaskIds(labId);
	return ids === undefined ? null : [...ids];
}
