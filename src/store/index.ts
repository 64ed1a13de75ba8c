export { browserContext, type ContextSource } from './browser-context';
export {
	createSimStore,
	UNDO_LIMIT,
	type SimStore,
	type SimStoreOptions,
	type SimStoreState,
	type SimulatorStatus,
	type StoreNotice,
} from './sim-store';
export { loadSaveReader, type SaveReader } from './save-reader';
export type { SimulatorOperations } from './simulator-loader';
export { useStore } from './use-store';
export * from './persistence';
