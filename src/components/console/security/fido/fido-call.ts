import type { ApiCallOf, ApiResponse, OperationName, WebAuthnContext } from '@/simulator';
import type { ConsoleApi } from '../../console-context';

/**
 * Runs one passkey operation with the page's origin and the WebAuthn checks in its call context
 * (the store's context carries neither: they exist only once a passkey step has opened). Saved
 * and undoable like any call.
 */
export function callWithWebAuthn<K extends OperationName>(
	perform: ConsoleApi['perform'],
	webAuthn: WebAuthnContext,
	call: ApiCallOf<K>,
): ApiResponse<K> {
	return perform((before, ctx, simulator) => {
		const executed = simulator.execute(before, call, { ...ctx, webAuthn });
		return { state: executed.state, result: executed.response };
	});
}

/** The message when the passkey checks cannot be downloaded (offline, or a newer site version). */
export const CHECKS_NOT_LOADED = 'The passkey checks could not be downloaded. Check your connection, then try again.';
