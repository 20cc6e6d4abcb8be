// What the learner is doing at the bench, as plain state: the torch pose and arc, PPE worn, the
// live measures and cues, the bead. Torch samples go to telemetry here, at most 90 per second,
// each stamped with its input's time; the bead grows from exactly the samples that are sent.
import type { TelemetrySink, WorkshopMode } from '../../../client/workshop/kit';
import type { Cue } from '../../rubric/tolerance';
import type { WeldingParameterId } from '../tolerances';
import { cueFor } from '../tolerances';
import { createTorchMeasures, measureTorch } from '../torchMeasures';
import { TravelSpeedMeter } from '../travelSpeed';
import { coverageMaxAimOffsetMm, coverageMaxContactTipToWorkDistanceMm } from '../tolerances';
import { plateSurfaceY, seamCentreZ } from '../geometry';
import type { BeadBuffer, BeadQuality } from './beadBuffer';
import { breakBeadRun, createBeadBuffer, depositBead } from './beadBuffer';
import { couponHalfLength, plateWidth } from './boothGeometry';

export type PpeItem = 'helmet' | 'gloves';

export interface ParameterReading {
  value: number | null;
  cue: Cue | null;
}

export interface WeldingSession {
  readonly mode: WorkshopMode;
  readonly telemetry: TelemetrySink;
  torch: {
    held: boolean;
    readonly p: [number, number, number];
    readonly d: [number, number, number];
    arc: boolean;
    /** the arc actually burns: trigger pulled with the wire close to the coupon */
    burning: boolean;
    readonly workPoint: [number, number, number];
  };
  ppe: Record<PpeItem, boolean>;
  readonly readings: Record<WeldingParameterId, ParameterReading>;
  readonly bead: BeadBuffer;
  samples: number;
  lastSampleMs: number;
  /** The session's time in ms (bead growth and cooling run on it): the page's clock live, the replay's in a replay. */
  clockMs: () => number;
}

/** Samples are recorded at most this often (the standard allows 30 to 90 Hz). */
export const torchSampleIntervalMs = 1000 / 90;

const parameterIds: WeldingParameterId[] = ['work-angle', 'travel-angle', 'ctwd', 'travel-speed', 'aim'];

export function createWeldingSession(
  telemetry: TelemetrySink,
  mode: WorkshopMode,
  clockMs: () => number = () => performance.now(),
): WeldingSession & { meter: TravelSpeedMeter } {
  const readings = {} as Record<WeldingParameterId, ParameterReading>;
  for (const id of parameterIds) readings[id] = { value: null, cue: null };
  return {
    mode,
    telemetry,
    torch: { held: false, p: [0, 0, 0], d: [0, -1, 0], arc: false, burning: false, workPoint: [0, 0, 0] },
    ppe: { helmet: false, gloves: false },
    readings,
    bead: createBeadBuffer(),
    samples: 0,
    lastSampleMs: -Infinity,
    clockMs,
    meter: new TravelSpeedMeter(),
  };
}

/** Back to the state before the first event (a replay seeking backwards): same objects, emptied. */
export function resetWeldingSession(session: WeldingSession & { meter: TravelSpeedMeter }): void {
  const torch = session.torch;
  torch.held = false;
  torch.arc = false;
  torch.burning = false;
  torch.p.fill(0);
  torch.d[0] = 0;
  torch.d[1] = -1;
  torch.d[2] = 0;
  torch.workPoint.fill(0);
  session.ppe.helmet = false;
  session.ppe.gloves = false;
  for (const id of parameterIds) {
    session.readings[id].value = null;
    session.readings[id].cue = null;
  }
  session.bead.count = 0;
  session.bead.runBroken = true;
  session.samples = 0;
  session.lastSampleMs = -Infinity;
  session.meter = new TravelSpeedMeter();
}

/** `atMs`: when, on the page's clock (the frame's time); now when left out. */
export function wearPpe(session: WeldingSession, item: PpeItem, atMs?: number): void {
  if (session.ppe[item]) return;
  session.ppe[item] = true;
  session.telemetry.record('ppe', { item, worn: true }, atMs);
}

