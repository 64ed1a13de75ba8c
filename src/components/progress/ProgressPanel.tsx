import { useRef, useState } from 'preact/hooks';
import { describeScore } from '@/lessons/quiz';
import { dismissProgressNotice } from '@/store/progress-store';
import { exportProgress, importProgress, resetAll, resetLesson, undoLast } from '@/store/progress-changes';
import { ConfirmDialog } from '@/components/console/ui/Modal';
import {
	describeHints,
	describeTasks,
	exportFileName,
	summariseLesson,
	type LessonStatus,
	type ProgressLesson,
} from './lesson-summary';
import { useProgress, type UseProgressOptions } from './use-progress';

/** The progress page renders only in the browser (client:only), so it reads saved progress at once. */
const CLIENT_ONLY: UseProgressOptions = { serverRendered: false };

interface ProgressPanelProps {
	lessons: ProgressLesson[];
}

type Message = {
	kind: 'success' | 'error';
	text: string;
	/** Set when the message is about one lesson. */ lessonId?: string;
};

type PendingReset = { kind: 'lesson'; lesson: ProgressLesson } | { kind: 'all' };

const STATUS_TEXT: Record<LessonStatus, string> = {
	complete: 'Complete',
	'in-progress': 'In progress',
	'not-started': 'Not started',
};

