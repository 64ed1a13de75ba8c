import { COURSE_USER } from './checks';
import type { CliCommand } from './cli-commands';
import {
	describeIgnored,
	findAwsError,
	readPastedText,
	recogniseOtherFormat,
	type AwsCliError,
	type JsonObject,
	type OtherFormat,
} from './cli-text';

/**
 * Turns what was pasted into one box into the JSON object its command printed, or a message that
 * says what went wrong and what to do. Forgiving about what surrounds the output, strict about the
 * output itself.
 */

export type ReadOutput =
	| { readonly ok: true; readonly json: JsonObject; readonly ignored?: string }
	| { readonly ok: true; readonly empty: true; readonly note: string }
	| { readonly ok: false; readonly message: string };

/** Who ran the commands, from `aws sts get-caller-identity`, so messages can speak of the right identity. */
export interface Caller {
	readonly accountId: string;
	readonly arn: string;
}

/** Budgets answers NotFoundException when an account has none: that is a result, not a failure. */
const EMPTY_WHEN_NOT_FOUND = new Set(['budgets', 'budget-notifications']);

const FORMAT_MESSAGES: Readonly<Record<OtherFormat, (c: CliCommand) => string>> = {
	table: (c) =>
		`This is the AWS CLI's table output, which this page cannot read. Run the command exactly as shown: \`${c.short} --output json\` makes it print JSON whatever your settings say.`,
	yaml: (c) =>
		`This looks like YAML, not JSON: your AWS CLI is set to print YAML. Add \`--output json\` (\`${c.short} --output json\`) and paste that instead.`,
	text: (c) =>
		`This is the AWS CLI's text output (values separated by tabs), which loses the names of the fields. Add \`--output json\` (\`${c.short} --output json\`) and paste that instead.`,
	usage: () =>
		"That is the AWS CLI's help or usage text, so the command was not understood. Copy the command with its Copy button and paste it into CloudShell exactly.",
	'no-credentials': () =>
		'The AWS CLI found no credentials, so it never asked AWS. That happens outside CloudShell; run the command in CloudShell, opened from the console signed in as the root user.',
};

const who = (caller: Caller | undefined, detail: string): string | undefined => {
	const arn = caller?.arn ?? /arn:aws[\w-]*:(?:iam|sts)::\d{12}:[^\s]+/.exec(detail)?.[0];
	if (!arn) return undefined;
	if (/:root$/.test(arn)) return 'the root user';
	const user = /:user\/(?:.*\/)?([^/\s]+)$/.exec(arn)?.[1];
	return user ? `the IAM user ${user}` : arn;
};

function describeAwsError(
	error: AwsCliError,
	expected: CliCommand,
	all: readonly CliCommand[],
	caller?: Caller,
): string {
	const { code, operation, detail } = error;
	const other = all.find((c) => c.operation === operation);
	const which =
		other && other.operation !== expected.operation
			? ` It came from \`${other.short}\`, not \`${expected.short}\`.`
			: '';
	if (/^(AccessDenied|AccessDeniedException|AuthorizationError|UnauthorizedOperation)$/.test(code)) {
		const identity = who(caller, detail);
		const isIam = expected.short.startsWith('aws iam');
		const byAdmin = identity !== undefined && identity.toLowerCase().includes(`user ${COURSE_USER}`);
		const why =
			!isIam && byAdmin
				? `${identity} is refused here, as it should be: it has IAM permissions only.`
				: `${identity ?? 'The identity CloudShell runs as'} may not read this.`;
		return `AWS refused the ${operation} call (${code}): ${why}${which} Open CloudShell signed in as the root user, run the command there, and sign out when you are done. The message was: ${detail}`;
	}
	if (code === 'NoSuchEntity') {
		if (expected.groupName !== undefined || expected.policyName !== undefined) {
			return `AWS says it has no such ${expected.policyName !== undefined ? 'policy' : 'group'} (${detail}).${which} Paste the output of the lists above again: a group or policy may have been renamed or removed since.`;
		}
		return `AWS says there is no such user (${detail}).${which} If your everyday IAM user has another name, type it in "Your everyday IAM user" above: the commands change to match. If you have not created one yet, the lesson "Create a new IAM user" shows how.`;
	}
	if (
		/^(ExpiredToken|ExpiredTokenException|InvalidClientTokenId|UnrecognizedClientException|RequestExpired)$/.test(code)
	) {
		return `AWS did not accept CloudShell's credentials (${code}): they have expired.${which} Close CloudShell, reload the console page, open CloudShell again and rerun the command.`;
	}
	if (code === 'ReportInProgress') {
		return 'The credential report is still being made. Wait a few seconds, run `aws iam get-credential-report --output json --no-cli-pager` again, and paste its output.';
	}
	if (code === 'ReportNotPresent' || code === 'ReportExpired') {
		return `There is no recent credential report (${code}). Run both lines of the command: the first asks IAM to make one, the second fetches it; if the second still fails, wait a few seconds and run it again.`;
	}
	return `That is an error message from AWS, not the command's output: ${code} when calling ${operation}.${which} ${detail}`;
}

