import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LEARNER_SOURCE_IP, type SimState, type TrailRecord } from '@/simulator';
import { browserContext } from '@/store';
import { WHAT_IF_SCENARIOS } from '@/lessons/what-if/scenarios';
import { withPracticePasswords } from '@/lessons/practice-passwords';
import { lastSignIn, playStep, type Actor, type PlayedStep } from '@/lessons/what-if/what-if';
import './beyond.css';

const ACTOR_LABEL: Record<Actor, string> = { you: 'You', attacker: 'Attacker', aws: 'Time passes' };

/**
 * A trail record in words, from the record alone: who (the identity and the address the call came
 * from) and whether it worked. The story's actors are not consulted, just as an investigator has
 * only the trail.
 */
function trailLine(record: TrailRecord): string {
	const identity = record.userIdentity;
	const who = identity.type === 'Root' ? 'root user' : identity.type === 'IAMUser' ? `IAM user ${identity.userName ?? ''}` : 'someone not signed in';
	const address = record.sourceIPAddress;
	const from = address ? ` from ${address} (${address === LEARNER_SOURCE_IP ? 'your address' : 'not your address'})` : '';
	return `${record.eventName} by ${who}${from}: ${record.errorCode ? `refused (${record.errorCode})` : 'succeeded'}`;
}

const fromElsewhere = (record: TrailRecord) => record.sourceIPAddress !== undefined && record.sourceIPAddress !== LEARNER_SOURCE_IP;

const clockText = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** A new run on a freshly set-up account; the owner's own last sign-in is kept to compare with. */
function startRun(state: SimState): { state: SimState; played: PlayedStep[]; ownSignIn: TrailRecord | undefined } {
	return { state, played: [], ownSignIn: lastSignIn(state) };
}

/** One "what if" story, played a step at a time on a throwaway practice account (never saved). */
export default function WhatIf({ scenarioId }: { scenarioId: string }) {
	const scenario = WHAT_IF_SCENARIOS.find((s) => s.id === scenarioId);
	const context = useMemo(() => browserContext(), []);
	const [variantId, setVariantId] = useState(scenario?.variants[0]?.id ?? '');
	const variant = scenario?.variants.find((v) => v.id === variantId);
	const [run, setRun] = useState<{ state: SimState; played: PlayedStep[]; ownSignIn: TrailRecord | undefined } | null>(null);
	const outcomeRef = useRef<HTMLHeadingElement>(null);
	const finished = run !== null && variant !== undefined && variant.steps[run.played.length] === undefined;
	useEffect(() => {
		if (finished) outcomeRef.current?.focus();
	}, [finished]);
	if (!scenario || !variant) return <p role="alert">This scenario could not be found.</p>;

	const ctx = () => withPracticePasswords({ now: context.now(), randomBytes: context.randomBytes });
	const start = (id: string) => {
		setVariantId(id);
		setRun(null);
	};
	const next = () => {
		const current = run ?? startRun(variant.setup(ctx()));
		const step = variant.steps[current.played.length];
		if (!step) return;
		const result = playStep(current.state, step, ctx());
		setRun({ ...current, state: result.state, played: [...current.played, result.played] });
	};
	const played = run?.played ?? [];
	const upcoming = variant.steps[played.length];
	const outcome = finished && run ? variant.outcome(run.state) : undefined;
	const latest = played[played.length - 1];
	const ownSignIn = run?.ownSignIn;
	const seenElsewhere = played.some((step) => step.trail.some(fromElsewhere));

	const name = `whatif-${scenario.id}`;
	return (
		<div class="b-whatif">
			<fieldset class="b-whatif__variants">
				<legend>Which account?</legend>
				{scenario.variants.map((v) => (
					<label key={v.id}>
						<input type="radio" name={name} value={v.id} checked={v.id === variantId} onChange={() => start(v.id)} /> {v.label}
					</label>
				))}
			</fieldset>
			{played.length > 0 && ownSignIn && (
				<p class="b-whatif__trail">
					<span class="b-whatif__trail-label">Your last sign-in in the trail:</span> {trailLine(ownSignIn)}
				</p>
			)}
			{played.length > 0 && (
				<ol class="b-whatif__timeline" aria-label="What happened">
					{played.map((step, index) => (
						<li key={index} class={`b-whatif__step b-whatif__step--${step.actor}`}>
							<p class="b-whatif__who">
								<strong>{ACTOR_LABEL[step.actor]}</strong> · billing clock {clockText(step.clock)}
							</p>
							<p>
								<strong>{step.title}.</strong> {step.result}
							</p>
							{step.trail.length > 0 && (
								<ul class="b-whatif__trail" aria-label={`Trail records of step ${index + 1}`}>
									{step.trail.map((record, i) => (
										<li key={i}>
											<span class="b-whatif__trail-label">Trail:</span> {trailLine(record)}
										</li>
									))}
								</ul>
							)}
						</li>
					))}
				</ol>
			)}
			{seenElsewhere && (
				<p>
					The trail shows the same identity as yours; only the address gives away that these calls did not come from you.
				</p>
			)}
			<p class="visually-hidden" role="status" aria-live="polite">
				{latest ? `${ACTOR_LABEL[latest.actor]}: ${latest.title}. ${latest.result}` : ''}
			</p>
			<div class="b-whatif__controls">
				{upcoming && (
					<button type="button" class="button button--primary" onClick={next}>
						Next: {upcoming.actor === 'attacker' ? 'the attacker ' : ''}
						{upcoming.title.charAt(0).toLowerCase() + upcoming.title.slice(1)}
					</button>
				)}
				{played.length > 0 && (
					<button type="button" class="button" onClick={() => start(variantId)}>
						Start over
					</button>
				)}
			</div>
			{outcome && (
				<div class={`b-whatif__outcome b-whatif__outcome--${outcome.safe ? 'safe' : 'harm'}`}>
					<h3 tabIndex={-1} ref={outcomeRef}>
						{outcome.safe ? 'The protection held' : 'Nothing stopped it'}
					</h3>
					<p>{outcome.text}</p>
					<p>
						<strong>The lesson:</strong> {scenario.lesson.takeaway} See <a href={`/lessons/${scenario.lesson.slug}/`}>{scenario.lesson.title}</a>.
					</p>
					{scenario.variants.length > 1 && <p>Now choose another account above and play it again.</p>}
				</div>
			)}
		</div>
	);
}
