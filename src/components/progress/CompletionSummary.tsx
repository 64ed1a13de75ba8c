import { useState } from 'preact/hooks';
import { describeScore } from '@/lessons/quiz';
import { buildRunbook } from '@/lessons/runbook';
import type { RealCheckVerdict } from '@/store/progress-schema';
import { formatDate } from '@/components/console/format';
import { readPracticeAccounts } from '@/components/beyond/read-practice-accounts';
import { summariseCompletion, type ReviewQuiz } from './completion-summary';
import { describeTasks, type LessonStatus, type ProgressLesson } from './lesson-summary';
import { useProgress, type UseProgressOptions } from './use-progress';

/** The summary page renders only in the browser (client:only), so it reads saved progress at once. */
const CLIENT_ONLY: UseProgressOptions = { serverRendered: false };

const STATUS_TEXT: Record<LessonStatus, string> = {
	complete: 'Complete',
	'in-progress': 'In progress',
	'not-started': 'Not started',
};

const VERDICT_TEXT: Record<RealCheckVerdict, string> = {
	healthy: 'Healthy',
	'to-fix': 'To fix',
	'not-checked': 'Not checked',
};

interface CompletionSummaryProps {
	lessons: ProgressLesson[];
	review: ReviewQuiz;
}

/**
 * The learner's completion summary, to print or keep: lessons, labs and quiz scores, the final review, the
 * last real-account check and their runbook. Built from what this browser saved; it holds no password,
 * code, key or email address.
 */
export default function CompletionSummary({ lessons, review }: CompletionSummaryProps) {
	const progress = useProgress((state) => state.progress, CLIENT_ONLY);
	const [runbook] = useState(() => buildRunbook(readPracticeAccounts()));
	const [madeAt] = useState(() => Date.now());
	if (progress === undefined) return <p>Loading your summary…</p>;

	const figures = summariseCompletion(lessons, review, progress);
	const practised = runbook.filter((step) => step.fromPractice).length;
	const check = figures.realCheck;

	return (
		<div class="summary">
			<div class="summary__actions">
				<button type="button" class="button button--primary" onClick={() => window.print()}>
					Print
				</button>
				<p>Or save it as a PDF from the print dialog. It holds no password, code, key or email address.</p>
			</div>
			<p class="summary__made">Made on {formatDate(madeAt)} from the progress saved in this browser.</p>

			<section aria-labelledby="summary-course">
				<h2 id="summary-course">The course</h2>
				<ul class="summary__totals">
					<li>
						<strong>
							{figures.lessonsComplete} of {figures.lessons.length}
						</strong>{' '}
						lessons complete
					</li>
					<li>
						<strong>
							{figures.labsDone} of {figures.labs}
						</strong>{' '}
						practice labs done
					</li>
					<li>
						Final review: <strong>{figures.review ? describeScore(figures.review) : 'not started'}</strong>
						{figures.review && figures.review.checked < figures.review.total
							? ` (${figures.review.checked} of ${figures.review.total} checked)`
							: ''}
					</li>
				</ul>
				<div class="summary__table-wrap">
					<table class="summary__table">
						<caption class="visually-hidden">Each lesson’s status, practice lab and quiz</caption>
						<thead>
							<tr>
								<th scope="col">Lesson</th>
								<th scope="col">Status</th>
								<th scope="col">Practice lab</th>
								<th scope="col">Quiz</th>
							</tr>
						</thead>
						<tbody>
							{figures.lessons.map(({ lesson, summary }) => (
								<tr key={lesson.id}>
									<th scope="row">
										{lesson.order}. {lesson.title}
									</th>
									<td>{STATUS_TEXT[summary.status]}</td>
									<td>{lesson.labId === undefined ? 'No lab' : describeTasks(summary)}</td>
									<td>
										{summary.quiz === null
											? 'No quiz'
											: summary.quiz.checked === 0
												? 'Not started'
												: describeScore(summary.quiz)}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</section>

			<section aria-labelledby="summary-real">
				<h2 id="summary-real">Your real account</h2>
				{check === null ? (
					<p>
						Not checked from this browser yet. Once you have secured your real account,{' '}
						<a href="/check-your-account/">check your real account</a> and its verdicts will appear here.
					</p>
				) : (
					<>
						<p>
							Last checked on {formatDate(check.checkedAt)}: <strong>{check.healthy} healthy</strong>,{' '}
							<strong>{check.toFix} to fix</strong>, {check.notChecked} not checked (self-checked from pasted read-only
							output).
						</p>
						<ul class="summary__checks">
							{check.checks.map((item) => (
								<li key={item.id} class={`summary__check summary__check--${item.verdict}`}>
									<span class="summary__verdict">{VERDICT_TEXT[item.verdict]}:</span> {item.title}
								</li>
							))}
						</ul>
					</>
				)}
			</section>

			<section aria-labelledby="summary-runbook">
				<h2 id="summary-runbook">Your runbook</h2>
				<p>
					{practised > 0
						? `${practised} of ${runbook.length} steps use the choices you made in the labs; the others use the course's suggestions.`
						: "No practice labs found in this browser, so every step uses the course's suggestions."}{' '}
					The <a href="/runbook/">full runbook</a> links each step to the real console.
				</p>
				<ol class="summary__runbook">
					{runbook.map((step) => (
						<li key={step.id}>
							<strong>{step.title}.</strong> {step.details.join(' ')}
						</li>
					))}
				</ol>
			</section>
		</div>
	);
}
