import { useState } from 'preact/hooks';
import { createFreshAccount } from '@/simulator';
import { createSimStore } from '@/store';
import { readSavedAccount } from '@/store/read-saved-account';
import { ConsoleWorkspace } from '../console/ConsoleWorkspace';

/** The sandbox's own practice account, saved apart from every lab's. */
export const SANDBOX_STORAGE_KEY = 'course:sim:sandbox';

/** The whole practice console with no lesson: a fresh account to explore freely. */
export function SandboxApp() {
	// One store for the island's lifetime; created on the client only (the island is client:only).
	// The sandbox reads its save at once: it has no starting download to run the reader's alongside.
	const [store] = useState(() =>
		createSimStore({
			storageKey: SANDBOX_STORAGE_KEY,
			createScenario: (ctx) => createFreshAccount(ctx),
			readSave: readSavedAccount,
		}),
	);
	return <ConsoleWorkspace store={store} />;
}
