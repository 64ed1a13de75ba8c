import type { CliCommand } from '@/lessons/health/cli-commands';
import type { ParsedOutput } from '@/lessons/health/cli-parse';
import { CopyButton } from './CopyButton';

/** One read-only command: what it tells, the command to copy, and the box its output goes into. */
export function CommandBox({
	command,
	value,
	result,
	onInput,
}: {
	command: CliCommand;
	value: string;
	result: ParsedOutput | undefined;
	onInput: (value: string) => void;
}) {
	const codeId = `cmd-${command.id}`;
	const messageId = `msg-${command.id}`;
	const state = result === undefined ? '' : result.ok ? 'b-check__message--ok' : 'b-check__message--error';
	return (
		<li class="b-check__command" data-command={command.id}>
			<h4>
				{command.tells[0]?.toUpperCase()}
				{command.tells.slice(1)}
			</h4>
			<div class="b-check__code">
				<pre>
					<code id={codeId}>{command.command}</code>
				</pre>
				<CopyButton text={command.command} targetId={codeId} label={command.short} />
			</div>
			<label for={`out-${command.id}`}>Output of {command.short}</label>
			<textarea
				id={`out-${command.id}`}
				rows={4}
				spellcheck={false}
				autoComplete="off"
				aria-describedby={messageId}
				aria-invalid={result && !result.ok ? 'true' : undefined}
				value={value}
				onInput={(event) => onInput(event.currentTarget.value)}
			/>
			<p id={messageId} class={`b-check__message ${state}`}>
				{result === undefined ? 'Nothing pasted yet.' : result.ok ? `Read: ${result.summary}` : result.message}
				{result?.ok && result.ignored ? (
					<>
						<br />
						<span class="b-check__ignored">{result.ignored}</span>
					</>
				) : null}
			</p>
		</li>
	);
}
