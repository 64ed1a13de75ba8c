import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Lab } from '@/lessons/lab';
import type { LabConsoleProps } from './LabConsole';
import { loadLab } from './load-lab';
import './lab.css';

export interface LabIslandProps extends Omit<LabConsoleProps, 'lab'> {
	labId: string;
}

type Loaded =
	| { status: 'loading' }
	| { status: 'ready'; lab: Lab; LabConsole: ComponentType<LabConsoleProps> }
	| { status: 'missing' }
	| { status: 'failed' };

/**
 * The lab's entry point on a lesson page. It is hydrated when it scrolls into view, and only then
 * downloads the practice console and this lesson's lab, so reading the lesson costs no JavaScript.
 */
export default function LabIsland({ labId, ...rest }: LabIslandProps) {
	const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
	const [attempt, setAttempt] = useState(0);
	useEffect(() => {
		let cancelled = false;
		Promise.all([loadLab(labId), import('./LabConsole')])
			.then(([lab, module]) => {
				if (cancelled) return;
				setLoaded(lab ? { status: 'ready', lab, LabConsole: module.default } : { status: 'missing' });
			})
			.catch(() => {
				if (!cancelled) setLoaded({ status: 'failed' });
			});
		return () => {
			cancelled = true;
		};
	}, [labId, attempt]);

	if (loaded.status === 'ready') {
		const { LabConsole, lab } = loaded;
		return <LabConsole lab={lab} {...rest} />;
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
