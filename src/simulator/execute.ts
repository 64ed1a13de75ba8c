import { accessDeniedError, explainAccess, isAllowed, rootOnlyError } from './authz.ts';
import { syncBillingClock } from './billing/clock.ts';
import { LEARNER_SOURCE_IP, type CallContext } from './core/context.ts';
import { simError, type SimError } from './core/errors.ts';
import type { HandlerEnv, TrailExtras } from './core/handler.ts';
import { DEFAULT_REGION, isRegionCode } from './core/regions.ts';
import type { Result } from './core/result.ts';
import { findUser, putUser } from './iam/lookup.ts';
import { afterSignedRequest, asKeyOwner, authenticateAccessKey } from './iam/access-key-use.ts';
import { mfaRegistrationRefusal } from './signin/mfa-registration.ts';
import type { ApiCallOf, OperationName, Operations } from './operations.ts';
import { OPERATION_SPECS, type OperationSpec } from './specs.ts';
import type { SimState } from './state.ts';
import { appendTrail, identityOf, redact } from './trail.ts';
import { printable } from './core/validate.ts';
import type { RequestInfo } from './policy/principal-policies.ts';
import { isSensibleClock } from './core/clock.ts';

/** The response to a call: the output, or an AWS error with its code and message. */
export type ApiResponse<K extends OperationName = OperationName> =
	| { readonly ok: true; readonly output: Operations[K]['output'] }
	| {
			readonly ok: false;
			readonly error: SimError<
				Operations[K]['errors'] | 'InvalidAction' | 'RequestTimeTooSkewed' | 'InvalidClientTokenId'
			>;
	  };

/** What {@link execute} returns: the next state (always new: failures are recorded) and the response. */
export interface Executed<K extends OperationName = OperationName> {
	readonly state: SimState;
	readonly response: ApiResponse<K>;
}

const READ_PREFIXES = ['Get', 'List', 'Describe', 'Lookup'];
const ACTIVITY_RESOLUTION_MS = 60_000;

/**
 * Runs one call against the account, as AWS would: checks the session, authorizes the signed-in
 * principal (the root user bypasses IAM policies), runs the operation and records it in the trail
 * (failures too, as CloudTrail does). Never throws for anything a caller can send.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/intro-structure.html
 */
export function execute<K extends OperationName>(state: SimState, call: ApiCallOf<K>, ctx: CallContext): Executed<K> {
	const op = (call as { op?: unknown } | null)?.op;
	const spec =
		typeof op === 'string' && Object.prototype.hasOwnProperty.call(OPERATION_SPECS, op)
			? (OPERATION_SPECS[op as K] as OperationSpec<K>)
			: undefined;
	if (!spec) {
		return {
			state,
			response: { ok: false, error: simError('InvalidAction', `Could not find operation ${printable(op)}.`) },
		};
	}
	const clockError = checkClock(ctx.now);
	if (clockError) return { state, response: { ok: false, error: clockError } };
	// A programmatic call signed with an access key acts as the key's owner, outside the console session.
	const signer = ctx.accessKeyId === undefined ? undefined : authenticateAccessKey(state, ctx.accessKeyId);
	if (signer && !signer.ok) return { state, response: { ok: false, error: signer.error } };
	const input: unknown = (call as { input?: unknown }).input;
	const rawRegion: unknown = (call as { region?: unknown }).region;
	const now = Math.max(ctx.now, state.billing.lastRealNow);
	const region = spec.regional && isRegionCode(rawRegion) ? rawRegion : DEFAULT_REGION;
	const caller = signer ? asKeyOwner(state, signer.value.owner, now) : state;
	const principal = caller.session?.principal ?? null;
	const env: HandlerEnv = { ctx, now, region, principal };
	const before = syncBillingClock(caller, env);

	let result: Result<{ state: SimState; output: Operations[K]['output']; trail?: TrailExtras }>;
	const regionError =
		spec.regional && rawRegion !== undefined && !isRegionCode(rawRegion)
			? simError('ValidationError', `The Region '${printable(rawRegion)}' is not a Region this console offers.`)
			: undefined;
	const denial = regionError ?? authorize(before, spec, op as string, input, env);
	if (denial) {
		result = { ok: false, error: denial };
	} else {
		result = spec.handler(before, input, env);
	}

	let next = result.ok ? result.value.state : before;
	if (result.ok && principal?.type === 'IAMUser' && spec.auth.kind === 'iam') {
		const user = findUser(next, principal.userName);
		// SIMPLIFIED: activity is recorded to the minute, which is finer than the console shows.
		if (user && (user.lastActivity === undefined || now - user.lastActivity >= ACTIVITY_RESOLUTION_MS)) {
			next = putUser(next, { ...user, lastActivity: now });
		}
	}
	if (signer) {
		const awsRegion = spec.regional ? region : DEFAULT_REGION;
		next = afterSignedRequest(next, state, signer.value.key.AccessKeyId, {
			date: now,
			serviceName: serviceNamespace(spec),
			region: awsRegion,
		});
	}
	// SIMPLIFIED: simulation controls, the practice mailbox, CancelSignIn and ConsoleLogout are not
	// AWS events, so the trail does not record them.
	if (spec.recorded) {
		const extras = result.ok ? result.value.trail : undefined;
		const isRead = READ_PREFIXES.some((p) => (op as string).startsWith(p));
		const responseElements =
			extras?.responseElements ?? (result.ok && !isRead ? redact(result.value.output) : undefined);
		next = appendTrail(next, {
			eventTime: now,
			eventName: extras?.eventName ?? spec.eventName ?? (op as string),
			eventSource: spec.eventSource,
			awsRegion: spec.regional ? region : DEFAULT_REGION,
			userIdentity: withSigningKey(
				extras?.userIdentity ?? signInIdentity(before, op as string, input) ?? identityOf(before, principal),
				signer?.value.key.AccessKeyId,
			),
			sourceIPAddress: sourceAddressOf(ctx),
			requestParameters: redact(input ?? null),
			...(responseElements === undefined ? {} : { responseElements }),
			...(result.ok ? {} : { errorCode: result.error.code, errorMessage: result.error.message }),
		});
	}
	const response: ApiResponse<K> = result.ok
		? { ok: true, output: result.value.output }
		: { ok: false, error: result.error as SimError<Operations[K]['errors']> };
	return { state: next, response };
}

