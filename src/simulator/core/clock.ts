/** The earliest clock the simulator accepts: 1 January 2000, UTC. */
const EARLIEST_CLOCK = Date.UTC(2000, 0, 1);
/** The first clock the simulator refuses: 1 January 2200, UTC. */
const LATEST_CLOCK = Date.UTC(2200, 0, 1);

/**
 * Whether a clock reading (epoch ms) is a time the simulator can work with. Every MFA check, trail
 * time and billing-clock step reads the caller's clock, and one such as Infinity or NaN would make
 * a search over 30-second code windows run forever.
 */
export function isSensibleClock(now: unknown): now is number {
	return typeof now === 'number' && Number.isFinite(now) && now >= EARLIEST_CLOCK && now < LATEST_CLOCK;
}
