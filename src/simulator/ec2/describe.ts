import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, printable, validationMessage, type Read } from '../core/validate.ts';
import type { InstanceView, ReservationView } from '../operations.ts';
import type { Ec2Instance } from '../state.ts';
import { findInstances, readOptionalInstanceIds } from './instance-ids.ts';
import { instanceView, isListed, regionalInstances } from './views.ts';

/** The filters the simulator supports, and what each compares. */
const FILTERS: Readonly<Record<string, (instance: Ec2Instance) => string>> = {
	'instance-id': (instance) => instance.InstanceId,
	'instance-state-name': (instance) => instance.State,
	'instance-type': (instance) => instance.InstanceType,
};

interface Filter {
	readonly test: (instance: Ec2Instance) => string;
	readonly values: readonly string[];
}

/** Reads `Filters`: a list of `{ Name, Values }` with names the simulator supports. */
function readFilters(input: unknown): Read<readonly Filter[], 'ValidationError' | 'InvalidParameterValue'> {
	const raw = asRecord(input)['Filters'];
	if (raw === undefined) return { ok: true, value: [] };
	if (!Array.isArray(raw) || raw.length > 50)
		return fail('ValidationError', validationMessage('Filters', null, 'Member must be a list of at most 50 filters'));
	const filters: Filter[] = [];
	for (const entry of raw) {
		const { Name: name, Values: values } = asRecord(entry);
		const test =
			typeof name === 'string' && Object.prototype.hasOwnProperty.call(FILTERS, name) ? FILTERS[name] : undefined;
		// SIMPLIFIED: only three of EC2's filters are modelled; the others are refused as unknown ones are.
		if (!test) return fail('InvalidParameterValue', `The filter '${printable(name)}' is invalid`);
		if (!Array.isArray(values) || !values.every((value) => typeof value === 'string'))
			return fail('ValidationError', validationMessage('Values', null, 'Member must be a list of strings'));
		filters.push({ test, values });
	}
	return { ok: true, value: filters };
}

/**
 * DescribeInstances: the Region's instances (terminated ones for about an hour after), grouped by
 * the reservation (launch) they came from, in launch order. `InstanceIds` must all exist; each
 * filter keeps the instances whose value is one of its values, and all filters must match.
 * SIMPLIFIED: no pagination, no filter wildcards.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
 */
export const describeInstances: Handler<'DescribeInstances'> = (state, input, env) => {
	const ids = readOptionalInstanceIds(input);
	if (!ids.ok) return ids;
	const filters = readFilters(input);
	if (!filters.ok) return filters;
	const all = regionalInstances(state, env.region);
	let listed: Ec2Instance[];
	if (ids.value) {
		const found = findInstances(all, ids.value, env.now);
		if (!found.ok) return found;
		listed = found.value;
	} else listed = Object.values(all).filter((instance) => isListed(instance, env.now));
	const matching = listed.filter((instance) =>
		filters.value.every((filter) => filter.values.includes(filter.test(instance))),
	);
	const reservations = new Map<string, InstanceView[]>();
	for (const instance of matching) {
		const group = reservations.get(instance.ReservationId) ?? [];
		group.push(instanceView(instance, env.region));
		reservations.set(instance.ReservationId, group);
	}
	const Reservations: ReservationView[] = [...reservations].map(([ReservationId, Instances]) => ({
		ReservationId,
		OwnerId: state.account.accountId,
		Instances,
	}));
	return done(state, { Reservations });
};
