import { readEnvelope } from './persistence/read-document';
import type { ReadResult } from './persistence/saved-document';
import { PROGRESS_DOCUMENT } from './progress-migrations';
import type { ProgressState } from './progress-schema';

/**
 * Reads the learner's saved progress: its migrations and shape. Its own module because a page
 * downloads it only when the browser holds a save (see `createProgressStore`); a first visit
 * starts from empty progress without it.
 */
export function readSavedProgress(text: string): ReadResult<ProgressState> {
	return readEnvelope(PROGRESS_DOCUMENT, text);
}
