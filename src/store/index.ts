export { browserContext, type ContextSource } from './browser-context';
export {
	createSimStore,
	UNDO_LIMIT,
	type SimStore,
	type SimStoreOptions,
	type SimStoreState,
	type StoreNotice,
} from './sim-store';
export { useStore } from './use-store';
export * from './persistence';
