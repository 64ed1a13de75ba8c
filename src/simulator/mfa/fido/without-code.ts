import type { Handler } from '../../core/handler.ts';
import { fail } from '../../core/result.ts';
import type { FidoOperation, WebAuthnCode } from './types.ts';

/** UNCONFIRMED wording (ours): a call without the page's origin and the passkey code. */
export const NO_WEBAUTHN_CONTEXT =
	'Passkeys and security keys need the page’s origin and the WebAuthn checks in the call context.';

/**
 * The handler `execute` runs for a passkey operation: the operation's code as the call context
 * brings it (`CallContext.webAuthn.code`), or a `ValidationError` when the context has none.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html
 */
export function handledWithContextCode<K extends FidoOperation>(op: K): Handler<K> {
	return (state, input, env) => {
		const code: unknown = env.ctx.webAuthn?.code;
		const handlers = typeof code === 'object' && code !== null ? (code as { handlers?: unknown }).handlers : undefined;
		const handler: unknown =
			typeof handlers === 'object' && handlers !== null ? (handlers as Record<string, unknown>)[op] : undefined;
		if (typeof handler !== 'function') return fail('ValidationError', NO_WEBAUTHN_CONTEXT);
		return (handler as Handler<K>)(state, input, env);
	};
}

/**
 * Downloads the passkey operations and checks (`@/simulator/webauthn`) for a console that is about
 * to use them. The import lives here, beside the handlers that run that code, so the bundler knows
 * `execute` is already loaded when it arrives and ships only what passkeys add.
 */
export function loadWebAuthnCode(): Promise<WebAuthnCode> {
	return import('../../webauthn.ts').then((module) => module.WEBAUTHN_CODE);
}
