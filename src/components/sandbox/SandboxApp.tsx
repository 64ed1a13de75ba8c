import { useState } from 'preact/hooks';
import { createFreshAccount } from '@/simulator';
import { createSimStore } from '@/store';
import { ConsoleWorkspace } from '../console/ConsoleWorkspace';

/** The sandbox's own practice account, saved apart from every lab's. */
export const SANDBOX_STORAGE_KEY = 'course:sim:sandbox';

/** The whole practice console with no lesson: a fresh account to explore freely. */
export function SandboxApp() {
	// One store for the island's lifetime; created on the client only (the island is client:only).
	const [store] = useState(() =>
		createSimStore({ storageKey: SANDBOX_STORAGE_KEY, createScenario: (ctx) => createFreshAccount(ctx) }),
	);
	return <ConsoleWorkspace store={store} />;
}
