/// <reference types="vite/client" />
/**
 * The task ids of a lab, read from the lab registry (src/lessons/registry.ts) when it offers
 * `labTaskIds(labId)`. Returns null when they cannot be known, so callers never treat an unknown lab as done.
 */
interface LabRegistry {
	labTaskIds?: (labId: string) => readonly string[] | undefined;
}

const registries = import.meta.glob<LabRegistry>('/src/lessons/registry.ts', { eager: true });

export function findLabTaskIds(labId: string): string[] | null {
	for (const registry of Object.values(registries)) {
		if (typeof registry.labTaskIds !== 'function') continue;
		const ids = registry.labTaskIds(labId);
		if (ids !== undefined) return [...ids];
	}
	return null;
}
