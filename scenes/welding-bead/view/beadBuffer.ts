// The weld bead as a preallocated list of deposit points: one point each time the arc's work
// point has moved a little, with its quality and birth time. Nothing is allocated per sample;
// the view writes the same points into a preallocated instanced mesh.

export type BeadQuality = 0 | 1 | 2 | 3; // green, amber, red, neutral (exam mode: no quality shown)

export interface BeadBuffer {
  readonly capacity: number;
  count: number;
  /** metres between consecutive deposits */
  readonly spacing: number;
  readonly positions: Float32Array;
  readonly quality: Uint8Array;
  readonly born: Float32Array;
  /** set when the arc stops, so the next deposit starts a new run even if close by */
  runBroken: boolean;
}

export function createBeadBuffer(capacity = 4096, spacing = 0.0006): BeadBuffer {
  return {
    capacity,
    count: 0,
    spacing,
    positions: new Float32Array(capacity * 3),
    quality: new Uint8Array(capacity),
    born: new Float32Array(capacity),
    runBroken: true,
  };
}

/**
 * Deposits at (x, y, z) when it lies at least `spacing` from the last deposit of this run; between
 * a far jump (a fast hand) fills the gap with evenly spaced points, so the bead stays continuous.
 * Returns how many points were added (0 when too close, or full).
 */
export function depositBead(buffer: BeadBuffer, x: number, y: number, z: number, quality: BeadQuality, timeSeconds: number): number {
  if (buffer.count >= buffer.capacity) return 0;
  const last = buffer.count - 1;
  if (buffer.runBroken || last < 0) {
    buffer.runBroken = false;
    writePoint(buffer, x, y, z, quality, timeSeconds);
    return 1;
  }
  const lx = buffer.positions[last * 3] ?? 0;
  const ly = buffer.positions[last * 3 + 1] ?? 0;
  const lz = buffer.positions[last * 3 + 2] ?? 0;
  const distance = Math.hypot(x - lx, y - ly, z - lz);
  if (distance < buffer.spacing) return 0;
  // Gaps up to 2 cm are filled (one frame of fast motion); larger jumps start a new run.
  const steps = distance > 0.02 ? 1 : Math.floor(distance / buffer.spacing);
  let added = 0;
  for (let i = 1; i <= steps && buffer.count < buffer.capacity; i += 1) {
    const f = distance > 0.02 ? 1 : i / steps;
    writePoint(buffer, lx + (x - lx) * f, ly + (y - ly) * f, lz + (z - lz) * f, quality, timeSeconds);
    added += 1;
  }
  return added;
}

export function breakBeadRun(buffer: BeadBuffer): void {
  buffer.runBroken = true;
}

function writePoint(buffer: BeadBuffer, x: number, y: number, z: number, quality: BeadQuality, timeSeconds: number): void {
  const i = buffer.count;
  buffer.positions[i * 3] = x;
  buffer.positions[i * 3 + 1] = y;
  buffer.positions[i * 3 + 2] = z;
  buffer.quality[i] = quality;
  buffer.born[i] = timeSeconds;
  buffer.count = i + 1;
}
