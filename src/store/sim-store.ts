/**
 * The practice account's store: one simulated AWS account per lab (and one for the sandbox),
 * saved in the browser after every change, with an in-memory undo history.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
	SIM_STATE_VERSION,
	type ApiCall,
	type ApiCallOf,
	type ApiResponse,
	type CallContext,
	type OperationName,
	type SimState,
} from '@/simulator';
import { browserContext, type ContextSource } from './browser-context';
import { readItem, safeStorage, type SafeStorage } from './persistence/storage';
import { loadSaved, saveDocument, type LoadNotice, type LoadResult } from './persistence/saved-document';
import type { SaveReader } from './save-reader';
import { loadedSimulator, loadSimulator, type SimulatorOperations } from './simulator-loader';

/** How many earlier states Undo can go back to. */
export const UNDO_LIMIT = 20;

/** A message about saving or loading that the workspace shows above the console. */
export interface StoreNotice {
	kind: 'recovered' | 'newer' | 'not-saved' | 'changed-elsewhere';
	message: string;
}

/**
 * Whether the simulator's operations are on the page: `idle` until something asks for them,
 * `failed` when the download did not arrive (offline, or a newer deployment replaced the files).
 */
export type SimulatorStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface SimStoreState {
	readonly sim: SimState;
	readonly simulatorStatus: SimulatorStatus;
	/** Earlier states, oldest first; kept in memory only. */
	readonly history: readonly SimState[];
	readonly notice: StoreNotice | null;
}

export interface SimStore extends StoreApi<SimStoreState> {
	/** The key the account is saved under, `course:sim:<lab-id>`. */
	readonly storageKey: string;
	/**
	 * Runs one simulator call as the signed-in identity, saves, and returns AWS's response.
	 * Only once the simulator is ready: use {@link SimStore.whenReady} around it where it may not be.
	 */
	call: <K extends OperationName>(apiCall: ApiCallOf<K>) => ApiResponse<K>;
	/** Runs a multi-call console workflow as one undoable step (once the simulator is ready). */
	perform: <T>(
		change: (state: SimState, ctx: CallContext, simulator: SimulatorOperations) => { state: SimState; result: T },
	) => T;
	/**
	 * Downloads the simulator's operations because something is waiting for them (a screen that
	 * needs them, a Try again button); a failure sets `simulatorStatus` to `failed`.
	 */
	loadSimulator: () => void;
	/**
	 * Starts the same download in the background, ahead of need (the learner has just started using
	 * the console). A failure here is not reported: it goes back to `idle`, and the next need retries.
	 */
	preloadSimulator: () => void;
	/** The simulator's operations once they are on the page. */
	simulator: () => SimulatorOperations | undefined;
	/**
	 * Runs `action` at once when the simulator is ready, or as soon as its download arrives (the
	 * latest action only: a second click while it downloads replaces the first). If the download
	 * fails, `simulatorStatus` says so and the action waits for {@link SimStore.loadSimulator} to retry.
	 */
	whenReady: (action: () => void) => void;
	/** Goes back one step; false when there is nothing to undo. */
	undo: () => boolean;
	/** Replaces the account with the scenario's starting state. */
	reset: () => void;
	dismissNotice: () => void;
	/** Time and randomness for one call, as the simulator expects them. */
	callContext: () => CallContext;
}

export interface SimStoreOptions {
	/** `course:sim:<lab-id>`. */
	storageKey: string;
	/** The lab's starting account. */
	createScenario: (ctx: CallContext) => SimState;
	/** Defaults to localStorage (or memory when it is unavailable). */
	storage?: SafeStorage;
	/** Defaults to the browser's clock and random number generator. */
	context?: ContextSource;
	/**
	 * The simulator's operations, when the page has them already (labs, whose starting accounts
	 * are built with them, and tests). Left out, the store starts without them and downloads them
	 * on first need.
	 */
	simulator?: SimulatorOperations;
	/**
	 * Reads a save found under the key. It brings the account's shape checks and migrations, so a
	 * page downloads it only when the browser holds a save: see `loadSaveReader` in `save-reader.ts`. Left out,
	 * the store expects to find nothing saved.
	 */
	readSave?: SaveReader | undefined;
}

const CHANGED_ELSEWHERE_MESSAGE =
	'This practice account was saved in another tab while this page was opening, so this page started from the beginning and will not save over it. Reload the page to continue from the saved account.';

const NOT_SAVED_MESSAGE =
	'Your browser is not letting this page save data, so changes to the practice account will be lost when you leave or reload the page. Everything else works as usual.';

/** Calls that look but do not change anything, by AWS's naming convention. */
function isReadOnly(apiCall: ApiCall): boolean {
	return /^(Get|List|Describe)/.test(apiCall.op);
}

