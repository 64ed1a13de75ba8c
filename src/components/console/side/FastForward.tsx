import { useId, useState } from 'preact/hooks';
import type { AlarmStateValue, SimState } from '@/simulator';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { alarmStateLabel } from '../cloudwatch/alarm-state-label';
import { formatDateTime, formatUsd, isoTime } from '../format';
import './side.css';

const HOUR_MS = 3_600_000;

/** Hours from `clock` to the last whole hour of its UTC month (0 when already there). */
export function hoursToMonthEnd(clock: number): number {
	const date = new Date(clock);
	const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
	return Math.max(0, Math.ceil((nextMonth - clock) / HOUR_MS) - 1);
}

function alarmStates(state: SimState): Map<string, AlarmStateValue> {
	const states = new Map<string, AlarmStateValue>();
	for (const [region, cloudwatch] of Object.entries(state.cloudwatch)) {
		for (const alarm of Object.values(cloudwatch.alarms)) states.set(`${region}/${alarm.AlarmName}`, alarm.StateValue);
	}
	return states;
}

/** Says what moving the clock changed: alarm state changes and new email. */
export function describeAdvance(before: SimState, after: SimState): string {
	const parts: string[] = [];
	const previous = alarmStates(before);
	for (const [key, value] of alarmStates(after)) {
		if (previous.get(key) !== value) {
			const name = key.slice(key.indexOf('/') + 1);
			parts.push(`Alarm "${name}" is now ${alarmStateLabel(value)}.`);
		}
	}
	const beforeIds = new Set(before.mailbox.map((m) => m.MessageId));
	const arrived = after.mailbox.filter((m) => !beforeIds.has(m.MessageId)).length;
	if (arrived > 0) parts.push(arrived === 1 ? '1 email arrived.' : `${arrived} emails arrived.`);
	return parts.join(' ');
}

/**
 * The billing clock: the simulated date and time the charges are estimated at, with buttons that
 * move it forward so the learner can watch a billing alarm fire without waiting for days.
 */
export function FastForward() {
	const { state, perform, whenReady, announce } = useConsole();
	const [result, setResult] = useState<string | null>(null);
	const headingId = useId();
	const clock = state.billing.clock;

	function advance(hours: number, what: string) {
		if (hours < 1) {
			const message = 'The billing clock is already at the end of the month.';
			setResult(message);
			announce(message);
			return;
		}
		whenReady(() => {
			// perform() hands over the state before and after in one step, so the announcement can say
			// exactly which alarms changed and how much email arrived.
			const outcome = perform((before, ctx, simulator) => {
				const executed = simulator.execute(before, { op: 'AdvanceBillingClock', input: { Hours: hours } }, ctx);
				return { state: executed.state, result: { response: executed.response, before, after: executed.state } };
			});
			const message = outcome.response.ok
				? `Moved the billing clock forward ${what}. ${describeAdvance(outcome.before, outcome.after) || 'No alarm changed state and no email arrived.'}`
				: outcome.response.error.message;
			setResult(message);
			announce(message);
		});
	}

	return (
		<section class="clock" aria-labelledby={headingId}>
			<h2 id={headingId}>Billing clock</h2>
			<dl>
				<dt>Billing date</dt>
				<dd>
					<time dateTime={isoTime(clock)}>{formatDateTime(clock)}</time>
				</dd>
				<dt>Month-to-date charges</dt>
				<dd>{formatUsd(state.billing.monthToDateUsd)}</dd>
			</dl>
			<div class="clock__buttons" role="group" aria-label="Fast-forward the billing clock">
				<Button onClick={() => advance(6, 'by 6 hours')}>Fast-forward 6 hours</Button>
				<Button onClick={() => advance(24, 'by 1 day')}>1 day</Button>
				<Button onClick={() => advance(hoursToMonthEnd(clock), 'to the end of the month')}>To month end</Button>
			</div>
			{result && <p class="clock__result">{result}</p>}
			<p class="clock__note">Only billing time moves. MFA codes always use the real time on your device.</p>
		</section>
	);
}
