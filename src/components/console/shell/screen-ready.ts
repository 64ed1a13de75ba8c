import { createContext } from 'preact';

/**
 * Called by a screen whose code arrived after the navigation that opened it (see lazyScreen), so
 * the console can move focus to its heading now that the heading is on the page.
 */
export const ScreenReadyContext = createContext<() => void>(() => undefined);
