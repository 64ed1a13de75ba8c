import { regionName, selectInstancesInAllRegions } from '@/simulator';
import { useConsole } from '../console-context';
import { instanceStateLabel } from './InstanceState';

/**
 * How many instances each other Region lists, as EC2 Global View gathers them: the console shows one
 * Region at a time, and an instance in a Region nobody looks at keeps costing.
 */
export function OtherRegions() {
	const { state, region, now } = useConsole();
	const counts = new Map<string, Map<string, number>>();
	for (const { region: where, instance } of selectInstancesInAllRegions(state, now())) {
		if (where === region) continue;
		const byState = counts.get(where) ?? new Map<string, number>();
		const label = instanceStateLabel(instance.State).toLowerCase();
		byState.set(label, (byState.get(label) ?? 0) + 1);
		counts.set(where, byState);
	}
	if (counts.size === 0) return null;
	return (
		<section class="ec2-regions" aria-labelledby="ec2-other-regions">
			<h3 id="ec2-other-regions">Instances in other Regions</h3>
			<ul>
				{[...counts].map(([where, byState]) => (
					<li key={where}>
						{regionName(where)} ({where}): {[...byState].map(([label, count]) => `${count} ${label}`).join(', ')}
					</li>
				))}
			</ul>
			<p class="ec2-muted">To see them, choose the Region in the Region selector at the top of the console.</p>
		</section>
	);
}
