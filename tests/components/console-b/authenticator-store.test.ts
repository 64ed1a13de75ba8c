import { describe, expect, it } from 'vitest';
import { AUTHENTICATOR_STORAGE_KEY } from '@/components/console/side/authenticator-signals';
import {
	groupSecret,
	loadAccounts,
	parseOtpauthUri,
	saveAccounts,
	type AuthenticatorAccount,
} from '@/components/console/side/authenticator-store';

function memoryStorage(initial?: string): Pick<Storage, 'getItem' | 'setItem'> & { value: string | null } {
	const store = {
		value: initial ?? null,
		getItem: (key: string) => (key === AUTHENTICATOR_STORAGE_KEY ? store.value : null),
		setItem: (key: string, value: string) => {
			if (key === AUTHENTICATOR_STORAGE_KEY) store.value = value;
		},
	};
	return store;
}

const SECRET = 'GXVNEKS2MZO47FBZ3CSSWMYKBNUMMYABT6MT4JER3O324ITMKZZNAS5KYEY325YM';
const account: AuthenticatorAccount = {
	id: 'acct-1',
	issuer: 'Amazon Web Services',
	accountName: 'root-phone@111122223333',
	secret: SECRET,
	addedAt: 1,
};

describe('parseOtpauthUri', () => {
	it('reads the issuer, the account name and the secret of an AWS QR code', () => {
		const uri = `otpauth://totp/Amazon%20Web%20Services:root-phone@111122223333?secret=${SECRET}&issuer=Amazon%20Web%20Services`;
		expect(parseOtpauthUri(uri)).toEqual({
			issuer: 'Amazon Web Services',
			accountName: 'root-phone@111122223333',
			secret: SECRET,
		});
	});

	it('returns null for a URI without a valid secret or of another kind', () => {
		expect(parseOtpauthUri('otpauth://totp/x?secret=not-base32!')).toBeNull();
		expect(parseOtpauthUri('otpauth://hotp/x?secret=' + SECRET)).toBeNull();
		expect(parseOtpauthUri('https://example.com')).toBeNull();
	});
});

describe('loadAccounts / saveAccounts', () => {
	it('round-trips the accounts in the versioned format', () => {
		const storage = memoryStorage();
		expect(saveAccounts(storage, [account])).toBe(true);
		expect(JSON.parse(storage.value ?? '')).toEqual({ version: 2, state: { accounts: [account] } });
		expect(loadAccounts(storage)).toEqual({ accounts: [account], damaged: false });
	});

	it('reads the accounts saved in the first format, before the course used one envelope for every save', () => {
		const storage = memoryStorage(JSON.stringify({ version: 1, accounts: [account] }));
		expect(loadAccounts(storage)).toEqual({ accounts: [account], damaged: false });
	});

	it('starts empty without complaint when nothing is saved', () => {
		expect(loadAccounts(memoryStorage())).toEqual({ accounts: [], damaged: false });
	});

	it.each([
		['not JSON', '{oops'],
		['a newer version', JSON.stringify({ version: 3, state: { accounts: [] } })],
		['the old format with another version', JSON.stringify({ version: 2, accounts: [] })],
		['a malformed account', JSON.stringify({ version: 1, accounts: [{ id: 'x' }] })],
		['an invalid secret', JSON.stringify({ version: 1, accounts: [{ ...account, secret: 'abc' }] })],
	])('starts empty and reports damage for %s', (_name, raw) => {
		expect(loadAccounts(memoryStorage(raw))).toEqual({ accounts: [], damaged: true });
	});
});

describe('groupSecret', () => {
	it('groups a secret in fours', () => {
		expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
	});
});
