import type { ComponentChildren } from 'preact';

/**
 * How the Users list flags a credential's age: fine under 90 days, a warning from 90 days, and an
 * alarm from a year, as the IAM console colours it (green, amber, red).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html
 */
export type AgeLevel = 'recent' | 'old' | 'very-old';

export function ageLevel(days: number): AgeLevel {
	if (days >= 365) return 'very-old';
	if (days >= 90) return 'old';
	return 'recent';
}

const LABELS: Readonly<Record<AgeLevel, string>> = {
	recent: 'Less than 90 days',
	old: '90 days or more',
	'very-old': 'A year or more',
};

/** Each level has its own shape (circle and tick, triangle and "!", octagon and cross), so colour is never the only cue. */
function Shape({ level }: { level: AgeLevel }) {
	switch (level) {
		case 'recent':
			return (
				<>
					<circle cx="8" cy="8" r="7" />
					<path class="iam-age__mark" d="M4.6 8.3 7 10.6l4.4-4.8" />
				</>
			);
		case 'old':
			return (
				<>
					<path d="M8 1.2 15.2 14.4H0.8Z" />
					<path class="iam-age__mark" d="M8 6v4M8 11.8v0.6" />
				</>
			);
		case 'very-old':
			return (
				<>
					<path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1Z" />
					<path class="iam-age__mark" d="m5.5 5.5 5 5m0-5-5 5" />
				</>
			);
	}
}

/** An age with its flag: a coloured icon whose shape and text alternative say how old it is. */
export function AgeFlag({ days, children }: { days: number; children: ComponentChildren }) {
	const level = ageLevel(days);
	return (
		<span class={`iam-age iam-age--${level}`}>
			<svg class="iam-age__icon" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label={LABELS[level]}>
				<Shape level={level} />
			</svg>
			<span>{children}</span>
		</span>
	);
}
