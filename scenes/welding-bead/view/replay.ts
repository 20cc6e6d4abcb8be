// Replay of a stored welding log: brings a WeldingSession to the state the log describes at a
// given time, applying events in seq order through the same code the live bench uses
// (updateHeldTorch: measures, cues, bead). Seeking backwards starts again from the first event,
// so the state at time T depends only on the log and T: the same log always shows the same thing.
import type { ReplaySource } from '../../../client/workshop/contract';
import type { TravelSpeedMeter } from '../travelSpeed';
import type { WeldingSession } from './weldingSession';
import { releaseTorch, resetWeldingSession, updateHeldTorch } from './weldingSession';

type ReplayEvent = ReplaySource['events'][number];
type Session = WeldingSession & { meter: TravelSpeedMeter };

export interface WeldingReplayer {
  /** Applies the log up to and including `timeMs` (restarting from the first event if it lies behind). */
  seek(timeMs: number): void;
  /** How many events are applied now. */
  readonly applied: number;
  /** The t of the last applied event, or -1 before the first. */
  readonly appliedT: number;
}

function isVec3(value: unknown): value is [number, number, number] {
  return Array.isArray(value) && value.length === 3 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

function applyEvent(session: Session, event: ReplayEvent): void {
  const data = event.data;
  if (event.type === 'torch' && isVec3(data.p) && isVec3(data.d)) {
    // Every stored sample was a recorded sample: let each one update the readings.
    session.lastSampleMs = -Infinity;
    updateHeldTorch(session, event.t, data.p, data.d, data.arc === true);
  } else if (event.type === 'ppe' && (data.item === 'helmet' || data.item === 'gloves')) {
    session.ppe[data.item] = data.worn === true;
  } else if (event.type === 'release' && data.item === 'torch') {
    releaseTorch(session);
  }
}

export function createWeldingReplayer(session: Session, events: readonly ReplayEvent[]): WeldingReplayer {
  let next = 0;
  const replayer = {
    seek(timeMs: number) {
      if (next > 0 && events[next - 1]!.t > timeMs) {
        resetWeldingSession(session);
        next = 0;
      }
      while (next < events.length && events[next]!.t <= timeMs) {
        applyEvent(session, events[next]!);
        next += 1;
      }
    },
    get applied() {
      return next;
    },
    get appliedT() {
      return next > 0 ? events[next - 1]!.t : -1;
    },
  };
  return replayer;
}