/** Refuses a call whose clock is not a sensible time (see {@link isSensibleClock}). */
function checkClock(now: unknown): SimError<'RequestTimeTooSkewed'> | undefined {
	if (isSensibleClock(now)) return undefined;
	// AWS refuses requests whose time is too far from its own with this code; here the caller's
	// clock is the only clock, so a time outside these bounds is refused outright.
	return simError(
		'RequestTimeTooSkewed',
		`The request time (${printable(now)}) is not a time between 2000 and 2200, so the request was refused. Check the computer's clock.`,
	);
}

/** The caller's address from the context; anything that is not a short string means the learner. */
function sourceAddressOf(ctx: CallContext): string {
	const address: unknown = ctx.sourceIPAddress;
	return typeof address === 'string' && address.length > 0 && address.length <= 64 ? address : LEARNER_SOURCE_IP;
}

/** A programmatic call's identity names the access key that signed it, as CloudTrail records it. */
function withSigningKey(
	identity: SimState['trail'][number]['userIdentity'],
	accessKeyId: string | undefined,
): SimState['trail'][number]['userIdentity'] {
	return accessKeyId === undefined ? identity : { ...identity, accessKeyId };
}

/** For a failed sign-in, CloudTrail names who tried (an unknown user name is hidden). */
function signInIdentity(
	state: SimState,
	op: string,
	input: unknown,
): SimState['trail'][number]['userIdentity'] | undefined {
	if (
		(op === 'ConsoleLoginMFA' ||
			op === 'ConsoleLoginFIDO' ||
			op === 'ChangeExpiredPassword' ||
			op === 'ResyncMFADeviceAtSignIn') &&
		state.pendingSignIn
	) {
		return identityOf(state, state.pendingSignIn.principal);
	}
	if (op !== 'ConsoleLogin' || typeof input !== 'object' || input === null) return undefined;
	const record = input as Record<string, unknown>;
	if (record['LoginType'] === 'Root') return { type: 'Root', arn: `arn:aws:iam::${state.account.accountId}:root` };
	const name = typeof record['UserName'] === 'string' ? record['UserName'] : '';
	const user = findUser(state, name);
	return user
		? { type: 'IAMUser', arn: user.Arn, userName: user.UserName }
		: { type: 'IAMUser', userName: 'HIDDEN_DUE_TO_SECURITY_REASONS' };
}

/** The namespace of the operation's service (`iam`, `ec2`, `cloudwatch`…), as AWS reports a key's last use. */
function serviceNamespace<K extends OperationName>(spec: OperationSpec<K>): string {
	const auth = spec.auth;
	const name = auth.kind === 'iam' || auth.kind === 'rootOnly' ? auth.action : spec.eventSource;
	return name.split(/[:.]/)[0] ?? name;
}

function authorize<K extends OperationName>(
	state: SimState,
	spec: OperationSpec<K>,
	op: string,
	input: unknown,
	env: HandlerEnv,
): SimError | undefined {
	const auth = spec.auth;
	if (auth.kind === 'none') return undefined;
	const session = state.session;
	if (!session) return simError('MissingAuthenticationToken', 'Request is missing Authentication Token');
	const mustRegisterMfa = mfaRegistrationRefusal(state, op, input);
	if (mustRegisterMfa) return mustRegisterMfa;
	if (auth.kind === 'session' || session.principal.type === 'Root') return undefined;
	// Actions without resource-level permissions are authorized against "*", and their denial names no resource.
	const resourceLevel = auth.resource !== '*';
	const resource = auth.resource === '*' ? '*' : auth.resource(state, input, env);
	if (auth.kind === 'rootOnly') return rootOnlyError(state, auth.action, resource, resourceLevel);
	const request: RequestInfo = {
		region: env.region,
		now: env.ctx.now,
		sourceIp: sourceAddressOf(env.ctx),
		withAccessKey: env.ctx.accessKeyId !== undefined,
	};
	if (isAllowed(state, auth.action, resource, request)) return undefined;
	return accessDeniedError(explainAccess(state, auth.action, resource, request), resourceLevel);
}
