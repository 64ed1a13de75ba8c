import { ScreenHeading } from './ScreenHeading';

/** Shown for a screen whose component is not part of this build. */
export function ScreenNotAvailable({ name }: { name: string }) {
	return (
		<section class="c-screen" aria-labelledby="not-available-title">
			<ScreenHeading id="not-available-title">{name}</ScreenHeading>
			<p class="c-alert c-alert--warning">This screen is not available in this version of the practice console.</p>
		</section>
	);
}
