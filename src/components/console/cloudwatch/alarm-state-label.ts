import type { AlarmStateValue } from '@/simulator';

/**
 * How the CloudWatch console names each alarm state. A module of its own: the billing clock beside
 * every console names states too, and should not carry the alarm wizard's label tables with it.
 */
export function alarmStateLabel(state: AlarmStateValue): string {
	switch (state) {
		case 'OK':
			return 'OK';
		case 'ALARM':
			return 'In alarm';
		case 'INSUFFICIENT_DATA':
			return 'Insufficient data';
	}
}
