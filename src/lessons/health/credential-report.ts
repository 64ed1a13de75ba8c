import type { AccessKeyFacts, RootFacts, UserFacts } from './facts';

/**
 * Reads the IAM credential report: the `Content` of `aws iam get-credential-report` is a CSV file
 * in base64. Decoded here, in the browser, with no library: one row per identity, the root user
 * first as `<root_account>`.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 */

/** The columns this page reads; the report has more (signing certificates, key regions and services). */
export const CREDENTIAL_REPORT_COLUMNS = [
	'user',
	'arn',
	'password_enabled',
	'mfa_active',
	'access_key_1_active',
	'access_key_1_last_rotated',
	'access_key_1_last_used_date',
	'access_key_2_active',
	'access_key_2_last_rotated',
	'access_key_2_last_used_date',
] as const;

export const ROOT_ROW_NAME = '<root_account>';

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 to text (the report is ASCII: IAM names, ARNs, dates); `undefined` when it is not base64. */
export function decodeBase64(encoded: string): string | undefined {
	const clean = encoded.replace(/\s+/g, '');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
	const digits = clean.replace(/=+$/, '');
	let bits = 0;
	let value = 0;
	const bytes: number[] = [];
	for (const char of digits) {
		value = (value << 6) | BASE64_ALPHABET.indexOf(char);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((value >> bits) & 0xff);
		}
	}
	return String.fromCharCode(...bytes);
}

/** Splits CSV text into rows of fields, with quoted fields as RFC 4180 writes them. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i] ?? '';
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => r.some((f) => f !== ''));
}

/** A date column: epoch ms, or `undefined` for "N/A", "no_information", "not_supported" or anything unreadable. */
function dateOf(value: string | undefined): number | undefined {
	if (value === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
	const time = Date.parse(value);
	return Number.isNaN(time) ? undefined : time;
}

const isTrue = (value: string | undefined) => value?.toLowerCase() === 'true';

function keysOf(row: Record<string, string>): AccessKeyFacts[] {
	return [1, 2].flatMap((n) => {
		if (!isTrue(row[`access_key_${n}_active`])) return [];
		return [
			{
				active: true,
				createdAt: dateOf(row[`access_key_${n}_last_rotated`]),
				lastUsedAt: dateOf(row[`access_key_${n}_last_used_date`]),
			},
		];
	});
}

export type CredentialReport =
	| { readonly ok: true; readonly root?: RootFacts | undefined; readonly users: readonly UserFacts[] }
	| { readonly ok: false; readonly message: string };

/** The root user and every IAM user from the report's CSV text. */
export function readCredentialReport(csv: string): CredentialReport {
	const [header, ...rows] = parseCsv(csv);
	const missing = CREDENTIAL_REPORT_COLUMNS.filter((column) => !header?.includes(column));
	if (!header || missing.length > 0) {
		return {
			ok: false,
			message: `The report inside has no ${missing.slice(0, 3).join(', ')} column, so it is not an IAM credential report as AWS writes it. Run the command again and paste its output unchanged.`,
		};
	}
	let root: RootFacts | undefined;
	const users: UserFacts[] = [];
	for (const fields of rows) {
		const row = Object.fromEntries(header.map((name, index) => [name, fields[index] ?? '']));
		const accessKeys = keysOf(row);
		const mfaActive = isTrue(row['mfa_active']);
		if (row['user'] === ROOT_ROW_NAME) {
			root = { mfaEnabled: mfaActive, accessKeysPresent: accessKeys.length > 0, accessKeys };
			continue;
		}
		users.push({
			userName: row['user'] ?? '',
			// The report says only whether MFA is on, not how many devices: one stands for "at least one".
			mfaDeviceCount: mfaActive ? 1 : 0,
			consolePassword: isTrue(row['password_enabled']),
			accessKeys,
		});
	}
	return { ok: true, root, users };
}
