import { act, screen } from '@testing-library/preact';
import { createFreshAccount, deleteUserAsConsoleDoes, execute, type CallContext, type SimState } from '@/simulator';
import { createSimStore, memoryStorage, type ContextSource } from '@/store';

export const T0 = Date.UTC(2025, 0, 1);

/** A clock that moves one second per call and deterministic "random" bytes. */
export function testContext(): ContextSource {
	let time = T0;
	let counter = 0;
	return {
		now: () => (time += 1000),
		randomBytes: (length) => Uint8Array.from({ length }, () => (counter = (counter * 73 + 41) % 256)),
	};
}

/**
 * A store over a fresh practice account (fast password hashing), optionally already signed in as
 * root. With `simulatorOnDemand`, it starts without the simulator's operations and downloads them
 * when first needed, as the sandbox does.
 */
export function testStore(
	options: {
		signedInAsRoot?: boolean;
		simulatorOnDemand?: boolean;
		prepare?: (state: SimState, ctx: CallContext) => SimState;
	} = {},
) {
	return createSimStore({
		storageKey: 'course:sim:test',
		storage: { storage: memoryStorage(), persistent: true },
		context: testContext(),
		...(options.simulatorOnDemand ? {} : { simulator: { execute, deleteUserAsConsoleDoes } }),
		createScenario: (ctx) => {
			const fresh = createFreshAccount(ctx, { passwordHashIterations: 1 });
			const signedIn = options.signedInAsRoot
				? { ...fresh, session: { principal: { type: 'Root' as const }, withMfa: false, since: ctx.now } }
				: fresh;
			return options.prepare ? options.prepare(signedIn, ctx) : signedIn;
		},
	});
}

/**
 * Waits for the sign-in page, whose code downloads the first time it shows (most labs open signed
 * in). Its arrival is awaited inside `act`, so its render and effects have all run before the test
 * goes on, as they would have long before a learner's first keypress.
 */
export async function signInPageArrived(): Promise<HTMLElement> {
	await act(async () => {
		await import('@/components/console/signin/SignInScreen');
		// The console's loader resolves a few promise steps after the module itself.
		await new Promise((resolve) => setTimeout(resolve, 0));
	});
	return screen.getByRole('heading', { name: 'Sign in' });
}
