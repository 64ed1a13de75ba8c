import type { InstanceStateName } from '@/simulator';

/** The console's words for each state, and a shape, so the state never depends on colour alone. */
const STATES: Readonly<Record<InstanceStateName, { label: string; icon: string; tone: string }>> = {
	pending: { label: 'Pending', icon: '…', tone: 'busy' },
	running: { label: 'Running', icon: '●', tone: 'running' },
	stopping: { label: 'Stopping', icon: '…', tone: 'busy' },
	stopped: { label: 'Stopped', icon: '■', tone: 'off' },
	'shutting-down': { label: 'Shutting-down', icon: '…', tone: 'busy' },
	terminated: { label: 'Terminated', icon: '✕', tone: 'off' },
};

/** An instance's state as the **Instance state** column shows it. */
export function InstanceState(props: { name: InstanceStateName }) {
	const state = STATES[props.name];
	return (
		<span class={`ec2-state ec2-state--${state.tone}`}>
			<span aria-hidden="true" class="ec2-state__icon">
				{state.icon}
			</span>
			{state.label}
		</span>
	);
}

/** The state's word, for messages. */
export function instanceStateLabel(name: InstanceStateName): string {
	return STATES[name].label;
}
