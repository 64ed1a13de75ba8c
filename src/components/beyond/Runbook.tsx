import { useEffect, useState } from 'preact/hooks';
import { buildRunbook, runbookMarkdown } from '@/lessons/runbook';
import { readPracticeAccounts } from './read-practice-accounts';
import './beyond.css';

/** The learner's runbook: a printable checklist for the real console, from their practice accounts. */
export default function Runbook() {
	// The course's suggestions first (also what the page shows without JavaScript), then the learner's own choices.
	const [steps, setSteps] = useState(() => buildRunbook({}));
	useEffect(() => setSteps(buildRunbook(readPracticeAccounts())), []);
	const [done, setDone] = useState<Record<string, boolean>>({});
	const practised = steps.filter((step) => step.fromPractice).length;
	const download = () => {
		const url = URL.createObjectURL(new Blob([runbookMarkdown(steps)], { type: 'text/markdown' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = 'aws-security-runbook.md';
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};
	return (
		<div class="b-runbook">
			<p class="b-runbook__source">
				{practised > 0
					? `${practised} of ${steps.length} steps are filled in from your practice labs; the others use the course's suggestions.`
					: "No practice labs found in this browser, so every step uses the course's suggestions. Do the labs first to fill in your own choices."}
			</p>
			<div class="b-runbook__actions">
				<button type="button" class="button button--primary" onClick={() => window.print()}>
					Print
				</button>
				<button type="button" class="button" onClick={download}>
					Download as Markdown
				</button>
			</div>
			<ol class="b-runbook__steps">
				{steps.map((step, index) => (
					<li key={step.id} class="b-runbook__step">
						<h2 class="b-runbook__title">
							<label>
								<input
									type="checkbox"
									checked={done[step.id] ?? false}
									onChange={() => setDone((d) => ({ ...d, [step.id]: !d[step.id] }))}
								/>{' '}
								{index + 1}. {step.title}
							</label>
						</h2>
						<p>
							Open{' '}
							<a href={step.consoleUrl} rel="noreferrer" target="_blank">
								{step.consoleLabel} (real AWS console, opens in a new tab)
							</a>
							<span class="b-runbook__url"> {step.consoleUrl}</span>
						</p>
						<ul>
							{step.details.map((detail) => (
								<li key={detail}>{detail}</li>
							))}
						</ul>
						<p class="b-runbook__origin">{step.fromPractice ? 'From your practice.' : 'Course suggestion.'}</p>
					</li>
				))}
			</ol>
		</div>
	);
}
