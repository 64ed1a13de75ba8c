import {
	createTopicWithEmailSubscriptions,
	execute,
	totpCode,
	TOTP_STEP_MS,
	type ApiCall,
	type ApiCallOf,
	type CallContext,
	type OperationName,
	type Operations,
	type SimState,
} from '@/simulator';

/**
 * Runs a call that a scenario or a reference solution relies on. A failure here means the lab
 * itself is wrong (not the learner), so it throws with the AWS error to make the bug obvious.
 */
export function must(state: SimState, call: ApiCall, ctx: CallContext): SimState {
	const { state: next, response } = execute(state, call, ctx);
	if (!response.ok) {
		throw new Error(`Lab setup failed: ${call.op} → ${response.error.code}: ${response.error.message}`);
	}
	return next;
}

/** Runs calls in order with {@link must}. */
export function mustAll(state: SimState, calls: readonly ApiCall[], ctx: CallContext): SimState {
	return calls.reduce((current, call) => must(current, call, ctx), state);
}

/** The same context, later by whole 30-second TOTP steps (fresh MFA codes need a new step). */
export function laterBy(ctx: CallContext, steps: number): CallContext {
	return { ...ctx, now: ctx.now + steps * TOTP_STEP_MS };
}

/** Two codes from consecutive steps ending at `ctx.now`, as "Add MFA" asks for. */
export function consecutiveCodes(
	secret: string,
	ctx: CallContext,
): { AuthenticationCode1: string; AuthenticationCode2: string } {
	return {
		AuthenticationCode1: totpCode(secret, ctx.now - TOTP_STEP_MS),
		AuthenticationCode2: totpCode(secret, ctx.now),
	};
}

/** Like {@link must}, and also returns the call's output. */
export function mustWithOutput<K extends OperationName>(
	state: SimState,
	call: ApiCallOf<K>,
	ctx: CallContext,
): { state: SimState; output: Operations[K]['output'] } {
	const { state: next, response } = execute(state, call, ctx);
	if (!response.ok) {
		throw new Error(`Lab setup failed: ${call.op} → ${response.error.code}: ${response.error.message}`);
	}
	return { state: next, output: response.output };
}

/** Runs a call that the lab expects IAM to refuse (the point of the exercise), recording the denial. */
export function mustBeDenied(state: SimState, call: ApiCall, ctx: CallContext): SimState {
	const { state: next, response } = execute(state, call, ctx);
	if (response.ok || response.error.code !== 'AccessDenied') {
		throw new Error(`Lab setup failed: expected ${call.op} to be denied with AccessDenied.`);
	}
	return next;
}

/**
 * Creates an SNS topic with one email subscription, as the alarm wizard's **Create new topic**
 * does (the same workflow, so scenarios and the console cannot drift apart). Throws like
 * {@link must} when a step fails.
 */
export function mustCreateEmailTopic(
	state: SimState,
	topic: { name: string; email: string; region: string },
	ctx: CallContext,
): { state: SimState; topicArn: string } {
	const result = createTopicWithEmailSubscriptions(
		state,
		{ Name: topic.name, Endpoints: [topic.email], region: topic.region },
		ctx,
	);
	if (!result.ok || result.topicArn === undefined) {
		const failed = result.ok ? undefined : result.failedStep;
		const error =
			failed && !failed.response.ok ? `${failed.response.error.code}: ${failed.response.error.message}` : '';
		throw new Error(`Lab setup failed: ${failed?.call.op ?? 'CreateTopic'} → ${error}`);
	}
	return { state: result.state, topicArn: result.topicArn };
}
