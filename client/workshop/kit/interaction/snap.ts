// Snap points: where a dropped tool lands. A grabbed tool let go near a point that accepts its
// kind (a probe on a terminal pair, a padlock on a breaker) snaps there; elsewhere it goes home.

export type Point3 = readonly [number, number, number];

export interface SnapCandidate {
  id: string;
  /** world position of the point */
  position: Point3;
  /** the tool kinds it accepts */
  accepts: readonly string[];
  /** metres; the default radius when left out */
  radius?: number;
  enabled?: boolean;
}

export const defaultSnapRadius = 0.08;

/** The nearest enabled point that accepts `kind` within its radius of `at`, or null. */
export function chooseSnap(kind: string, at: Point3, candidates: Iterable<SnapCandidate>, radius = defaultSnapRadius): SnapCandidate | null {
  let best: SnapCandidate | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.enabled === false || !candidate.accepts.includes(kind)) continue;
    const d = Math.hypot(candidate.position[0] - at[0], candidate.position[1] - at[1], candidate.position[2] - at[2]);
    if (d <= (candidate.radius ?? radius) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
