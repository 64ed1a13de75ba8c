/// <reference types="astro/client" />
import type { LabSetup } from '@/lessons/lab';

/**
 * A lab's setup (its scenario and reference solution) runs the simulator's operations, so it is
 * downloaded only when the learner asks the console to apply the solution. The file name of a
 * setup is its lab's id (src/lessons/setups/<lab-id>.ts; a unit test keeps that true).
 */
const setupModules = import.meta.glob<Record<string, unknown>>('/src/lessons/setups/*.ts');

function isLabSetup(value: unknown): value is LabSetup {
	return typeof value === 'object' && value !== null && 'scenario' in value && 'solve' in value;
}

/** Loads the setup of the lab with this id; rejects when there is none or it cannot be downloaded. */
export async function loadLabSetup(labId: string): Promise<LabSetup> {
	const load = setupModules[`/src/lessons/setups/${labId}.ts`];
	const setup = load ? Object.values(await load()).find(isLabSetup) : undefined;
	if (!setup) throw new Error(`No setup for the lab ${labId}.`);
	return setup;
}
