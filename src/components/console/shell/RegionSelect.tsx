import { useId } from 'preact/hooks';
import { REGIONS } from '@/simulator';
import { useConsole } from '../console-context';
import { serviceForRoute } from './services';

/**
 * The Region selector. Global services (IAM, Billing, S3's bucket list) show "Global" and cannot
 * change Region, as in the real console; CloudWatch and SNS resources belong to the chosen Region.
 */
export function RegionSelect() {
	const { route, region, setRegion, announce } = useConsole();
	const id = `region${useId()}`;
	const service = serviceForRoute(route);
	const isGlobal = service?.global ?? false;
	return (
		<div class="c-region">
			<label for={id} class="c-region__label">
				Region
			</label>
			{isGlobal ? (
				<select id={id} class="c-region__select" disabled aria-describedby={`${id}-note`}>
					<option>Global</option>
				</select>
			) : (
				<select
					id={id}
					class="c-region__select"
					value={region}
					onChange={(event) => {
						const next = event.currentTarget.value;
						setRegion(next);
						announce(`Region changed to ${REGIONS[next as keyof typeof REGIONS] ?? next}.`);
					}}
				>
					{Object.entries(REGIONS).map(([code, name]) => (
						// The name alone keeps the closed select readable in a narrow console; the code is
						// still there for anyone who looks (the option's tooltip, and the Region hints).
						<option key={code} value={code} title={code}>
							{name}
						</option>
					))}
				</select>
			)}
			{isGlobal && (
				<span id={`${id}-note`} class="c-visually-hidden">
					{service?.name} is a global service: it does not use a Region.
				</span>
			)}
		</div>
	);
}
