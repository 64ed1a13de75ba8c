import type { TaskStatus } from '@/lessons/lab';
import type { HealthCheck } from '@/lessons/health/registry';

export interface HealthRow {
	check: HealthCheck;
	/** Undefined when the facts it needs are not known yet. */
	status: TaskStatus | undefined;
	/** What to paste for an unknown check. */
	missing?: string;
	/** What the learner should know beside the verdict, whatever it is. */
	notes?: readonly string[];
}

/** The verdict of each health check, with where to fix it on the real console and in the course. */
export function HealthResults({ rows, headingLevel = 3 }: { rows: readonly HealthRow[]; headingLevel?: 3 | 4 }) {
	const Heading = headingLevel === 3 ? 'h3' : 'h4';
	return (
		<ul class="b-health">
			{rows.map(({ check, status, missing, notes = [] }) => {
				const verdict = status === undefined ? 'unknown' : status.met ? 'healthy' : 'missing';
				return (
					<li key={check.id} class={`b-health__item b-health__item--${verdict}`} data-check={check.id}>
						<Heading class="b-health__title">
							<span class="b-health__mark" aria-hidden="true">
								{verdict === 'healthy' ? '✓' : verdict === 'missing' ? '!' : '?'}
							</span>{' '}
							{check.title}:{' '}
							<span class="b-health__verdict">
								{verdict === 'healthy' ? 'healthy' : verdict === 'missing' ? 'needs fixing' : 'not checked yet'}
							</span>
						</Heading>
						{status === undefined && <p>{missing}</p>}
						{notes.map((note) => (
							<p key={note} class="b-health__note">
								{note}
							</p>
						))}
						{status !== undefined && !status.met && (
							<>
								<p>{status.reason}</p>
								<p class="b-health__fix">
									Fix it in{' '}
									<a href={check.fix.consoleUrl} rel="noreferrer" target="_blank">
										{check.fix.consoleLabel} (real AWS console, opens in a new tab)
									</a>
									; the lesson <a href={`/lessons/${check.fix.lessonSlug}/`}>{check.fix.lessonTitle}</a> shows how.
								</p>
							</>
						)}
					</li>
				);
			})}
		</ul>
	);
}
