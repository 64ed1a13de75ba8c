import { SIM_STATE_VERSION, SimStateSchema, upgradeSimState, type SimState } from '@/simulator';
import { readEnvelope } from './persistence/read-document';
import type { DocumentFormat, ReadResult } from './persistence/saved-document';

/**
 * How a saved practice account is read: the simulator's version line, migrations and shape. Its
 * own module because the shape is the largest part of saving an account, and a page downloads it
 * only when the browser holds a save to read (see `loadSaveReader` in `save-reader.ts`).
 */
const SIM_STATE_FORMAT: DocumentFormat<SimState> = {
	version: SIM_STATE_VERSION,
	migrate: upgradeSimState,
	schema: SimStateSchema,
};

/** Parses, migrates and checks a practice account saved under `course:sim:<lab-id>`. Never throws. */
export function readSavedAccount(text: string): ReadResult<SimState> {
	return readEnvelope(SIM_STATE_FORMAT, text);
}
