import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFreshAccount, deleteUserAsConsoleDoes, execute, type CallContext, type SimState } from '@/simulator';
import { download } from '../support/controlled-simulator-download';

/**
 * The sandbox's store starts without the simulator's operations and downloads them on first need.
 * The download is replaced here by a promise each test settles when it chooses.
 */
vi.mock('@/store/simulator-loader', () => import('../support/controlled-simulator-download'));

const { createSimStore, memoryStorage } = await import('@/store');

const T0 = Date.UTC(2025, 0, 1);
const signedInRoot = (ctx: CallContext): SimState => ({
	...createFreshAccount(ctx, { passwordHashIterations: 1 }),
	session: { principal: { type: 'Root' }, withMfa: false, since: ctx.now },
});
const makeStore = () =>
	createSimStore({
		storageKey: 'course:sim:sandbox-test',
		createScenario: signedInRoot,
		storage: { storage: memoryStorage(), persistent: true },
		context: { now: () => T0, randomBytes: (length) => new Uint8Array(length).fill(7) },
	});
const createUser = { op: 'CreateUser', input: { UserName: 'alice' } } as const;
/** Lets the store's promise callbacks run. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => download.reset());

describe('a store that downloads the simulator on first need', () => {
	it('starts from its scenario without downloading anything', () => {
		const store = makeStore();
		expect(store.getState().simulatorStatus).toBe('idle');
		expect(store.getState().sim.session).not.toBeNull();
		expect(download.attempts).toBe(0);
	});

	it('refuses a direct call before the download, instead of acting on a missing simulator', () => {
		expect(() => makeStore().call(createUser)).toThrow(/whenReady/);
	});

	it('runs the waiting action once the download arrives, and later actions at once', async () => {
		const store = makeStore();
		const done: string[] = [];
		store.whenReady(() => done.push(store.call(createUser).ok ? 'created' : 'failed'));
		expect(store.getState().simulatorStatus).toBe('loading');
		expect(done).toEqual([]);
		download.settle?.resolve({ execute, deleteUserAsConsoleDoes });
		await settled();
		expect(done).toEqual(['created']);
		expect(store.getState().simulatorStatus).toBe('ready');
		expect(store.getState().sim.iam.users['alice']).toBeDefined();
		store.whenReady(() => done.push('at once'));
		expect(done).toEqual(['created', 'at once']);
		expect(download.attempts).toBe(1);
	});

	it('downloads once however often it is asked', () => {
		const store = makeStore();
		store.loadSimulator();
		store.loadSimulator();
		store.whenReady(() => undefined);
		expect(download.attempts).toBe(1);
	});

	it('says when the download fails and finishes the waiting action after a successful retry', async () => {
		const store = makeStore();
		let ran = 0;
		store.whenReady(() => ran++);
		download.settle?.reject(new Error('offline'));
		await settled();
		expect(store.getState().simulatorStatus).toBe('failed');
		expect(ran).toBe(0);
		store.loadSimulator();
		expect(store.getState().simulatorStatus).toBe('loading');
		expect(download.attempts).toBe(2);
		download.settle?.resolve({ execute, deleteUserAsConsoleDoes });
		await settled();
		expect(store.getState().simulatorStatus).toBe('ready');
		expect(ran).toBe(1);
	});
});

describe('fetching the simulator ahead of need', () => {
	it('reports nothing when the early download fails, and the next need retries', async () => {
		const store = makeStore();
		store.preloadSimulator();
		expect(store.getState().simulatorStatus).toBe('loading');
		download.settle?.reject(new Error('offline'));
		await settled();
		expect(store.getState().simulatorStatus).toBe('idle');
		let ran = false;
		store.whenReady(() => (ran = true));
		expect(download.attempts).toBe(2);
		download.settle?.resolve({ execute, deleteUserAsConsoleDoes });
		await settled();
		expect(ran).toBe(true);
	});

	it('reports a failure when an action was waiting for the early download', async () => {
		const store = makeStore();
		store.preloadSimulator();
		store.whenReady(() => undefined);
		expect(download.attempts).toBe(1);
		download.settle?.reject(new Error('offline'));
		await settled();
		expect(store.getState().simulatorStatus).toBe('failed');
		store.preloadSimulator();
		expect(download.attempts).toBe(1);
	});
});
