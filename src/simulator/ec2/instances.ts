import { done, nextSeq, type Handler, type HandlerEnv } from '../core/handler.ts';
import { instanceIdFor, reservationIdFor } from '../core/ids.ts';
import { own } from '../core/own.ts';
import { fail } from '../core/result.ts';
import { requiredNumber, requiredString, validationMessage, type Read } from '../core/validate.ts';
import type { InstanceStateChange, RunInstancesInstance } from '../operations.ts';
import type { Ec2Instance, InstanceStateName, SimState } from '../state.ts';
import { MAX_SPEND_RATE_USD_PER_HOUR } from '../billing/preferences.ts';
import { hourlyPrice } from './prices.ts';
import { findInstances, readInstanceIds } from './instance-ids.ts';
import { instanceView, isListed, regionalInstances, stateView } from './views.ts';

/**
 * Most instances one call launches. SIMPLIFIED: a flat per-call limit stands in for the account's
 * vCPU quotas, and keeps every response small.
 */
export const INSTANCE_LIMIT = 20;

/** The state with the Region's instances replaced; instances terminated over an hour ago are dropped. */
function withInstances(state: SimState, region: string, instances: Record<string, Ec2Instance>, now: number): SimState {
	const kept = Object.fromEntries(Object.entries(instances).filter(([, instance]) => isListed(instance, now)));
	return { ...state, ec2: { ...state.ec2, [region]: { instances: kept } } };
}

/** Prices have four decimals; rounding keeps sums such as 3 × 32.7726 exact. */
const roundRate = (rate: number): number => Math.round(rate * 10_000) / 10_000;

/** The spend rate with `change` USD per hour added (or taken away), kept from 0 to the simulator's maximum. */
function spendRateChangedBy(state: SimState, change: number): SimState {
	const rate = Math.min(
		MAX_SPEND_RATE_USD_PER_HOUR,
		Math.max(0, roundRate(state.billing.spendRateUsdPerHour + change)),
	);
	return { ...state, billing: { ...state.billing, spendRateUsdPerHour: rate } };
}

/** A positive whole instance count. */
function instanceCount(input: unknown, member: 'MinCount' | 'MaxCount'): Read<number> {
	const count = requiredNumber(input, member);
	if (!count.ok) return count;
	if (!Number.isInteger(count.value))
		return fail('ValidationError', validationMessage(member, count.value, 'Member must be a whole number'));
	if (count.value < 1)
		return fail('ValidationError', validationMessage(member, count.value, 'Member must be greater than or equal to 1'));
	return count;
}

/**
 * Launches instances: EC2 starts as many as it can, up to `MaxCount`, and fails unless it can start
 * at least `MinCount`. Each instance is kept in the call's Region and adds its hourly price to the
 * account's spend rate, so the billing clock charges for it until it is stopped or terminated (the
 * spend rate never goes above the simulator's highest).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
 */
export const runInstances: Handler<'RunInstances'> = (state, input, env) => {
	const type = requiredString(input, 'InstanceType');
	if (!type.ok) return type;
	const min = instanceCount(input, 'MinCount');
	if (!min.ok) return min;
	const max = instanceCount(input, 'MaxCount');
	if (!max.ok) return max;
	// UNCONFIRMED message: EC2 documents the rule (MinCount ≤ MaxCount), not its wording.
	if (min.value > max.value) {
		return fail('ValidationError', `MinCount (${min.value}) must be less than or equal to MaxCount (${max.value}).`);
	}
	const price = hourlyPrice(type.value);
	if (price === undefined) return fail('InvalidParameterValue', `Invalid value '${type.value}' for InstanceType.`);
	if (min.value > INSTANCE_LIMIT) {
		return fail(
			'InstanceLimitExceeded',
			`You have requested more instances (${min.value}) than your current instance limit of ${INSTANCE_LIMIT} allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.`,
		);
	}
	const launched = Math.min(max.value, INSTANCE_LIMIT);
	let next = state;
	const kept: Record<string, Ec2Instance> = { ...regionalInstances(state, env.region) };
	const instances: RunInstancesInstance[] = [];
	let reservationId = '';
	for (let i = 0; i < launched; i++) {
		const [seq, counted] = nextSeq(next);
		next = counted;
		if (i === 0) reservationId = reservationIdFor(seq);
		// SIMPLIFIED: an instance is running as soon as it is launched; the response says pending, as EC2's does.
		const instance: Ec2Instance = {
			InstanceId: instanceIdFor(seq),
			InstanceType: type.value,
			ReservationId: reservationId,
			State: 'running',
			LaunchTime: env.now,
			hourlyPriceUsd: price,
		};
		kept[instance.InstanceId] = instance;
		instances.push({ ...instanceView(instance, env.region), State: { Code: 0, Name: 'pending' } });
	}
	next = spendRateChangedBy(withInstances(next, env.region, kept, env.now), launched * price);
	return done(next, { ReservationId: reservationId, OwnerId: state.account.accountId, Instances: instances });
};

