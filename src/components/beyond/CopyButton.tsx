import { useState } from 'preact/hooks';

/**
 * Copies a command to the clipboard with one click, and says so; if the browser refuses, it selects the text instead.
 * `label` names the command for screen readers when its full text is long.
 */
export function CopyButton({ text, targetId, label = text }: { text: string; targetId: string; label?: string }) {
	const [copied, setCopied] = useState<'idle' | 'copied' | 'selected'>('idle');
	const selectTarget = () => {
		const target = document.getElementById(targetId);
		const selection = window.getSelection();
		if (!target || !selection) return;
		const range = document.createRange();
		range.selectNodeContents(target);
		selection.removeAllRanges();
		selection.addRange(range);
		setCopied('selected');
	};
	const copy = () => {
		if (!navigator.clipboard) return selectTarget();
		navigator.clipboard.writeText(text).then(() => setCopied('copied'), selectTarget);
	};
	return (
		<span class="b-copy">
			<button type="button" class="button" onClick={copy} aria-label={`Copy the command ${label}`}>
				Copy
			</button>
			<span class="b-copy__status" role="status">
				{copied === 'copied' ? 'Copied' : copied === 'selected' ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy' : ''}
			</span>
		</span>
	);
}
