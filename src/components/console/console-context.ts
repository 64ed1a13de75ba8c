import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiCallOf, ApiResponse, CallContext, OperationName, SimState } from '@/simulator';
import type { SimulatorOperations, SimulatorStatus } from '@/store';
import type { Route } from './routes';

/**
 * What every console screen gets: the simulated account, a way to change it, and navigation.
 * Screens never touch the store or storage directly, so the same screens serve the sandbox
 * and every lesson's lab.
 */
export interface ConsoleApi {
	/** The simulated account as it is now. */
	readonly state: SimState;
	/**
	 * Runs one simulator call as the signed-in identity; the result is saved and can be undone.
	 * Screens downloaded on demand may call it directly (they open once the simulator is ready);
	 * the shell (sign-in, navigation bar, practice tools) wraps it in {@link ConsoleApi.whenReady}.
	 */
	call: <K extends OperationName>(call: ApiCallOf<K>) => ApiResponse<K>;
	/**
	 * Runs a change that needs more than one call (a console workflow such as "create user with
	 * console access"); saved and undoable as one step.
	 */
	perform: <T>(
		change: (state: SimState, ctx: CallContext, simulator: SimulatorOperations) => { state: SimState; result: T },
	) => T;
	/**
	 * The console's first screen renders without the simulator's operations; they download when
	 * the learner first uses the console. Runs `action` once they are there (at once if they are).
	 */
	whenReady: (action: () => void) => void;
	/** Whether the simulator's operations have arrived (see {@link ConsoleApi.whenReady}). */
	readonly simulatorStatus: SimulatorStatus;
	/** The simulator's operations once they have arrived, for reads that do not change the account. */
	readonly simulator: SimulatorOperations | undefined;
	/** Downloads them for something that waits (a screen that needs them, Try again). */
	loadSimulator: () => void;
	/** Downloads them ahead of need, reporting no failure (the learner has started using the console). */
	preloadSimulator: () => void;
	readonly route: Route;
	/** Shows another screen and moves focus to its heading. */
	navigate: (route: Route) => void;
	/** The region chosen in the navigation bar, e.g. "us-east-1". */
	readonly region: string;
	setRegion: (region: string) => void;
	/** Real time now (epoch ms): MFA codes always use real time. */
	now: () => number;
	/** Says something to screen-reader users through the console's polite live region. */
	announce: (message: string) => void;
}

export const ConsoleContext = createContext<ConsoleApi | null>(null);

/** The console API for the screen being rendered; throws when used outside the console. */
export function useConsole(): ConsoleApi {
	const api = useContext(ConsoleContext);
	if (!api) throw new Error('useConsole() must be used inside <ConsoleContext.Provider>.');
	return api;
}
