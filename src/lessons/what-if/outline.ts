import type { Actor, WhatIfScenario } from './what-if';

/**
 * What a "what if" story shows before it is played: its accounts and the steps to come, as plain
 * data. The page hands it to the island at build time, so the island renders without the
 * simulator, which it downloads only when the learner starts playing.
 */
export interface WhatIfOutline {
	readonly id: string;
	readonly variants: ReadonlyArray<{
		readonly id: string;
		readonly label: string;
		readonly steps: ReadonlyArray<{ readonly actor: Actor; readonly title: string }>;
	}>;
}

/** The outline of a story: ids, labels and step titles, nothing that runs. */
export function outlineOf(scenario: WhatIfScenario): WhatIfOutline {
	return {
		id: scenario.id,
		variants: scenario.variants.map((variant) => ({
			id: variant.id,
			label: variant.label,
			steps: variant.steps.map((step) => ({ actor: step.actor, title: step.title })),
		})),
	};
}
