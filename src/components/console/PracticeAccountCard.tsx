import { useState } from 'preact/hooks';
import { PRACTICE_ROOT } from '@/simulator';
import { useConsole } from './console-context';
import { Button } from './ui/Button';

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure page). */
async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * The practice account's sign-in details, beside the console: clearly fake values the learner
 * can copy into the sign-in page, and a warning never to type real credentials here. Only what
 * the owner of a new account knows before signing in (the email address and the password): the
 * account ID is found in the console's account menu, as lesson 1 teaches.
 */
export function PracticeAccountCard() {
	const { state, announce } = useConsole();
	const [copied, setCopied] = useState<string | null>(null);
	const facts = [
		{ term: 'Root user email address', value: state.root.email },
		{ term: 'Password', value: PRACTICE_ROOT.password },
	];
	const copy = async (term: string, value: string) => {
		const ok = await copyText(value);
		setCopied(ok ? term : null);
		announce(ok ? `${term} copied.` : `Could not copy. Select the ${term.toLowerCase()} and copy it by hand.`);
	};
	return (
		<section class="c-side-card" aria-labelledby="practice-account-title">
			<h2 id="practice-account-title">Practice account</h2>
			<p class="c-side-card__warning">
				This is a practice account with made-up details. Never type real AWS credentials into this page.
			</p>
			<dl class="c-account-facts">
				{facts.map((fact) => (
					<div key={fact.term}>
						<dt>{fact.term}</dt>
						<dd>
							<span class="c-mono">{fact.value}</span>
							<Button variant="link" onClick={() => void copy(fact.term, fact.value)}>
								{copied === fact.term ? 'Copied' : 'Copy'}
								<span class="c-visually-hidden"> {fact.term.toLowerCase()}</span>
							</Button>
						</dd>
					</div>
				))}
			</dl>
			<p class="c-field__hint">The password shown is the starting one; if you change it, use your new password.</p>
		</section>
	);
}
