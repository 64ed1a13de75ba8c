import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LEARNER_SOURCE_IP, type MailMessage, type SimState, type TrailRecord } from '@/simulator';
import { browserContext } from '@/store';
import { loadOnce } from '@/lib/load-once';
import { withPracticePasswords } from '@/lessons/practice-passwords';
import type { WhatIfOutline } from '@/lessons/what-if/outline';
import type { Actor, PlayedStep } from '@/lessons/what-if/what-if';
import './beyond.css';
import type * as WhatIfPlayer from './what-if-player';

const ACTOR_LABEL: Record<Actor, string> = { you: 'You', attacker: 'Attacker', aws: 'Time passes' };

/**
 * A trail record in words, from the record alone: who (the identity and the address the call came
 * from) and whether it worked. The story's actors are not consulted, just as an investigator has
 * only the trail.
 */
function trailLine(record: TrailRecord): string {
	const identity = record.userIdentity;
	const who =
		identity.type === 'Root'
			? 'root user'
			: identity.type === 'IAMUser'
				? `IAM user ${identity.userName ?? ''}`
				: 'someone not signed in';
	const address = record.sourceIPAddress;
	const from = address
		? ` from ${address} (${address === LEARNER_SOURCE_IP ? 'your address' : 'not your address'})`
		: '';
	return `${record.eventName} by ${who}${from}: ${record.errorCode ? `refused (${record.errorCode})` : 'succeeded'}`;
}

/** The name part of a sender such as `AWS Budgets <budgets@…>`; an alarm's email names SNS, which delivers it. */
function senderOf(message: MailMessage): string {
	const name = message.from.replace(/\s*<[^>]*>\s*$/, '');
	return message.kind === 'alarm' ? `${name} (SNS, for your billing alarm)` : name;
}

const fromElsewhere = (record: TrailRecord) =>
	record.sourceIPAddress !== undefined && record.sourceIPAddress !== LEARNER_SOURCE_IP;

const clockText = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

type Player = typeof WhatIfPlayer;
/** The stories and the simulator behind them: downloaded when the learner starts using a story. */
const player = loadOnce<Player>(() => import('./what-if-player'));

interface Run {
	readonly variantId: string;
	readonly state: SimState;
	readonly played: readonly PlayedStep[];
	/** The owner's own last sign-in, kept to compare with the attacker's. */
	readonly ownSignIn: TrailRecord | undefined;
}

/** A new run on a freshly set-up account; the owner's own last sign-in is kept to compare with. */
function newRun(stories: Player, variantId: string, state: SimState): Run {
	return { variantId, state, played: [], ownSignIn: stories.lastSignIn(state) };
}

function findVariant(stories: Player, scenarioId: string, variantId: string) {
	const scenario = stories.WHAT_IF_SCENARIOS.find((s) => s.id === scenarioId);
	return { scenario, variant: scenario?.variants.find((v) => v.id === variantId) };
}

/**
 * One "what if" story, played a step at a time on a throwaway practice account (never saved). It
 * renders from the story's outline; the stories' code and the simulator download when the learner
 * first presses or focuses anything in it, and a Next pressed sooner plays once they are there.
 */
export default function WhatIf({ outline }: { outline: WhatIfOutline }) {
	const context = useMemo(() => browserContext(), []);
	const [variantId, setVariantId] = useState(outline.variants[0]?.id ?? '');
	const chosen = useRef(variantId);
	const variant = outline.variants.find((v) => v.id === variantId);
	const [run, setRun] = useState<Run | null>(null);
	const [downloadFailed, setDownloadFailed] = useState(false);
	const outcomeRef = useRef<HTMLHeadingElement>(null);
	const finished = run !== null && variant !== undefined && variant.steps[run.played.length] === undefined;
	useEffect(() => {
		if (finished) outcomeRef.current?.focus();
	}, [finished]);
	if (!variant) return <p role="alert">This scenario could not be found.</p>;

	const ctx = () => withPracticePasswords({ now: context.now(), randomBytes: context.randomBytes });
	const start = (id: string) => {
		chosen.current = id;
		setVariantId(id);
		setRun(null);
	};
	/** Plays the next step of the story chosen when Next was pressed (unless another was chosen since). */
	const playNext = (stories: Player, id: string) =>
		setRun((current) => {
			const { variant: story } = findVariant(stories, outline.id, id);
			if (!story || chosen.current !== id) return current;
			const base = current?.variantId === id ? current : newRun(stories, id, story.setup(ctx()));
			const step = story.steps[base.played.length];
			if (!step) return base;
			const result = stories.playStep(base.state, step, ctx());
			return { ...base, state: result.state, played: [...base.played, result.played] };
		});
	const next = () => {
		const id = variantId;
		const stories = player.loaded();
		if (stories) return playNext(stories, id);
		player.load().then(
			(loaded) => {
				setDownloadFailed(false);
				playNext(loaded, id);
			},
			() => setDownloadFailed(true),
		);
	};
	const preload = () => {
		// Ahead of need: a failure here is reported only if Next is pressed.
		player.load().catch(() => undefined);
	};
	const stories = player.loaded();
	const full = run && stories ? findVariant(stories, outline.id, run.variantId) : undefined;
	const played = run?.played ?? [];
	const upcoming = variant.steps[played.length];
	const outcome = finished && run ? full?.variant?.outcome(run.state) : undefined;
	const lesson = full?.scenario?.lesson;
	const latest = played[played.length - 1];
	const ownSignIn = run?.ownSignIn;
	const seenElsewhere = played.some((step) => step.trail.some(fromElsewhere));

	const name = `whatif-${outline.id}`;
	return (
		<div class="b-whatif" onPointerDownCapture={preload} onFocusCapture={preload}>
			<fieldset class="b-whatif__variants">
				<legend>Which account?</legend>
				{outline.variants.map((v) => (
					<label key={v.id}>
						<input type="radio" name={name} value={v.id} checked={v.id === variantId} onChange={() => start(v.id)} />{' '}
						{v.label}
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
							{step.mail.length > 0 && (
								<ul class="b-whatif__mail" aria-label={`Emails of step ${index + 1}`}>
									{step.mail.map((message) => (
										<li key={message.MessageId}>
											<span class="b-whatif__trail-label">Email from {senderOf(message)}:</span>{' '}
											<q>{message.subject}</q>
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
					The trail shows the same identity as yours; only the address gives away that these calls did not come from
					you.
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
			{downloadFailed && (
				<p role="alert" class="b-whatif__error">
					The story could not be downloaded. Check your internet connection, then press Next again.
				</p>
			)}
			{outcome && lesson && (
				<div class={`b-whatif__outcome b-whatif__outcome--${outcome.safe ? 'safe' : 'harm'}`}>
					<h3 tabIndex={-1} ref={outcomeRef}>
						{outcome.safe ? 'The protection held' : 'Nothing stopped it'}
					</h3>
					<p>{outcome.text}</p>
					<p>
						<strong>The lesson:</strong> {lesson.takeaway} See <a href={`/lessons/${lesson.slug}/`}>{lesson.title}</a>.
					</p>
					{outline.variants.length > 1 && <p>Now choose another account above and play it again.</p>}
				</div>
			)}
		</div>
	);
}