function StatusIcon({ status }: { status: LessonStatus }) {
	return (
		<svg class="progress-lesson__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
			<circle
				cx="8"
				cy="8"
				r="6.5"
				fill={status === 'complete' ? 'currentColor' : 'none'}
				stroke="currentColor"
				stroke-width="1.5"
			/>
			{status === 'complete' ? (
				<path
					d="M5 8.2l2 2 4-4.4"
					fill="none"
					stroke="var(--color-bg)"
					stroke-width="1.8"
					stroke-linecap="round"
					stroke-linejoin="round"
				/>
			) : null}
			{status === 'in-progress' ? <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" /> : null}
		</svg>
	);
}

/**
 * The progress page: what is done in each lesson, export and import of progress as a file, and resets that
 * ask first and can be undone once.
 */
export default function ProgressPanel({ lessons }: ProgressPanelProps) {
	const progress = useProgress((state) => state.progress, CLIENT_ONLY);
	const notice = useProgress((state) => state.notice, CLIENT_ONLY);
	const undo = useProgress((state) => state.undo, CLIENT_ONLY);
	const [message, setMessage] = useState<Message | null>(null);
	const [pending, setPending] = useState<PendingReset | null>(null);
	const fileInputRef = useRef<HTMLInputElement>(null);
	const returnFocusRef = useRef<HTMLElement | null>(null);

	if (progress === undefined) return <p>Loading your progress…</p>;

	const sorted = lessons.slice().sort((a, b) => a.order - b.order);
	const summaries = sorted.map((lesson) => ({ lesson, summary: summariseLesson(lesson, progress) }));
	const completeCount = summaries.filter(({ summary }) => summary.status === 'complete').length;

	function askToReset(reset: PendingReset, trigger: EventTarget | null): void {
		returnFocusRef.current = trigger instanceof HTMLElement ? trigger : null;
		setPending(reset);
	}

	function closeDialog(): void {
		setPending(null);
		returnFocusRef.current?.focus();
	}

	function confirmReset(): void {
		if (pending?.kind === 'lesson') {
			const { lesson } = pending;
			resetLesson(lesson.id, lesson.labId, lesson.quizId, `Reset of “${lesson.title}”`);
			setMessage({ kind: 'success', text: `Progress for “${lesson.title}” was reset.`, lessonId: lesson.id });
		} else if (pending?.kind === 'all') {
			resetAll();
			setMessage({ kind: 'success', text: 'All progress was reset.' });
		}
		closeDialog();
	}

	function download(): void {
		const fileName = exportFileName(new Date());
		const url = URL.createObjectURL(new Blob([exportProgress()], { type: 'application/json' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = fileName;
		document.body.append(link);
		link.click();
		link.remove();
		// Revoking straight away can cancel the download in some browsers, so wait a moment.
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		setMessage({
			kind: 'success',
			text: `Your progress was saved as ${fileName}. Import it on another device or browser to carry on there.`,
		});
	}

	async function importFile(file: File): Promise<void> {
		let text: string;
		try {
			text = await file.text();
		} catch {
			setMessage({ kind: 'error', text: `Import refused: “${file.name}” could not be read. Nothing was changed.` });
			return;
		}
		const result = importProgress(text);
		setMessage(
			result.ok
				? {
						kind: 'success',
						text: `Progress imported from “${file.name}”. It replaced the progress that was here; Undo brings that back.`,
					}
				: { kind: 'error', text: `Import refused: ${result.message}` },
		);
	}

	function takeBack(): void {
		const label = undo?.label ?? 'the last change';
		if (!undoLast()) return;
		setMessage({ kind: 'success', text: `${label} was undone.` });
		// The Undo button disappears; the button that started the change is the natural place to continue.
		returnFocusRef.current?.focus();
	}

	return (
		<div class="progress-panel">
			{notice ? (
				<div class="progress-panel__notice" role="status">
					<p>{notice.message}</p>
					<button type="button" class="button" onClick={() => dismissProgressNotice()}>
						Dismiss
					</button>
				</div>
			) : null}

			<section aria-labelledby="progress-file-heading" class="progress-panel__file">
				<h2 id="progress-file-heading">Keep or move your progress</h2>
				<p>
					Progress is saved in this browser only. Export it to a file to keep a copy or to carry on in another browser
					or device, then import the file there.
				</p>
				<div class="progress-panel__actions">
					<button type="button" class="button button--primary" onClick={download}>
						Export progress
					</button>
					<button type="button" class="button" onClick={() => fileInputRef.current?.click()}>
						Import progress
					</button>
					<input
						ref={fileInputRef}
						type="file"
						accept=".json,application/json"
						hidden
						data-testid="import-progress-file"
						onChange={(event) => {
							const input = event.currentTarget;
							const file = input.files?.[0];
							input.value = '';
							if (file) void importFile(file);
						}}
					/>
					<button
						type="button"
						class="button button--danger"
						onClick={(event) => askToReset({ kind: 'all' }, event.currentTarget)}
					>
						Reset all progress
					</button>
				</div>
				<div class={`progress-panel__message${message ? ` progress-panel__message--${message.kind}` : ''}`}>
					<p role="status">{message?.text ?? ''}</p>
					{undo && message?.lessonId === undefined ? (
						<button type="button" class="button" onClick={takeBack}>
							Undo: {undo.label}
						</button>
					) : null}
				</div>
			</section>

			<section aria-labelledby="progress-lessons-heading">
				<h2 id="progress-lessons-heading">Lessons</h2>
				<p class="progress-panel__overall">
					{completeCount} of {sorted.length} lessons complete.
				</p>
				<ol class="progress-lessons">
					{summaries.map(({ lesson, summary }) => (
						<li key={lesson.id} class={`progress-lesson progress-lesson--${summary.status}`}>
							<div class="progress-lesson__header">
								<h3 class="progress-lesson__title">
									<a href={lesson.href}>
										{lesson.order}. {lesson.title}
									</a>
								</h3>
								<p class="progress-lesson__status">
									<StatusIcon status={summary.status} />
									{STATUS_TEXT[summary.status]}
								</p>
							</div>
							<dl class="progress-lesson__facts">
								{lesson.labId !== undefined ? (
									<>
										<div>
											<dt>Practice tasks</dt>
											<dd>{describeTasks(summary)}</dd>
										</div>
										<div>
											<dt>Hints</dt>
											<dd>{describeHints(summary.hintsOpened)}</dd>
										</div>
									</>
								) : null}
								{summary.quiz !== null ? (
									<div>
										<dt>Quiz</dt>
										<dd>
											{summary.quiz.checked === 0
												? 'Not started'
												: `${describeScore(summary.quiz)}${summary.quiz.checked < summary.quiz.total ? ` (${summary.quiz.checked} checked)` : ''}`}
										</dd>
									</div>
								) : null}
							</dl>
							<button
								type="button"
								class="button progress-lesson__reset"
								aria-label={`Reset this lesson: ${lesson.title}`}
								onClick={(event) => askToReset({ kind: 'lesson', lesson }, event.currentTarget)}
							>
								Reset this lesson
							</button>
							{undo && message?.lessonId === lesson.id ? (
								<p class="progress-lesson__note">
									This lesson was reset.{' '}
									<button type="button" class="button" onClick={takeBack}>
										Undo reset
									</button>
								</p>
							) : null}
						</li>
					))}
				</ol>
			</section>

			<ConfirmDialog
				open={pending !== null}
				title={pending?.kind === 'all' ? 'Reset all progress?' : 'Reset this lesson?'}
				confirmLabel={pending?.kind === 'all' ? 'Reset all progress' : 'Reset lesson'}
				danger
				onConfirm={confirmReset}
				onCancel={closeDialog}
			>
				{pending?.kind === 'all' ? (
					<p>Every lesson’s tasks, hints and quiz answers will be forgotten. You can undo this once, right after.</p>
				) : (
					<p>
						The tasks, hints and quiz answers of “{pending?.lesson.title}” will be forgotten. The practice console keeps
						its current state. You can undo this once, right after.
					</p>
				)}
			</ConfirmDialog>
		</div>
	);
}
