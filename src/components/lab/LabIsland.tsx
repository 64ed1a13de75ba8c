import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Lab } from '@/lessons/lab';
import { loadSaveReader, type SaveReader } from '@/store/save-reader';
import type { LabConsoleProps } from './LabConsole';
import { labStorageKey } from './lab-storage-key';
import { loadLab } from './load-lab';
import { loadStartingAccount, type StartingAccount } from './load-starting-account';
import { startingVariantCount, startingVariantFor } from '@/lessons/starting-variants';
import './lab.css';

export interface LabIslandProps extends Omit<LabConsoleProps, 'lab' | 'start' | 'readSave'> {
	labId: string;
}

type Loaded =
	| { status: 'loading' }
	| {
			status: 'ready';
			lab: Lab;
			start: StartingAccount;
			readSave: SaveReader | undefined;
			LabConsole: ComponentType<LabConsoleProps>;
	  }
	| { status: 'missing' }
	| { status: 'failed' };

/**
 * The lab's entry point on a lesson page. It is hydrated when it scrolls into view, and only then
 * downloads the practice console, this lesson's lab (its tasks and checks) and its starting account
 * (data the site built with the lab's scenario; for a lab with variants, the one the learner's
 * practice seed picks), side by side, so reading the lesson costs no JavaScript. The reader of a
 * saved practice account (its shape checks and migrations) comes alongside only when the browser
 * holds a save for this lab. The simulator's operations come later, when the learner starts using
 * the console.
 */
export default function LabIsland({ labId, ...rest }: LabIslandProps) {
	const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
	const [attempt, setAttempt] = useState(0);
	useEffect(() => {
		let cancelled = false;
		const consoleModule = import('./LabConsole');
		// A lab whose starting account comes in variants starts from the learner's own one, which their
		// practice seed picks: it is kept with their progress, whose store comes with the console.
		const start =
			startingVariantCount(labId) === 1
				? loadStartingAccount(labId)
				: consoleModule
						.then((module) => module.learnersPracticeSeed())
						.then((seed) => loadStartingAccount(labId, startingVariantFor(labId, seed)));
		// Awaited only for a lab that exists; a missing lab's failed download is not an error of its own.
		start.catch(() => undefined);
		Promise.all([loadLab(labId), consoleModule, loadSaveReader(labStorageKey(labId))])
			.then(async ([lab, module, readSave]) => {
				const loadedState: Loaded = lab
					? { status: 'ready', lab, start: await start, readSave, LabConsole: module.default }
					: { status: 'missing' };
				if (!cancelled) setLoaded(loadedState);
			})
			.catch(() => {
				if (!cancelled) setLoaded({ status: 'failed' });
			});
		return () => {
			cancelled = true;
		};
	}, [labId, attempt]);

	if (loaded.status === 'ready') {
		const { LabConsole, lab, start, readSave } = loaded;
		return <LabConsole lab={lab} start={start} readSave={readSave} {...rest} />;
	}
	if (loaded.status === 'missing') {
		return (
			<p role="alert" class="lab-missing">
				This lesson's practice lab ("{labId}") could not be found. The rest of the lesson still works.
			</p>
		);
	}
	if (loaded.status === 'failed') {
		return (
			<div role="alert" class="lab-missing">
				<p>The practice console could not be loaded. Check your connection, then try again.</p>
				<button
					type="button"
					class="button"
					onClick={() => {
						setLoaded({ status: 'loading' });
						setAttempt((n) => n + 1);
					}}
				>
					Try again
				</button>
			</div>
		);
	}
	return (
		<p class="lab-loading" role="status">
			Loading the practice console…
		</p>
	);
}
