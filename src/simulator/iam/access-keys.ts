import { readSubject, type Subject } from './subject.ts';
import { own } from '../core/own.ts';
import { done, nextSeq, type Handler } from '../core/handler.ts';
import { accessKeyIdFor } from '../core/ids.ts';
import { fail } from '../core/result.ts';
import { asRecord, requiredString, validationMessage, type Read } from '../core/validate.ts';
import type { AccessKeyMetadata } from '../operations.ts';
import type { AccessKeyRecord, SimState } from '../state.ts';
import { findAccessKey } from './access-key-use.ts';
import { putUser } from './lookup.ts';

/** Access keys per user (and for the root user). */
export const ACCESS_KEYS_PER_USER = 2;
const KEY_ID_RULE = { min: 16, max: 128, pattern: /^[\w]+$/, patternText: '[\\w]+' };
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function keysOf(state: SimState, owner: Subject): readonly AccessKeyRecord[] {
	return owner.kind === 'root' ? state.root.accessKeys : owner.user.accessKeys;
}

function setKeys(state: SimState, owner: Subject, accessKeys: readonly AccessKeyRecord[]): SimState {
	if (owner.kind === 'root') return { ...state, root: { ...state.root, accessKeys } };
	const user = own(state.iam.users, owner.user.UserName);
	return user ? putUser(state, { ...user, accessKeys }) : state;
}

function ownerName(state: SimState, owner: Subject): string {
	return owner.kind === 'root' ? state.account.accountId : owner.user.UserName;
}

const noSuchKey = (id: string): string => `The Access Key with id ${id} cannot be found.`;

/**
 * CreateAccessKey: a new active key; the secret is returned only now and never stored. At most
 * two keys per user. AWS advises against root access keys.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html
 */
export const createAccessKey: Handler<'CreateAccessKey'> = (state, input, env) => {
	const owner = readSubject(state, input, env);
	if (!owner.ok) return owner;
	const keys = keysOf(state, owner.value);
	if (keys.length >= ACCESS_KEYS_PER_USER)
		return fail('LimitExceeded', `Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`);
	const [seq, next] = nextSeq(state);
	const key: AccessKeyRecord = { AccessKeyId: accessKeyIdFor(seq), Status: 'Active', CreateDate: env.now };
	const secret = Array.from(env.ctx.randomBytes(40), (b) => SECRET_ALPHABET[b % 64]).join('');
	return done(setKeys(next, owner.value, [...keys, key]), {
		AccessKey: { UserName: ownerName(state, owner.value), ...key, SecretAccessKey: secret },
	});
};

function readKeyId(input: unknown): Read<string> {
	return requiredString(input, 'AccessKeyId', KEY_ID_RULE);
}

/**
 * UpdateAccessKey: makes a key `Active` or `Inactive`.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html
 */
export const updateAccessKey: Handler<'UpdateAccessKey'> = (state, input, env) => {
	const owner = readSubject(state, input, env);
	if (!owner.ok) return owner;
	const id = readKeyId(input);
	if (!id.ok) return id;
	const status = asRecord(input)['Status'];
	if (status !== 'Active' && status !== 'Inactive') {
		return fail(
			'ValidationError',
			validationMessage(
				'Status',
				typeof status === 'string' ? status : null,
				'Member must satisfy enum value set: [Active, Inactive]',
			),
		);
	}
	const keys = keysOf(state, owner.value);
	if (!keys.some((k) => k.AccessKeyId === id.value)) return fail('NoSuchEntity', noSuchKey(id.value));
	return done(
		setKeys(
			state,
			owner.value,
			keys.map((k) => (k.AccessKeyId === id.value ? { ...k, Status: status } : k)),
		),
		{},
	);
};

/**
 * DeleteAccessKey.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html
 */
export const deleteAccessKey: Handler<'DeleteAccessKey'> = (state, input, env) => {
	const owner = readSubject(state, input, env);
	if (!owner.ok) return owner;
	const id = readKeyId(input);
	if (!id.ok) return id;
	const keys = keysOf(state, owner.value);
	if (!keys.some((k) => k.AccessKeyId === id.value)) return fail('NoSuchEntity', noSuchKey(id.value));
	return done(
		setKeys(
			state,
			owner.value,
			keys.filter((k) => k.AccessKeyId !== id.value),
		),
		{},
	);
};

/**
 * ListAccessKeys: key ids and status, never secrets.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html
 */
export const listAccessKeys: Handler<'ListAccessKeys'> = (state, input, env) => {
	const owner = readSubject(state, input, env);
	if (!owner.ok) return owner;
	const UserName = ownerName(state, owner.value);
	const AccessKeyMetadata: AccessKeyMetadata[] = keysOf(state, owner.value).map((k) => ({ UserName, ...k }));
	return done(state, { AccessKeyMetadata, IsTruncated: false });
};

/**
 * GetAccessKeyLastUsed: when the key last signed a request, with the service and Region; a key
 * that never has gets no date and `N/A` for both.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html
 */
export const getAccessKeyLastUsed: Handler<'GetAccessKeyLastUsed'> = (state, input) => {
	const id = readKeyId(input);
	if (!id.ok) return id;
	const found = findAccessKey(state, id.value);
	// UNCONFIRMED: the API reference lists no NoSuchEntity for this call; the message is ListAccessKeys'.
	if (!found) return fail('NoSuchEntity', noSuchKey(id.value));
	const use = found.key.lastUsed;
	return done(state, {
		UserName: found.owner.type === 'Root' ? state.account.accountId : found.owner.userName,
		AccessKeyLastUsed: use
			? { LastUsedDate: use.date, ServiceName: use.serviceName, Region: use.region }
			: { ServiceName: 'N/A', Region: 'N/A' },
	});
};
