/** Thrown only for impossible states (bugs), never for anything a learner can type. */
export class SimulatorBug extends Error {
	override name = 'SimulatorBug';
}

/** Marks an impossible state: throws {@link SimulatorBug} when `condition` is false. */
export function assert(condition: unknown, message: string): asserts condition {
	if (!condition) throw new SimulatorBug(message);
}
