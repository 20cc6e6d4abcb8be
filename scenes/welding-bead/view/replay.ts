// Replay of a stored welding log on the kit's log replayer: each event goes through the same code
// the live bench uses (updateHeldTorch: measures, cues, bead); seeking back resets the session and
// replays from the first event, so the state at time T depends only on the log and T.
import type { LogReplayer, ReplaySource } from '../../../client/workshop/kit';
import { createLogReplayer } from '../../../client/workshop/kit';
import type { TravelSpeedMeter } from '../travelSpeed';
import type { WeldingSession } from './weldingSession';
import { releaseTorch, resetWeldingSession, updateHeldTorch } from './weldingSession';

type ReplayEvent = ReplaySource['events'][number];
type Session = WeldingSession & { meter: TravelSpeedMeter };

export type WeldingReplayer = LogReplayer;

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
  return createLogReplayer(events, { reset: () => resetWeldingSession(session), apply: (event) => applyEvent(session, event) });
}
