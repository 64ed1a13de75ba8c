import type { SimState } from '@/simulator';
import type { DocumentReader } from './persistence/saved-document';
import { readItem, safeStorage, type KeyValueStorage } from './persistence/storage';

/**
 * The reader of a saved practice account, fetched apart from the store: an island asks for it
 * alongside its other downloads, and a page whose browser holds no save downloads nothing for it.
 */

/** Parses, migrates and checks a saved practice account (`readSavedAccount` in `read-saved-account.ts`). */
export type SaveReader = DocumentReader<SimState>;

/**
 * The reader a store needs for the save under `storageKey`: downloaded when the browser holds one,
 * undefined (and nothing downloaded) when it holds nothing, as on a learner's first visit.
 */
export async function loadSaveReader(
	storageKey: string,
	storage: Pick<KeyValueStorage, 'getItem'> = safeStorage().storage,
): Promise<SaveReader | undefined> {
	if (readItem(storage, storageKey) === null) return undefined;
	const { readSavedAccount } = await import('./read-saved-account');
	return readSavedAccount;
}
