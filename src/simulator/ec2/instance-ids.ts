import { fail } from '../core/result.ts';
import { asRecord, printable, validationMessage, type Read } from '../core/validate.ts';
import type { Ec2Instance } from '../state.ts';
import { isListed } from './views.ts';

/** Most instance ids one request names. SIMPLIFIED: EC2 documents no limit; this keeps responses small. */
const MAX_INSTANCE_IDS = 1000;

/** An instance id as EC2 writes it: `i-` and 8 or 17 lowercase hexadecimal characters. */
const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

type IdErrors = 'ValidationError' | 'InvalidInstanceID.Malformed';

/**
 * Reads a list of instance ids (`InstanceIds`): a list of strings, each shaped like an instance id.
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
 */
export function readInstanceIds(input: unknown): Read<readonly string[], IdErrors> {
	const value = asRecord(input)['InstanceIds'];
	if (!Array.isArray(value) || value.length === 0) {
		return fail('ValidationError', validationMessage('InstanceIds', null, 'Member must not be null or empty'));
	}
	if (value.length > MAX_INSTANCE_IDS) {
		return fail(
			'ValidationError',
			validationMessage(
				'InstanceIds',
				`[${value.length} ids]`,
				`Member must have length less than or equal to ${MAX_INSTANCE_IDS}`,
			),
		);
	}
	for (const id of value) {
		// AWS: EC2 quotes a malformed id as it was sent.
		if (typeof id !== 'string' || !INSTANCE_ID.test(id))
			return fail('InvalidInstanceID.Malformed', `Invalid id: "${printable(id)}"`);
	}
	return { ok: true, value: value as readonly string[] };
}

/**
 * Reads `InstanceIds` when the request may leave them out (`DescribeInstances`).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
 */
export function readOptionalInstanceIds(input: unknown): Read<readonly string[] | undefined, IdErrors> {
	return asRecord(input)['InstanceIds'] === undefined ? { ok: true, value: undefined } : readInstanceIds(input);
}

/**
 * The instances with these ids in the Region, or `InvalidInstanceID.NotFound` naming every id the
 * Region does not list (an instance terminated over an hour ago no longer exists).
 * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
 */
export function findInstances(
	instances: Readonly<Record<string, Ec2Instance>>,
	ids: readonly string[],
	now: number,
): Read<Ec2Instance[], 'InvalidInstanceID.NotFound'> {
	const found: Ec2Instance[] = [];
	const missing: string[] = [];
	for (const id of new Set(ids)) {
		const instance = Object.hasOwn(instances, id) ? instances[id] : undefined;
		if (instance && isListed(instance, now)) found.push(instance);
		else missing.push(id);
	}
	if (missing.length === 1) return fail('InvalidInstanceID.NotFound', `The instance ID '${missing[0]}' does not exist`);
	if (missing.length > 1)
		return fail('InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`);
	return { ok: true, value: found };
}
