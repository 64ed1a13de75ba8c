import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@/store';
import { loadSaveReader, type SaveReader } from '@/store/save-reader';
import { markTaskAchieved, recordHint } from '@/store/progress-store';
import { useProgress } from '@/components/progress/use-progress';
import { ConsoleWorkspace } from '@/components/console/ConsoleWorkspace';
import type { Route } from '@/components/console/routes';
import { createLabStore } from '@/components/lab/lab-store';
import { labStorageKey } from '@/components/lab/lab-storage-key';
import { loadStartingAccount, type StartingAccount } from '@/components/lab/load-starting-account';
import { watchTasks } from '@/components/lab/task-watch';
import { fixBrokenAccountLab as lab } from '@/lessons/challenge/fix-broken-account';
import '@/components/lab/lab.css';
import './beyond.css';

const HINT_LABELS = ['The idea', 'Where to look', 'The exact clicks'];
/** The challenge opens signed in, on Console Home. */
const START_ROUTE: Route = { screen: 'console-home' };

interface Opened {
	readonly start: StartingAccount;
	readonly readSave: SaveReader | undefined;
}

/**
 * The challenge's island: downloads the broken account the site built with the challenge's
 * scenario (and the reader of the learner's save, when the browser holds one), then opens the
 * console on it (the simulator's operations come on first use).
 */
export default function ChallengeConsole() {
	const [opened, setOpened] = useState<Opened | 'loading' | 'failed'>('loading');
	useEffect(() => {
		if (opened !== 'loading') return;
		Promise.all([loadStartingAccount(lab.id), loadSaveReader(labStorageKey(lab.id))]).then(
			([start, readSave]) => setOpened({ start, readSave }),
			() => setOpened('failed'),
		);
	}, [opened]);
	if (opened === 'loading') {
		return (
			<p class="lab-loading" role="status">
				Loading the practice console…
			</p>
		);
	}
	if (opened === 'failed') {
		return (
			<div role="alert" class="lab-missing">
				<p>The practice console could not be loaded. Check your connection, then try again.</p>
				<button type="button" class="button" onClick={() => setOpened('loading')}>
					Try again
				</button>
			</div>
		);
	}
	return <Challenge {...opened} />;
}

/**
 * The challenge: a practice account with several faults and no list of steps. The learner finds
 * and fixes them; the account's health checks grade it live, and hints come only when asked for.
 * Fixed faults and opened hints are saved with the learner's progress, as a lab's tasks and hints
 * are: a fault once fixed stays counted, whatever happens to the practice account afterwards.
 */
function Challenge({ start, readSave }: Opened) {
	const [store] = useState(() => createLabStore(lab.id, start, readSave));
	const [watch] = useState(() => watchTasks(store, lab));
	useEffect(() => watch.stop, [watch]);
	const checked = useStore(watch, (state) => state.statuses);
	const progress = useProgress((state) => state.progress, { serverRendered: false });
	const achieved = progress?.tasks[lab.id] ?? {};
	const hintLevels = progress?.hints[lab.id] ?? {};
	const statuses = useMemo(
		() => lab.tasks.map((task, index) => ({ task, status: checked[index] ?? { met: false, reason: '' } })),
		[checked],
	);
	const isFixed = ({ task, status }: (typeof statuses)[number]) => status.met || achieved[task.id] !== undefined;
	const fixed = statuses.filter(isFixed);
	const open = statuses.filter((entry) => !isFixed(entry));
	const [revealed, setRevealed] = useState(false);
	const [announcement, setAnnouncement] = useState('');

	// Save each fault as it gets fixed, and announce it (not the ones already fixed when the page loads).
	const known = useRef<Set<string> | null>(null);
	useEffect(() => {
		if (!progress) return;
		for (const { task, status } of statuses) {
			if (status.met && achieved[task.id] === undefined) markTaskAchieved(lab.id, task.id, { withSolution: false });
		}
		const now = new Set(fixed.map(({ task }) => task.id));
		const previously = known.current;
		if (previously) {
			const newly = fixed.filter(({ task }) => !previously.has(task.id)).map(({ task }) => task.title);
			if (newly.length > 0)
				setAnnouncement(
					`Fixed: ${newly.join('; ')}. ${open.length === 0 ? 'Every fault is fixed.' : `${open.length} left.`}`,
				);
		}
		known.current = now;
	});

	const hinted = open.find(({ task }) => (hintLevels[task.id] ?? 0) > 0) ?? open[0];
	const hintLevel = hinted ? Math.min(hintLevels[hinted.task.id] ?? 0, hinted.task.hints.length) : 0;

	return (
		<div class="lab">
			<section class="lab-tasks b-challenge" aria-labelledby="challenge-status">
				<h2 id="challenge-status" class="b-challenge__status">
					{open.length === 0 ? 'Every fault is fixed' : `${fixed.length} of ${lab.tasks.length} faults fixed`}
				</h2>
				<p class="visually-hidden" role="status" aria-live="polite">
					{announcement}
				</p>
				{fixed.length > 0 && (
					<>
						<p>Fixed so far:</p>
						<ul class="b-challenge__fixed">
							{fixed.map(({ task, status }) => (
								<li key={task.id}>
									✓ {task.title}
									{!status.met && ' (fixed earlier, but the practice account no longer passes this check)'}
								</li>
							))}
						</ul>
					</>
				)}
				{open.length === 0 ? (
					<p>
						Well done: this account would pass every check. Now run the same checks on your own account with{' '}
						<a href="/check-your-account/">Check your real account</a>.
					</p>
				) : (
					<div class="b-challenge__help">
						{hinted && hintLevel > 0 && (
							<div aria-live="polite">
								<ol class="lab-task__hints" aria-label="Hints for one fault">
									{hinted.task.hints.slice(0, hintLevel).map((hint, level) => (
										<li key={level}>
											<strong>{HINT_LABELS[level]}:</strong> {hint}
										</li>
									))}
								</ol>
								{hintLevel >= hinted.task.hints.length && !hinted.status.met && (
									<p>What the check says: {hinted.status.reason}</p>
								)}
							</div>
						)}
						{hinted && hintLevel < hinted.task.hints.length && (
							<button type="button" class="button" onClick={() => recordHint(lab.id, hinted.task.id, hintLevel + 1)}>
								{hintLevel === 0 ? 'Show a hint' : 'Show the next hint'} ({hintLevel + 1} of {hinted.task.hints.length})
							</button>
						)}
						{!revealed ? (
							<button type="button" class="button" onClick={() => setRevealed(true)}>
								Show every fault that is left
							</button>
						) : (
							<ul class="b-challenge__left" aria-label="Faults left">
								{open.map(({ task, status }) => (
									<li key={task.id}>
										<strong>{task.title}:</strong> {status.met ? 'fixed' : status.reason}
									</li>
								))}
							</ul>
						)}
					</div>
				)}
			</section>
			<ConsoleWorkspace store={store} initialRoute={START_ROUTE} />
		</div>
	);
}
