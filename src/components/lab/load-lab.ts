/// <reference types="astro/client" />
import type { Lab } from '@/lessons/lab';

/**
 * Each lab is its own chunk: a lesson page downloads only its own lab's checks. The file name of
 * a lab module is its id (src/lessons/labs/<lab-id>.ts; a unit test keeps that true).
 */
const labModules = import.meta.glob<Record<string, unknown>>('/src/lessons/labs/*.ts');

function isLab(value: unknown): value is Lab {
	return typeof value === 'object' && value !== null && 'tasks' in value && 'solutionSteps' in value;
}

/** Loads the lab with this id; undefined when no lab module has that name. */
export async function loadLab(labId: string): Promise<Lab | undefined> {
	const load = labModules[`/src/lessons/labs/${labId}.ts`];
	if (!load) return undefined;
	const module = await load();
	return Object.values(module).find(isLab);
}
