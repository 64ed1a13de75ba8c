import { useMemo, useState } from 'preact/hooks';
import { CLI_COMMANDS, type CliCommandId } from '@/lessons/health/cli-commands';
import { factsFromCliOutputs } from '@/lessons/health/cli-parse';
import { HEALTH_CHECKS } from '@/lessons/health/registry';
import { CopyButton } from './CopyButton';
import { HealthResults } from './HealthResults';
import './beyond.css';

/**
 * Grades the learner's real account from AWS CLI output they paste. Everything happens in this
 * component's memory: nothing is sent anywhere and nothing is saved.
 */
export default function AccountCheck() {
	const [outputs, setOutputs] = useState<Partial<Record<CliCommandId, string>>>({});
	const { facts, results } = useMemo(() => factsFromCliOutputs(outputs), [outputs]);
	const rows = HEALTH_CHECKS.map((check) => {
		const status = check.check(facts);
		const needed = CLI_COMMANDS.filter((command) => check.needs.includes(command.provides)).map(
			(command) => command.command,
		);
		return { check, status, missing: `Paste the output of ${needed.map((c) => `\`${c}\``).join(' and ')} above.` };
	});
	const healthy = rows.filter((row) => row.status?.met).length;
	const toFix = rows.filter((row) => row.status && !row.status.met).length;
	const unknown = rows.length - healthy - toFix;

	return (
		<div class="b-check">
			<ol class="b-check__commands">
				{CLI_COMMANDS.map((command, index) => {
					const result = results[command.id];
					const codeId = `cmd-${command.id}`;
					const messageId = `msg-${command.id}`;
					return (
						<li key={command.id} class="b-check__command">
							<h3>
								{index + 1}. {command.tells[0]?.toUpperCase()}
								{command.tells.slice(1)}
							</h3>
							<div class="b-check__code">
								<pre>
									<code id={codeId}>{command.command}</code>
								</pre>
								<CopyButton text={command.command} targetId={codeId} />
							</div>
							<label for={`out-${command.id}`}>Output of {command.command}</label>
							<textarea
								id={`out-${command.id}`}
								rows={5}
								spellcheck={false}
								autoComplete="off"
								aria-describedby={messageId}
								aria-invalid={result && !result.ok ? 'true' : undefined}
								value={outputs[command.id] ?? ''}
								onInput={(event) => {
									const value = event.currentTarget.value;
									setOutputs((current) => ({ ...current, [command.id]: value }));
								}}
							/>
							<p
								id={messageId}
								class={`b-check__message ${result ? (result.ok ? 'b-check__message--ok' : 'b-check__message--error') : ''}`}
							>
								{result === undefined ? 'Nothing pasted yet.' : result.ok ? `Read: ${result.summary}` : result.message}
							</p>
						</li>
					);
				})}
			</ol>
			<section aria-labelledby="check-results-title" class="b-check__results">
				<h2 id="check-results-title">Your account</h2>
				<p role="status" aria-live="polite" class="b-check__summary">
					{healthy} healthy, {toFix} to fix, {unknown} not checked yet.
				</p>
				<HealthResults rows={rows} />
			</section>
		</div>
	);
}