const endOfPager = (lines: readonly string[]) => lines.some((line) => line === '(END)' || line === ':');

/** Reads one box: the JSON object that answers `expected`, or why there is none. */
export function readOutput(
	pasted: string,
	expected: CliCommand,
	all: readonly CliCommand[],
	caller?: Caller,
): ReadOutput {
	if (pasted.trim() === '') {
		return { ok: false, message: `The box is empty. Run the command in CloudShell and paste everything it prints.` };
	}
	const { spans, otherLines } = readPastedText(pasted);
	const objects = spans.flatMap((span) => (span.kind === 'object' ? [span.value] : []));
	const answer = objects.find((json) => expected.member in json);
	if (answer) {
		const ignoredLines = [...otherLines];
		const others = objects.filter((json) => json !== answer);
		const parts: string[] = [];
		if (ignoredLines.length > 0) {
			parts.push(
				`the text around the output (${describeIgnored(ignoredLines)})${endOfPager(ignoredLines) ? '; "(END)" is the pager, which --no-cli-pager turns off' : ''}`,
			);
		}
		for (const json of others) {
			const from = all.find((c) => c.member in json && c.member !== expected.member);
			parts.push(from ? `the output of \`${from.short}\`, which has its own box` : 'another JSON object');
		}
		if (spans.some((span) => span.kind !== 'object')) parts.push('a part that is not valid JSON');
		return { ok: true, json: answer, ...(parts.length > 0 ? { ignored: `Left out ${parts.join(', and ')}.` } : {}) };
	}
	if (EMPTY_WHEN_NOT_FOUND.has(expected.kind) && objects.some((json) => Object.keys(json).length === 0)) {
		return { ok: true, empty: true, note: 'The output is an empty object: AWS has nothing to list.' };
	}
	if (expected.kind === 'credential-report' && objects.some((json) => 'State' in json && 'Description' in json)) {
		return {
			ok: false,
			message:
				'This is what `aws iam generate-credential-report` prints: it only asks IAM to make the report. Run the second line, `aws iam get-credential-report --output json --no-cli-pager`, and paste its output (a "Content" member full of letters and digits).',
		};
	}
	const error = findAwsError(pasted);
	if (error) {
		if (
			error.code === 'NotFoundException' &&
			EMPTY_WHEN_NOT_FOUND.has(expected.kind) &&
			error.operation === expected.operation
		) {
			return { ok: true, empty: true, note: `AWS answered NotFoundException: ${error.detail}` };
		}
		return { ok: false, message: describeAwsError(error, expected, all, caller) };
	}
	const format = recogniseOtherFormat(pasted);
	if (format && spans.length === 0) return { ok: false, message: FORMAT_MESSAGES[format](expected) };
	if (spans.some((span) => span.kind === 'truncated') && objects.length === 0) {
		return {
			ok: false,
			message:
				'The output is cut off before its end: some brackets are never closed. Scroll back up in CloudShell and copy everything down to the last closing brace "}".',
		};
	}
	if (spans.some((span) => span.kind === 'invalid') && objects.length === 0) {
		return {
			ok: false,
			message: `This is almost JSON but not quite: it may have been edited. Run \`${expected.short}\` again and paste the output unchanged.`,
		};
	}
	const other = objects.map((json) => all.find((c) => c.member in json)).find((c) => c !== undefined);
	if (other) {
		return {
			ok: false,
			message: `This looks like the output of \`${other.short}\`, not \`${expected.short}\`. Paste it into the box for \`${other.short}\`.`,
		};
	}
	if (objects.length > 0) {
		return {
			ok: false,
			message: `This JSON has no "${expected.member}" member, so it is not the output of \`${expected.short}\`.`,
		};
	}
	return {
		ok: false,
		message: `This is not JSON, so it cannot be the output of \`${expected.short}\`. Paste what the command printed, starting with the opening brace "{".`,
	};
}
