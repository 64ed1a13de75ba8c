/**
 * The little JavaScript every page runs: the theme toggle, and the lesson completion marks and
 * progress bar read from the saved progress summary. Small enough to be inlined by the build.
 */
export {};

const root = document.documentElement;
const toggle = document.getElementById('theme-toggle');

function currentTheme(): 'light' | 'dark' {
	if (root.dataset.theme === 'light' || root.dataset.theme === 'dark') return root.dataset.theme;
	return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function renderToggle(): void {
	toggle?.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
}

toggle?.addEventListener('click', () => {
	const next = currentTheme() === 'dark' ? 'light' : 'dark';
	root.dataset.theme = next;
	try {
		localStorage.setItem('course:theme', next);
	} catch {
		// Without storage the choice lasts for this page only.
	}
	renderToggle();
});
renderToggle();

/** Lesson ids completed, from the summary the progress store keeps; empty when unreadable. */
function readCompletedLessons(): string[] {
	try {
		const summary: unknown = JSON.parse(localStorage.getItem('course:progress:summary') ?? '{}');
		const completed = (summary as { completed?: unknown } | null)?.completed;
		return Array.isArray(completed) ? completed.filter((id): id is string => typeof id === 'string') : [];
	} catch {
		return [];
	}
}

function renderProgress(completed: readonly string[]): void {
	const done = new Set(completed);
	const lessonIds = new Set<string>();
	for (const link of document.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
		const id = link.dataset.lessonId ?? '';
		lessonIds.add(id);
		const isDone = done.has(id);
		if (isDone) link.dataset.complete = 'true';
		else delete link.dataset.complete;
		const status = link.querySelector('.lesson-status');
		if (status) status.textContent = isDone ? '(completed)' : '';
	}
	const doneCount = [...lessonIds].filter((id) => done.has(id)).length;
	for (const container of document.querySelectorAll<HTMLElement>('[data-course-progress]')) {
		const bar = container.querySelector('progress');
		const label = container.querySelector('.course-progress__label');
		if (bar) {
			bar.max = lessonIds.size;
			bar.value = doneCount;
		}
		if (label) label.textContent = `${doneCount} of ${lessonIds.size} lessons completed`;
	}
}

renderProgress(readCompletedLessons());
// The progress store announces changes (e.g. a quiz completing a lesson), so marks update at once.
window.addEventListener('course:progress-summary', (event) => {
	const completed = (event as CustomEvent<{ completed?: unknown }>).detail?.completed;
	renderProgress(
		Array.isArray(completed) ? completed.filter((id): id is string => typeof id === 'string') : readCompletedLessons(),
	);
});
