/**
 * Finds the JSON in what a learner copied from a terminal. A copy often holds more than the output:
 * the prompt and the command above it, the next prompt below it, a pager's "(END)", a second
 * command's output, Windows line ends, a byte-order mark, no-break spaces from a web page. This
 * module takes out every JSON object (from a "{" to its matching "}", minding strings that contain
 * braces), and says in plain words what else was there.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: Json | undefined): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** One "{…}" span found in the text: parsed, or the reason it could not be. */
export type JsonSpan =
	| { readonly kind: 'object'; readonly value: JsonObject }
	| { readonly kind: 'truncated' }
	| { readonly kind: 'invalid' };

export interface ReadText {
	readonly spans: readonly JsonSpan[];
	/** Lines outside every JSON span, trimmed, blank ones left out. */
	readonly otherLines: readonly string[];
}

/** Line ends, a byte-order mark and no-break spaces, made plain so JSON.parse sees what a terminal showed. */
export function normalisePaste(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00A0\u2007\u202F]/g, ' ');
}

/** The index just past the "}" that closes the "{" at `start`, or -1 when the text ends first. */
function matchingBrace(text: string, start: number): number {
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const char = text[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	return -1;
}

/** Every JSON object in the pasted text, in order, and the lines around them. */
export function readPastedText(pasted: string): ReadText {
	const text = normalisePaste(pasted);
	const spans: JsonSpan[] = [];
	const outside: string[] = [];
	let position = 0;
	while (position < text.length) {
		const start = text.indexOf('{', position);
		if (start === -1) {
			outside.push(text.slice(position));
			break;
		}
		outside.push(text.slice(position, start));
		const end = matchingBrace(text, start);
		if (end === -1) {
			spans.push({ kind: 'truncated' });
			break;
		}
		try {
			const value = JSON.parse(text.slice(start, end)) as Json;
			spans.push(isObject(value) ? { kind: 'object', value } : { kind: 'invalid' });
		} catch {
			spans.push({ kind: 'invalid' });
		}
		position = end;
	}
	const otherLines = outside
		.join('\n')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	return { spans, otherLines };
}

/** An error the AWS CLI printed instead of output. */
export interface AwsCliError {
	readonly code: string;
	readonly operation: string;
	readonly detail: string;
}

const AWS_ERROR =
	/An error occurred \(([\w.]+)\)(?: \(reached max retries: \d+\))? when calling the (\w+) operation(?: \(reached max retries: \d+\))?: ?(.*)/;

export function findAwsError(text: string): AwsCliError | undefined {
	const match = AWS_ERROR.exec(normalisePaste(text));
	if (!match) return undefined;
	return { code: match[1] ?? '', operation: match[2] ?? '', detail: (match[3] ?? '').trim() };
}

/** The other output formats the AWS CLI can print, recognised so the message can name the flag to add. */
export type OtherFormat = 'table' | 'yaml' | 'text' | 'usage' | 'no-credentials';

export function recogniseOtherFormat(text: string): OtherFormat | undefined {
	const plain = normalisePaste(text).trim();
	if (/^(usage: aws|aws: error:|Note: AWS CLI version)/m.test(plain) || /command not found/.test(plain)) return 'usage';
	if (/Unable to locate credentials/.test(plain)) return 'no-credentials';
	if (/^\s*[-+]{5,}/m.test(plain) && /\|/.test(plain)) return 'table';
	if (/^\s*(- )?[A-Z][A-Za-z]+:( |$)/m.test(plain) && !plain.includes('{')) return 'yaml';
	if (/^[A-Z][A-Z_]+\t/m.test(plain) || /\t(arn:aws|[0-9]{12}\b)/.test(plain)) return 'text';
	return undefined;
}

const SHORTEN_AT = 60;

/** The lines outside the output, quoted for a message: "`[cloudshell-user@… ~]$`, `(END)`". */
export function describeIgnored(lines: readonly string[]): string {
	const shown = lines
		.slice(0, 3)
		.map((line) => `"${line.length > SHORTEN_AT ? `${line.slice(0, SHORTEN_AT)}…` : line}"`);
	const more = lines.length > 3 ? ` and ${lines.length - 3} more ${lines.length - 3 === 1 ? 'line' : 'lines'}` : '';
	return `${shown.join(', ')}${more}`;
}
