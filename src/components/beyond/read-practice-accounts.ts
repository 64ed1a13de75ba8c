import { migrateSimState, type SimState } from '@/simulator';
import { readItem, safeStorage } from '@/store';
import { RUNBOOK_LAB_IDS, type RunbookLabId } from '@/lessons/runbook';

/**
 * The learner's saved practice accounts for the runbook, read only: nothing is written, and a save
 * that cannot be read is simply left out (its lab's page handles recovery).
 */
export function readPracticeAccounts(): Partial<Record<RunbookLabId, SimState>> {
	const { storage } = safeStorage();
	const accounts: Partial<Record<RunbookLabId, SimState>> = {};
	for (const labId of RUNBOOK_LAB_IDS) {
		const raw = readItem(storage, `course:sim:${labId}`);
		if (raw === null) continue;
		try {
			const loaded = migrateSimState(JSON.parse(raw));
			if (loaded.ok) accounts[labId] = loaded.state;
		} catch {
			// Unreadable JSON: leave this lab out.
		}
	}
	return accounts;
}
