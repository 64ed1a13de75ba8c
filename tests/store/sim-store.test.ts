import { describe, expect, it } from 'vitest';
import {
	createFreshAccount,
	deleteUserAsConsoleDoes,
	execute,
	SIM_STATE_VERSION,
	type CallContext,
	type SimState,
} from '@/simulator';
import {
	createSimStore,
	loadSaveReader,
	memoryStorage,
	UNDO_LIMIT,
	type ContextSource,
	type KeyValueStorage,
} from '@/store';
import { readSavedAccount } from '@/store/read-saved-account';

const T0 = Date.UTC(2025, 0, 1);
const KEY = 'course:sim:test-lab';

function fixedContext(): ContextSource {
	let time = T0;
	let counter = 0;
	return {
		now: () => (time += 1000),
		randomBytes: (length) => Uint8Array.from({ length }, () => (counter = (counter * 31 + 7) % 256)),
	};
}

/** A fresh account with the root user already signed in, so calls need no sign-in step. */
const scenario = (ctx: CallContext): SimState => ({
	...createFreshAccount(ctx, { passwordHashIterations: 1 }),
	session: { principal: { type: 'Root' }, withMfa: false, since: ctx.now },
});
const createUser = (UserName: string) => ({ op: 'CreateUser', input: { UserName } }) as const;

function makeStore(storage: KeyValueStorage = memoryStorage(), persistent = true) {
	return createSimStore({
		storageKey: KEY,
		createScenario: scenario,
		storage: { storage, persistent },
		context: fixedContext(),
		simulator: { execute, deleteUserAsConsoleDoes },
		readSave: readSavedAccount,
	});
}

describe('createSimStore', () => {
	it('starts from the scenario and saves it under the lab key', () => {
		const storage = memoryStorage();
		const store = makeStore(storage);
		expect(store.getState().sim.iam.users).toEqual({});
		expect(store.getState().notice).toBeNull();
		expect(JSON.parse(storage.getItem(KEY) ?? '{}').version).toBe(SIM_STATE_VERSION);
	});

	it('runs a call, saves the result and reloads it', () => {
		const storage = memoryStorage();
		const response = makeStore(storage).call(createUser('iam-admin'));
		expect(response.ok).toBe(true);
		const reloaded = makeStore(storage);
		expect(Object.keys(reloaded.getState().sim.iam.users)).toEqual(['iam-admin']);
	});

	it('undoes the last change and keeps at most the undo limit', () => {
		const store = makeStore();
		for (let i = 0; i < UNDO_LIMIT + 5; i++) store.call(createUser(`user-${i}`));
		expect(store.getState().history).toHaveLength(UNDO_LIMIT);
		expect(store.undo()).toBe(true);
		expect(Object.keys(store.getState().sim.iam.users)).not.toContain(`user-${UNDO_LIMIT + 4}`);
	});

	it('does not add failed calls to the undo history', () => {
		const store = makeStore();
		store.call(createUser('not a valid name'));
		expect(store.getState().history).toHaveLength(0);
		expect(store.undo()).toBe(false);
	});

	it('runs a workflow as one undoable step', () => {
		const store = makeStore();
		const result = store.perform((state, ctx) => {
			const first = execute(state, createUser('alice'), ctx);
			const second = execute(first.state, createUser('bob'), ctx);
			return { state: second.state, result: second.response.ok };
		});
		expect(result).toBe(true);
		expect(store.getState().history).toHaveLength(1);
		store.undo();
		expect(store.getState().sim.iam.users).toEqual({});
	});

	it('resets to the scenario and clears the history', () => {
		const storage = memoryStorage();
		const store = makeStore(storage);
		store.call(createUser('alice'));
		store.reset();
		expect(store.getState().sim.iam.users).toEqual({});
		expect(store.getState().history).toHaveLength(0);
		expect(makeStore(storage).getState().sim.iam.users).toEqual({});
	});

	it('backs up an unreadable save, starts fresh and says so', () => {
		const storage = memoryStorage({ [KEY]: '{"version":1,"state":{"broken":true}}' });
		const store = makeStore(storage);
		const notice = store.getState().notice;
		expect(notice?.kind).toBe('recovered');
		expect(notice?.message).toMatch(/could not be read.*copy of the old save was kept/s);
		const backupKey = Array.from({ length: storage.length }, (_, i) => storage.key(i)).find((key) =>
			key?.startsWith(`${KEY}:backup:`),
		);
		expect(backupKey && storage.getItem(backupKey)).toBe('{"version":1,"state":{"broken":true}}');
		store.dismissNotice();
		expect(store.getState().notice).toBeNull();
	});

	it('keeps a save from a newer version and works in memory', () => {
		const raw = JSON.stringify({ version: SIM_STATE_VERSION + 1, state: {} });
		const storage = memoryStorage({ [KEY]: raw });
		const store = makeStore(storage);
		expect(store.getState().notice?.kind).toBe('newer');
		expect(storage.getItem(KEY)).not.toBe(raw);
		expect(
			Array.from({ length: storage.length }, (_, i) => storage.key(i)).some(
				(key) => storage.getItem(key ?? '') === raw,
			),
		).toBe(true);
	});

	it('needs no reader when nothing is saved, and downloads one only when something is', async () => {
		expect(await loadSaveReader(KEY, memoryStorage())).toBeUndefined();
		const storage = memoryStorage();
		makeStore(storage).call(createUser('alice'));
		const readSave = await loadSaveReader(KEY, storage);
		expect(readSave).toBe(readSavedAccount);
		const reopened = createSimStore({
			storageKey: KEY,
			createScenario: scenario,
			storage: { storage, persistent: true },
			context: fixedContext(),
			readSave,
		});
		expect(Object.keys(reopened.getState().sim.iam.users)).toEqual(['alice']);
	});

	it('leaves alone a save that appeared after the page looked for one, and says how to see it', () => {
		const storage = memoryStorage();
		makeStore(storage).call(createUser('alice'));
		const saved = storage.getItem(KEY);
		const store = createSimStore({
			storageKey: KEY,
			createScenario: scenario,
			storage: { storage, persistent: true },
			context: fixedContext(),
			simulator: { execute, deleteUserAsConsoleDoes },
		});
		expect(store.getState().sim.iam.users).toEqual({});
		expect(store.getState().notice).toEqual({
			kind: 'changed-elsewhere',
			message: expect.stringMatching(/another tab.*Reload the page/s),
		});
		store.call(createUser('bob'));
		expect(storage.getItem(KEY)).toBe(saved);
	});

	it('keeps working when storage is unavailable and says progress will not be kept', () => {
		const store = makeStore(memoryStorage(), false);
		expect(store.getState().notice?.kind).toBe('not-saved');
		expect(store.call(createUser('alice')).ok).toBe(true);
	});

	it('switches to memory with a notice when a write fails', () => {
		const inner = memoryStorage();
		let full = false;
		const storage: KeyValueStorage = {
			getItem: inner.getItem,
			removeItem: inner.removeItem,
			key: inner.key,
			get length() {
				return inner.length;
			},
			setItem: (key, value) => {
				if (full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
				inner.setItem(key, value);
			},
		};
		const store = makeStore(storage);
		full = true;
		expect(() => store.call(createUser('alice'))).not.toThrow();
		expect(store.getState().notice?.kind).toBe('not-saved');
		expect(store.getState().sim.iam.users['alice']).toBeDefined();
	});
});
