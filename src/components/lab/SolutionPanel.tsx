import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lab } from '@/lessons/lab';
import { Button } from '@/components/console/ui/Button';
import { ConfirmDialog } from '@/components/console/ui/Modal';

export interface SolutionPanelProps {
	lab: Lab;
	/** Called once the learner confirms they want to see the solution. */
	onViewed: () => void;
	/**
	 * Applies the reference solution to the practice account. It may first download the solution's
	 * operations; it rejects when they cannot be downloaded.
	 */
	onApply: () => Promise<void>;
}

type Applying = 'idle' | 'applying' | 'applied' | 'failed';

/**
 * "Show solution": asks first (seeing it means the tasks no longer count as solved unaided),
 * then lists the exact steps and offers to apply them to the practice account.
 */
export function SolutionPanel({ lab, onViewed, onApply }: SolutionPanelProps) {
	const [confirming, setConfirming] = useState(false);
	const [shown, setShown] = useState(false);
	const [applying, setApplying] = useState<Applying>('idle');
	const heading = useRef<HTMLHeadingElement>(null);
	// Move focus to the steps once, when they appear, so keyboard and screen-reader users land on them.
	useEffect(() => {
		if (shown) heading.current?.focus();
	}, [shown]);
	const apply = () => {
		setApplying('applying');
		onApply().then(
			() => setApplying('applied'),
			() => setApplying('failed'),
		);
	};
	return (
		<div class="lab-solution">
			{!shown && <Button onClick={() => setConfirming(true)}>Show solution</Button>}
			<ConfirmDialog
				open={confirming}
				title="Show the full solution?"
				confirmLabel="Show solution"
				cancelLabel="Keep trying"
				onCancel={() => setConfirming(false)}
				onConfirm={() => {
					setConfirming(false);
					setShown(true);
					onViewed();
				}}
			>
				<p>
					Working it out yourself, with the hints, is how it sticks. If you look now, the tasks you finish from here on
					are marked as done with the solution.
				</p>
			</ConfirmDialog>
			{shown && (
				<section class="lab-solution__steps" aria-labelledby={`solution-${lab.id}`}>
					<h4 id={`solution-${lab.id}`} tabIndex={-1} ref={heading}>
						Solution
					</h4>
					<ol>
						{lab.solutionSteps.map((step) => (
							<li key={step}>{step}</li>
						))}
					</ol>
					<p>Prefer to see the result? The practice console can do these steps for you. Undo takes them back.</p>
					<Button onClick={apply} disabled={applying === 'applying' || applying === 'applied'}>
						Do these steps in my practice account
					</Button>
					<p role="status">
						{applying === 'applying' && 'Applying the solution…'}
						{applying === 'applied' && "Done: the solution's steps were applied to your practice account."}
						{applying === 'failed' &&
							'The solution could not be downloaded. Check your internet connection, then try again.'}
					</p>
				</section>
			)}
		</div>
	);
}
