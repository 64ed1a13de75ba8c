export { memoryStorage, readItem, safeStorage, type KeyValueStorage, type SafeStorage } from './storage';
export { loadDocument } from './read-document';
export {
	backupKeyFor,
	saveDocument,
	type LoadNotice,
	type LoadResult,
	type SavedDocument,
	type Validator,
} from './saved-document';
export { exportDocument, importDocument } from './document-files';
