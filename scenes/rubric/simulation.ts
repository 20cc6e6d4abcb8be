// Synthetic attempts a scene makes of itself: demo data, benchmarks and tests use the scene's own
// `simulate` rather than each writing a fake learner. Not used by scoring.

/** One simulated attempt: a seed for its variation, the attempt's parameters, and scene-specific hints. */
export interface SimulationPlan<Params = unknown, Hints = object> {
  /** The same seed, params and hints always give the same log. */
  seed: number;
  /** The server-chosen parameters the simulated attempt works to (drawParams' output). */
  params: Params;
  /** What the simulated learner does differently (welding: angles, speed; electrical: a mistake). */
  hints?: Hints;
}

/** A demo attempt: its seed and hints; its params are drawn with seededRandom(seed). */
export type DemoPlan<Hints = object> = Omit<SimulationPlan<unknown, Hints>, 'params'>;
