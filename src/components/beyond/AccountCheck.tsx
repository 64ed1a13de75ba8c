import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CliCommand, CliSection } from '@/lessons/health/cli-commands';
import { factsFromCliOutputs, type ParsedOutput } from '@/lessons/health/cli-parse';
import { COURSE_USER } from '@/lessons/health/checks';
import { createHealthChecks, type FactSection, type HealthCheck } from '@/lessons/health/registry';
import { AdminNameField } from './AdminNameField';
import { CommandBox } from './CommandBox';
import { HealthResults } from './HealthResults';
import { useProgress } from '../progress/use-progress';
import { recordRealAccountCheck } from '@/store/progress-changes';
import './beyond.css';

/**
 * Grades the learner's real account from AWS CLI output they paste. Everything happens in this
 * component's memory: nothing is sent anywhere, and nothing pasted is saved. Only the name of the
 * everyday IAM user and the verdicts of the last check (each check's title and whether it passed, for
 * the completion summary) are remembered, with the learner's progress.
 */

const SECTIONS: readonly { id: CliSection; title: string; intro: string }[] = [
	{
		id: 'who',
		title: 'Who is running the commands',
		intro: 'This tells the page your account ID, for the budget commands, and which identity CloudShell runs as.',
	},
	{
		id: 'root',
		title: 'The root user and every user’s credentials',
		intro:
			'The account summary is live. The credential report covers every user, but IAM makes a new one at most every four hours, so a fix can take that long to show there.',
	},
	{
		id: 'admin',
		title: 'Your everyday IAM user',
		intro:
			'A user gets permissions three ways: policies attached to it, policies written into it (inline), and the policies of every group it is in. New boxes appear for each group and inline policy the outputs mention.',
	},
	{
		id: 'billing',
		title: 'Billing alerts, alarms and budgets',
		intro: 'Billing data and billing alarms live in US East (N. Virginia), so these commands ask that Region.',
	},
];

/** Sections where one source is enough; for the others every command that provides them counts. */
const ANY_SOURCE: ReadonlySet<FactSection> = new Set(['root', 'users', 'adminMfa']);

/** Which commands to paste for a check that cannot be judged yet. */
function missingFor(
	check: HealthCheck,
	commands: readonly CliCommand[],
	results: Readonly<Record<string, ParsedOutput>>,
) {
	const lines = check.needs.flatMap((section) => {
		const sources = commands.filter((c) => c.provides.includes(section));
		const waiting = sources.filter((c) => !results[c.id]?.ok);
		if (waiting.length === 0) return [];
		const list = waiting.map((c) => `\`${c.short}\``);
		return [list.join(ANY_SOURCE.has(section) && waiting.length === sources.length ? ' or ' : ' and ')];
	});
	return lines.length > 0
		? `Paste the output of ${[...new Set(lines)].join(' and ')} above.`
		: 'The outputs pasted so far do not say enough to judge this; the messages under the boxes say why.';
}

export default function AccountCheck() {
	const [outputs, setOutputs] = useState<Record<string, string>>({});
	const savedName = useProgress((state) => state.progress.realAccount.adminUserName);
	const adminUserName = savedName ?? COURSE_USER;
	const { facts, commands, results } = useMemo(
		() => factsFromCliOutputs(outputs, adminUserName),
		[outputs, adminUserName],
	);
	const checks = useMemo(() => createHealthChecks(adminUserName), [adminUserName]);
	const rows = checks.map((check) => ({
		check,
		status: check.check(facts),
		notes: check.notes?.(facts) ?? [],
		missing: missingFor(check, commands, results),
	}));
	const healthy = rows.filter((row) => row.status?.met).length;
	const toFix = rows.filter((row) => row.status && !row.status.met).length;
	const unknown = rows.length - healthy - toFix;
	const verdicts = rows.map(({ check, status }) => ({
		id: check.id,
		title: check.title,
		verdict: status === undefined ? ('not-checked' as const) : status.met ? ('healthy' as const) : ('to-fix' as const),
	}));
	// The summary keeps the last check that judged anything; boxes emptied afterwards do not erase it.
	const verdictKey = JSON.stringify(verdicts);
	useEffect(() => {
		if (healthy + toFix > 0) recordRealAccountCheck(verdicts);
		// verdictKey stands for verdicts, which is a new array on every render.
	}, [verdictKey]);

	return (
		<div class="b-check">
			<AdminNameField current={adminUserName} />
			{SECTIONS.map((section) => (
				<section key={section.id} aria-labelledby={`section-${section.id}`}>
					<h3 id={`section-${section.id}`}>{section.title}</h3>
					<p>{section.intro}</p>
					<ol class="b-check__commands">
						{commands
							.filter((command) => command.section === section.id)
							.map((command) => (
								<CommandBox
									key={command.id}
									command={command}
									value={outputs[command.id] ?? ''}
									result={results[command.id]}
									onInput={(value) => setOutputs((current) => ({ ...current, [command.id]: value }))}
								/>
							))}
					</ol>
				</section>
			))}
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