/** The states each change leaves: the state reported now, and the one the instance settles in. */
interface Change {
	readonly reported: InstanceStateName;
	readonly settled: InstanceStateName;
}

/** Applies a stop or a termination to the named instances (already checked to exist and allow it). */
function changeInstances(
	state: SimState,
	env: HandlerEnv,
	ids: readonly string[],
	changeOf: (current: InstanceStateName) => Change | undefined,
): { state: SimState; changes: InstanceStateChange[] } {
	const instances: Record<string, Ec2Instance> = { ...regionalInstances(state, env.region) };
	const changes: InstanceStateChange[] = [];
	let saved = 0;
	for (const id of new Set(ids)) {
		const instance = own(instances, id);
		if (!instance) continue;
		const change = changeOf(instance.State);
		if (!change) continue;
		if (change.settled !== instance.State) {
			if (instance.State === 'running' || instance.State === 'pending') saved += instance.hourlyPriceUsd;
			instances[id] = { ...instance, State: change.settled, stateChangedAt: env.now };
		}
		changes.push({
			InstanceId: id,
			CurrentState: stateView(change.reported),
			PreviousState: stateView(instance.State),
		});
	}
	return { state: spendRateChangedBy(withInstances(state, env.region, instances, env.now), -saved), changes };
}

/**
 * Stops running instances: they stop costing at once (SIMPLIFIED: a stopped instance's disk costs
 * nothing here) and keep their disk. Stopping a stopped instance succeeds; a terminated one cannot
 * be stopped, and then nothing is stopped.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StopInstances.html
 */
export const stopInstances: Handler<'StopInstances'> = (state, input, env) => {
	const ids = readInstanceIds(input);
	if (!ids.ok) return ids;
	const found = findInstances(regionalInstances(state, env.region), ids.value, env.now);
	if (!found.ok) return found;
	const stuck = found.value.find((instance) => instance.State === 'terminated' || instance.State === 'shutting-down');
	if (stuck) {
		// UNCONFIRMED message: EC2's wording for IncorrectInstanceState on a stop is not in its reference.
		return fail(
			'IncorrectInstanceState',
			`The instance '${stuck.InstanceId}' is not in a state from which it can be stopped.`,
		);
	}
	const { state: next, changes } = changeInstances(state, env, ids.value, (current) =>
		current === 'stopped' ? { reported: 'stopped', settled: 'stopped' } : { reported: 'stopping', settled: 'stopped' },
	);
	return done(next, { StoppingInstances: changes });
};

/**
 * Terminates (deletes) instances for good: they stop costing at once and stay listed, terminated,
 * for about an hour. Terminating a terminated instance succeeds; an unknown id fails the whole call,
 * and then nothing is terminated.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html
 */
export const terminateInstances: Handler<'TerminateInstances'> = (state, input, env) => {
	const ids = readInstanceIds(input);
	if (!ids.ok) return ids;
	const found = findInstances(regionalInstances(state, env.region), ids.value, env.now);
	if (!found.ok) return found;
	const { state: next, changes } = changeInstances(state, env, ids.value, (current) =>
		current === 'terminated'
			? { reported: 'terminated', settled: 'terminated' }
			: { reported: 'shutting-down', settled: 'terminated' },
	);
	return done(next, { TerminatingInstances: changes });
};
