import { done, nextSeq, type Handler } from '../core/handler.ts';
import { instanceIdFor } from '../core/ids.ts';
import { fail } from '../core/result.ts';
import { requiredNumber, requiredString, validationMessage, type Read } from '../core/validate.ts';
import type { RunInstancesInstance } from '../operations.ts';
import { MAX_SPEND_RATE_USD_PER_HOUR } from '../billing/preferences.ts';
import { hourlyPrice } from './prices.ts';

/**
 * Most instances one call launches. SIMPLIFIED: a flat per-call limit stands in for the account's
 * vCPU quotas, and keeps every response small.
 */
export const INSTANCE_LIMIT = 20;

/**
 * The EC2 console's entry page lists instances. SIMPLIFIED: launched instances are not kept (only
 * what they cost is), so the list stays empty.
 */
export const describeInstances: Handler<'DescribeInstances'> = (state) => done(state, { Reservations: [] });

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
 * at least `MinCount`. Each instance adds its hourly price to the account's spend rate, so the
 * billing clock charges for it from now on (up to the simulator's highest spend rate).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
 */
export const runInstances: Handler<'RunInstances'> = (state, input) => {
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
	const instances: RunInstancesInstance[] = [];
	for (let i = 0; i < launched; i++) {
		const [seq, counted] = nextSeq(next);
		next = counted;
		instances.push({ InstanceId: instanceIdFor(seq), InstanceType: type.value, State: { Name: 'pending' } });
	}
	// Prices have four decimals; rounding keeps sums such as 3 × 32.7726 exact.
	const raised = Math.round((next.billing.spendRateUsdPerHour + launched * price) * 10_000) / 10_000;
	const spendRateUsdPerHour = Math.min(MAX_SPEND_RATE_USD_PER_HOUR, raised);
	return done({ ...next, billing: { ...next.billing, spendRateUsdPerHour } }, { Instances: instances });
};
