import { putOwn } from './core/own.ts';
import { principalArn } from './iam/lookup.ts';
import { TRAIL_LIMIT, type Principal, type SimState, type TrailRecord } from './state.ts';

/** What CloudTrail writes in place of secrets. */
export const REDACTED = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const SECRET_MEMBERS = new Set([
	'Password',
	'OldPassword',
	'NewPassword',
	'AuthenticationCode',
	'AuthenticationCode1',
	'AuthenticationCode2',
	'SecretAccessKey',
	'Base32StringSeed',
	'QRCodePNG',
	'Token',
]);

/**
 * A JSON-safe copy of request or response data with secrets replaced by
 * `HIDDEN_DUE_TO_SECURITY_REASONS`, depth- and size-limited so any input can be recorded.
 */
export function redact(value: unknown, depth = 0): unknown {
	if (value === null || typeof value === 'boolean') return value;
	if (typeof value === 'string') return value.length > 512 ? `${value.slice(0, 512)}…` : value;
	if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
	if (depth >= 4) return null;
	if (Array.isArray(value)) return value.slice(0, 20).map((v) => redact(v, depth + 1));
	if (typeof value === 'object') {
		const out: Record<string, unknown> = {};
		let count = 0;
		for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
			if (count++ >= 30) break;
			if (v === undefined) continue;
			putOwn(out, key, SECRET_MEMBERS.has(key) ? REDACTED : redact(v, depth + 1));
		}
		return out;
	}
	return null;
}

/** The CloudTrail `userIdentity` of a principal. */
export function identityOf(state: SimState, principal: Principal | null): TrailRecord['userIdentity'] {
	if (!principal) return { type: 'Unauthenticated' };
	if (principal.type === 'Root') return { type: 'Root', arn: principalArn(state, principal) };
	return { type: 'IAMUser', arn: principalArn(state, principal), userName: principal.userName };
}

/** Appends a record, keeping only the newest {@link TRAIL_LIMIT}. */
export function appendTrail(state: SimState, record: TrailRecord): SimState {
	const trail =
		state.trail.length >= TRAIL_LIMIT
			? [...state.trail.slice(state.trail.length - TRAIL_LIMIT + 1), record]
			: [...state.trail, record];
	return { ...state, trail };
}