const measures = createTorchMeasures();
/** sin 20°: a nozzle dipping less than 20° below horizontal is not aimed at the work. */
const minimumNozzleDip = Math.sin((20 * Math.PI) / 180);
const qualityOfCue: Record<Cue, BeadQuality> = { green: 0, amber: 1, red: 2 };

function setReading(reading: ParameterReading, id: WeldingParameterId, value: number | undefined): void {
  reading.value = value ?? null;
  reading.cue = value === undefined ? null : cueFor(id, value);
}

/**
 * The torch held at time `nowMs` (page clock: the input's own time; the log's t in a replay) with
 * tip `p`, unit axis `d`, trigger `arc`. When a sample is due (at most one per interval) records
 * it, stamped `nowMs`, updates the readings and deposits bead where the arc burns: what is drawn
 * is what is sent and scored, however few frames the page draws.
 */
export function updateHeldTorch(
  session: WeldingSession & { meter: TravelSpeedMeter },
  nowMs: number,
  p: readonly number[],
  d: readonly number[],
  arc: boolean,
): void {
  const torch = session.torch;
  for (let i = 0; i < 3; i += 1) {
    torch.p[i] = p[i] ?? 0;
    torch.d[i] = d[i] ?? 0;
  }
  torch.held = true;
  torch.arc = arc;
  const measured = measureTorch(torch.p, torch.d, measures);
  const onCoupon =
    measured !== undefined &&
    Math.abs(measured.workPoint[0]) <= couponHalfLength &&
    Math.abs(measured.workPoint[2] - seamCentreZ) <= plateWidth &&
    measured.contactTipToWorkDistance >= 0 &&
    measured.contactTipToWorkDistance <= coverageMaxContactTipToWorkDistanceMm;
  const wasBurning = torch.burning;
  torch.burning = arc && onCoupon;
  if (measured) {
    torch.workPoint[0] = measured.workPoint[0];
    torch.workPoint[1] = plateSurfaceY;
    torch.workPoint[2] = measured.workPoint[2];
  }
  if (!torch.burning && wasBurning) breakBeadRun(session.bead);
  if (nowMs - session.lastSampleMs >= torchSampleIntervalMs - 0.5) {
    session.lastSampleMs = nowMs;
    session.samples += 1;
    // Fresh arrays per event: the outbox keeps them until the server acknowledges.
    session.telemetry.record('torch', { p: [torch.p[0], torch.p[1], torch.p[2]], d: [torch.d[0], torch.d[1], torch.d[2]], arc }, nowMs);
    const speed = session.meter.sample(nowMs, arc, measured ? measured.workPoint[0] : undefined);
    // Cues only while the torch points at the coupon: held level or aimed elsewhere, CTWD and
    // aim are numbers of no meaning (a level nozzle "meets" the plate metres away).
    const aimed = onCoupon && torch.d[1]! <= -minimumNozzleDip ? measured : undefined;
    const r = session.readings;
    setReading(r['work-angle'], 'work-angle', aimed?.workAngleDeviation);
    setReading(r['travel-angle'], 'travel-angle', aimed?.travelAngle);
    setReading(r.ctwd, 'ctwd', aimed?.contactTipToWorkDistance);
    setReading(r.aim, 'aim', aimed?.aimOffset);
    setReading(r['travel-speed'], 'travel-speed', arc && aimed ? speed : undefined);
    if (torch.burning && measured && measured.aimOffset <= coverageMaxAimOffsetMm * 3) {
      depositBead(session.bead, measured.workPoint[0], plateSurfaceY, measured.workPoint[2], beadQuality(session), nowMs / 1000);
    } else {
      breakBeadRun(session.bead);
    }
  }
}

export function releaseTorch(session: WeldingSession): void {
  session.torch.held = false;
  session.torch.arc = false;
  if (session.torch.burning) breakBeadRun(session.bead);
  session.torch.burning = false;
}

/** Practice: the worst live cue colours the bead; exam: no judgement shown. */
function beadQuality(session: WeldingSession): BeadQuality {
  if (session.mode !== 'practice') return 3;
  let worst: BeadQuality = 0;
  for (const id of parameterIds) {
    const cue = session.readings[id].cue;
    if (cue && qualityOfCue[cue] > worst) worst = qualityOfCue[cue];
  }
  return worst;
}
