export { memoryStorage, readItem, safeStorage, writeItem, type KeyValueStorage, type SafeStorage } from './storage';
export {
	backupKeyFor,
	loadVersioned,
	saveVersioned,
	type LoadNotice,
	type LoadOptions,
	type LoadResult,
	type Validator,
	type VersionedEnvelope,
} from './versioned';