export function createSimStore(options: SimStoreOptions): SimStore {
	const { storageKey, createScenario } = options;
	const { storage, persistent } = options.storage ?? safeStorage();
	const source = options.context ?? browserContext();

	let lastNow = 0;
	/** Time never runs backwards for the simulator, even if the computer's clock is changed. */
	const callContext = (): CallContext => {
		lastNow = Math.max(source.now(), lastNow);
		return { now: lastNow, randomBytes: source.randomBytes };
	};

	const document = { key: storageKey, version: SIM_STATE_VERSION };
	const fallback = () => createScenario(callContext());
	const { readSave } = options;
	// A save that appeared after the page looked for one (another tab) is kept as it is: this page
	// has no reader for it, and must not write over it.
	const loaded: LoadResult<SimState> = readSave
		? loadSaved(storage, storageKey, readSave, { fallback, now: source.now })
		: { state: fallback(), writable: readItem(storage, storageKey) === null };
	lastNow = Math.max(lastNow, loaded.state.billing.lastRealNow);
	let writable = persistent && loaded.writable;
	const firstNotice: StoreNotice | null = loaded.notice
		? loadNoticeMessage(loaded.notice)
		: !persistent
			? notSaved()
			: !loaded.writable
				? { kind: 'changed-elsewhere', message: CHANGED_ELSEWHERE_MESSAGE }
				: null;

	let simulator = options.simulator ?? loadedSimulator();
	let pendingAction: (() => void) | undefined;
	/** Whether anything waits for the download (as opposed to fetching it ahead of need). */
	let needed = false;

	const api = createStore<SimStoreState>(() => ({
		sim: loaded.state,
		simulatorStatus: simulator ? 'ready' : 'idle',
		history: [],
		notice: firstNotice,
	}));

	const save = (sim: SimState) => {
		if (!writable) return;
		if (!saveDocument(storage, document, sim)) {
			writable = false;
			api.setState({ notice: notSaved() });
		}
	};
	save(loaded.state);

	const commit = (next: SimState, undoable: boolean) => {
		const { sim, history } = api.getState();
		api.setState({ sim: next, history: undoable ? [...history, sim].slice(-UNDO_LIMIT) : history });
		save(next);
	};

	const requireSimulator = (): SimulatorOperations => {
		if (!simulator) throw new Error('The simulator is still downloading: wrap this action in whenReady().');
		return simulator;
	};

	const startLoading = (need: boolean) => {
		needed ||= need;
		const status = api.getState().simulatorStatus;
		if (status === 'ready' || status === 'loading') return;
		api.setState({ simulatorStatus: 'loading' });
		loadSimulator().then(
			(module) => {
				simulator = module;
				api.setState({ simulatorStatus: 'ready' });
				const action = pendingAction;
				pendingAction = undefined;
				action?.();
			},
			// The waiting action stays: when a retry succeeds, what the learner asked for still happens.
			() => api.setState({ simulatorStatus: needed ? 'failed' : 'idle' }),
		);
	};

	return {
		...api,
		storageKey,
		callContext,
		loadSimulator: () => startLoading(true),
		preloadSimulator: () => {
			if (api.getState().simulatorStatus === 'idle') startLoading(false);
		},
		simulator: () => simulator,
		whenReady(action) {
			if (simulator) {
				action();
				return;
			}
			pendingAction = action;
			startLoading(true);
		},
		call(apiCall) {
			const { state, response } = requireSimulator().execute(api.getState().sim, apiCall, callContext());
			// Reads only add to the trail (as page loads do in CloudTrail); Undo skips them, so it
			// always takes back something the learner changed.
			commit(state, response.ok && !isReadOnly(apiCall));
			return response;
		},
		perform(change) {
			const { state, result } = change(api.getState().sim, callContext(), requireSimulator());
			commit(state, true);
			return result;
		},
		undo() {
			const { history } = api.getState();
			const previous = history.at(-1);
			if (!previous) return false;
			api.setState({ sim: previous, history: history.slice(0, -1) });
			save(previous);
			return true;
		},
		reset() {
			const fresh = createScenario(callContext());
			api.setState({ sim: fresh, history: [] });
			save(fresh);
		},
		dismissNotice() {
			api.setState({ notice: null });
		},
	};
}

function notSaved(): StoreNotice {
	return { kind: 'not-saved', message: NOT_SAVED_MESSAGE };
}

function loadNoticeMessage(notice: LoadNotice): StoreNotice {
	const kept = notice.backupKept
		? `A copy of the old save was kept in this browser's storage under “${notice.backupKey}”.`
		: 'The browser would not store a copy of the old save, so changes made now will not be saved either, and the old save is left as it was.';
	if (notice.kind === 'newer') {
		return {
			kind: 'newer',
			message: `This practice account was saved by a newer version of the course, which this page cannot read, so a fresh practice account was started. ${kept}`,
		};
	}
	return {
		kind: 'recovered',
		message: `The saved practice account could not be read (it may be damaged), so a fresh practice account was started. ${kept}`,
	};
}
