import type { CallContext } from '@/simulator';

/** The fixed start time of every simulator test. */
export const T0 = Date.UTC(2025, 0, 1);

/**
 * A deterministic context: random bytes come from a seeded counter (xorshift), time from a
 * settable clock.
 */
export function testContext(seed = 1, now = T0): CallContext & { advance(ms: number): void; setNow(ms: number): void } {
	let x = seed >>> 0 || 1;
	const ctx = {
		now,
		randomBytes(length: number): Uint8Array {
			const out = new Uint8Array(length);
			for (let i = 0; i < length; i++) {
				x ^= x << 13;
				x >>>= 0;
				x ^= x >>> 17;
				x ^= x << 5;
				x >>>= 0;
				out[i] = x & 255;
			}
			return out;
		},
		advance(ms: number) {
			ctx.now += ms;
		},
		setNow(ms: number) {
			ctx.now = ms;
		},
	};
	return ctx;
}
