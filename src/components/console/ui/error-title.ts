import type { SimError } from '@/simulator';

/** The title of the box that shows a failed call, when the screen does not give its own. */
export function errorTitle(error: SimError): string {
	return error.code === 'AccessDenied' ? 'Access denied' : 'The request failed';
}
